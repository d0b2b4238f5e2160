import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { PageHeader } from '@/components/layout/PageHeader';
import { municipalities, regionBySlug, themesOf } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { urls } from '@/lib/urls';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('municipalities');
  return pageMetadata({ title: t('title'), description: t('lead'), path: urls.municipalities(), kind: 'gemeenten' });
}

export default async function MunicipalitiesPage({ params }: PageProps<'/[locale]/gemeenten'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('municipalities');
  return (
    <>
      <PageHeader title={t('title')} trail={[]} lead={t('lead')} />
      <div className="container-page mt-8">
        <p className="mb-4 font-semibold">{t('countOnSite', { count: municipalities.length })}</p>
        {/* A table scrolls sideways on narrow screens rather than squeezing its columns. */}
        <div className="overflow-x-auto" role="region" aria-labelledby="gemeenten-caption" tabIndex={0}>
          <table className="w-full min-w-[40rem] border-collapse text-left">
            <caption id="gemeenten-caption" className="sr-only">
              {t('tableCaption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-brand-700">
                <th scope="col" className="py-2 pr-4">{t('name')}</th>
                <th scope="col" className="py-2 pr-4">{t('province')}</th>
                <th scope="col" className="py-2 pr-4">{t('region')}</th>
                <th scope="col" className="py-2 pr-4">{t('since')}</th>
                <th scope="col" className="py-2">{t('themes')}</th>
              </tr>
            </thead>
            <tbody>
              {municipalities.map((m) => (
                <tr key={m.slug} className="border-b border-brand-100 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={m.url}>{m.title}</Link>
                  </th>
                  <td className="py-2 pr-4">{m.province}</td>
                  <td className="py-2 pr-4">{regionBySlug(m.region)?.title}</td>
                  <td className="py-2 pr-4">{m.gkaSince ?? '–'}</td>
                  <td className="py-2">{themesOf(m.themes).map((th) => th.title).join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
