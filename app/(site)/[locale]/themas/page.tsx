import type { Metadata } from 'next';
import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { PageHeader } from '@/components/layout/PageHeader';
import { interventions, themes } from '@/lib/content';
import { countBy } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = translator(locale);
  return pageMetadata({ title: t('themes.title'), description: t('themes.lead'), path: urls.themes(), kind: 'themas' });
}

export default async function ThemesPage({ params }: PageProps<'/[locale]/themas'>) {
  const { locale } = await params;
  const t = translator(locale);
  const counts = countBy(interventions, (i) => i.themes);
  return (
    <>
      <PageHeader locale={locale} title={t('themes.title')} trail={[]} lead={t('themes.lead')} />
      <div className="container-page mt-8">
        <CardList
          locale={locale}
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
