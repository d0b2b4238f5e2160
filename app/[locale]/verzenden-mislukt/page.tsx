import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { PageHeader } from '@/components/layout/PageHeader';
import { pageMetadata } from '@/lib/metadata';
import { refusalParam } from '@/lib/forms/page-params';
import { urls } from '@/lib/urls';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('forms.refused');
  return pageMetadata({ title: t('title'), description: t('title'), path: '/verzenden-mislukt', kind: 'pagina', noindex: true });
}

/** A form that could not be taken (forged, from another site, too large): why, and what to do. */
export default async function RefusedPage({ params, searchParams }: PageProps<'/[locale]/verzenden-mislukt'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('forms.refused');
  const reason = refusalParam(await searchParams);
  return (
    <>
      <PageHeader title={t('title')} trail={[]} />
      <div className="container-page mt-8 max-w-2xl space-y-4">
        <p className="text-lg">{t(reason)}</p>
        <p>
          <Link href={urls.page('contact')}>{t('back')}</Link>
        </p>
      </div>
    </>
  );
}
