import type { Metadata } from 'next';
import { translator } from '@/i18n/translate';

import type { RawQuery } from '@/lib/http/query';
import { pageMetadata } from '@/lib/seo/metadata';
import { FormPage } from '../../../components/forms/FormPage';
import { currentContent } from '@/lib/content';
import { fixedForm, formTrails } from '@/lib/forms';

type Id = 'vraag' | 'initiatief' | 'dashboard';
const NAMESPACE = { vraag: 'question', initiatief: 'initiative', dashboard: 'dashboard' } as const;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawQuery> };

/** The route of one of the fixed forms (question, initiative, dashboard access): its metadata and page. */
export function fixedFormPage(id: Id) {
  const form = fixedForm(id);
  const texts = (locale: string) => {
    const t = translator(locale);
    return { title: t(`forms.${NAMESPACE[id]}.title`), lead: t(`forms.${NAMESPACE[id]}.lead`) };
  };
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { title, lead } = texts((await params).locale);
      return pageMetadata({ title, description: lead, path: form.path, kind: 'pagina' });
    },
    async Page({ params, searchParams }: Props) {
      const { locale } = await params;
      const { title, lead } = texts(locale);
      return <FormPage form={form} title={title} lead={lead} trail={formTrails(currentContent())[id]()} locale={locale} searchParams={await searchParams} />;
    },
  };
}
