import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ExampleBadge, ExampleNotice } from '@/components/content/Example';
import { RegionContact } from '@/components/content/RegionContact';
import { PageHeader } from '@/components/layout/PageHeader';
import { municipalities, regions } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { urls } from '@/lib/urls';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('regions');
  return pageMetadata({ title: t('title'), description: t('lead'), path: urls.coordinators(), kind: 'regiocoordinatoren' });
}

export default async function CoordinatorsPage({ params }: PageProps<'/[locale]/regiocoordinatoren'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('regions');
  return (
    <>
      <PageHeader title={t('title')} trail={[]} lead={t('lead')} />
      <div className="container-page mt-8 space-y-8">
        {regions.some((r) => r.example) && <ExampleNotice text={t('exampleNotice')} />}
        <ul className="grid gap-4 sm:grid-cols-2">
          {regions.map((r) => {
            const members = municipalities.filter((m) => m.region === r.slug);
            return (
              <li key={r.slug} className="rounded-md border border-brand-100 p-5 shadow-sm">
                {r.example && <ExampleBadge />}
                <h2 className="mt-2 text-xl font-bold text-brand-900">
                  <Link href={r.url}>{r.title}</Link>
                </h2>
                <p className="mt-1 text-muted">
                  {t('provinces')}: {r.provinces.join(', ')}
                </p>
                <div className="mt-3">
                  <RegionContact region={r} />
                </div>
                <p className="mt-3 text-sm">
                  {t('municipalities')}: {members.map((m) => m.title).join(', ') || '–'}
                </p>
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
