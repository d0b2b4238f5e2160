import type { Metadata } from 'next';
import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { PageHeader } from '@/components/layout/PageHeader';
import { pageMetadata } from '@/lib/seo/metadata';
import { refusalParam } from '@/lib/http/query';
import { urls } from '@/lib/urls';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = translator(locale);
  return pageMetadata({ title: t('forms.refused.title'), description: t('forms.refused.title'), path: '/verzenden-mislukt', kind: 'pagina', noindex: true });
}

/** A form that could not be taken (forged, from another site, too large): why, and what to do. */
export default async function RefusedPage({ params, searchParams }: PageProps<'/[locale]/verzenden-mislukt'>) {
  const { locale } = await params;
  const t = translator(locale);
  const reason = refusalParam(await searchParams);
  return (
    <>
      <PageHeader locale={locale} title={t('forms.refused.title')} trail={[]} />
      <div className="container-page mt-8 max-w-2xl space-y-4">
        <p className="text-lg">{t(`forms.refused.${reason}`)}</p>
        <p>
          <Link locale={locale} href={urls.page('contact')}>
            {t('forms.refused.back')}
          </Link>
        </p>
      </div>
    </>
  );
}
