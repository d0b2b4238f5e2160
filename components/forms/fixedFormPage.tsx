import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { fixedForm } from '@/lib/forms/definitions';
import { formTrails } from '@/lib/forms/trails';
import { pageMetadata } from '@/lib/metadata';
import { FormPage } from './FormPage';

type Id = 'vraag' | 'initiatief' | 'dashboard';
const NAMESPACE = { vraag: 'forms.question', initiatief: 'forms.initiative', dashboard: 'forms.dashboard' } as const;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The route of one of the fixed forms (question, initiative, dashboard access): its metadata and page. */
export function fixedFormPage(id: Id) {
  const form = fixedForm(id);
  return {
    async generateMetadata(): Promise<Metadata> {
      const t = await getTranslations(NAMESPACE[id]);
      return pageMetadata({ title: t('title'), description: t('lead'), path: form.path, kind: 'pagina' });
    },
    async Page({ params, searchParams }: Props) {
      const { locale } = await params;
      setRequestLocale(locale);
      const t = await getTranslations(NAMESPACE[id]);
      return <FormPage form={form} title={t('title')} lead={t('lead')} trail={formTrails[id]()} searchParams={await searchParams} />;
    },
  };
}
