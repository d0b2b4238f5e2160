import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardList } from '@/components/content/CardList';
import { PageHeader } from '@/components/layout/PageHeader';
import { interventions, themes } from '@/lib/content';
import { countBy } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/metadata';
import { urls } from '@/lib/urls';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('themes');
  return pageMetadata({ title: t('title'), description: t('lead'), path: urls.themes(), kind: 'themas' });
}

export default async function ThemesPage({ params }: PageProps<'/[locale]/themas'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const counts = countBy(interventions, (i) => i.themes);
  return (
    <>
      <PageHeader title={t('themes.title')} trail={[]} lead={t('themes.lead')} />
      <div className="container-page mt-8">
        <CardList
          columns={2}
          items={themes.map((theme) => ({
            href: theme.url,
            title: theme.title,
            summary: theme.summary,
            meta: t('interventions.count', { count: counts.get(theme.slug) ?? 0 }),
          }))}
        />
      </div>
    </>
  );
}
