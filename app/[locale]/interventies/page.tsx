import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardList } from '@/components/content/CardList';
import { ExampleBadge, ExampleNotice } from '@/components/content/Example';
import { PageHeader } from '@/components/layout/PageHeader';
import { interventions, municipalityBySlug, themesOf } from '@/lib/content';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('interventions');
  return { title: t('title'), description: t('lead') };
}

export default async function InterventionsPage({ params }: PageProps<'/[locale]/interventies'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t('interventions.title')} trail={[]} lead={t('interventions.lead')} />
      <div className="container-page mt-8 space-y-6">
        {interventions.some((i) => i.example) && <ExampleNotice text={t('common.exampleListNotice')} />}
        <p className="font-semibold">{t('interventions.count', { count: interventions.length })}</p>
        <CardList
          columns={2}
          items={interventions.map((i) => ({
            href: i.url,
            title: i.title,
            meta: [municipalityBySlug(i.municipality)?.title, themesOf(i.themes).map((th) => th.title).join(', ')].filter(Boolean).join(' · '),
            summary: i.summary,
            badge: i.example ? <ExampleBadge /> : undefined,
          }))}
        />
      </div>
    </>
  );
}
