import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { CardList } from '@/components/content/CardList';
import { ExampleNotice } from '@/components/content/Example';
import { Facts } from '@/components/content/Facts';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { ThemeTags } from '@/components/content/ThemeTags';
import { DetailLayout } from '@/components/layout/DetailLayout';
import { PageHeader } from '@/components/layout/PageHeader';
import { interventions, municipalityBySlug } from '@/lib/content';
import { findBySlug } from '@/lib/content/queries';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';

type Props = PageProps<'/[locale]/interventies/[slug]'>;

export const dynamicParams = false;

export function generateStaticParams() {
  return interventions.map((i) => ({ slug: i.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const i = findBySlug(interventions, (await params).slug);
  return i ? pageMetadata({ title: i.title, description: i.summary, path: i.url, kind: 'interventies' }) : {};
}

export default async function InterventionPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const item = findBySlug(interventions, slug);
  if (!item) notFound();
  const t = await getTranslations();
  const municipality = municipalityBySlug(item.municipality);
  const more = interventions.filter((i) => i.municipality === item.municipality && i.slug !== item.slug);
  return (
    <article>
      <PageHeader
        draft={item.draft} title={item.title} trail={[{ label: t('interventions.title'), href: urls.interventions() }]} lead={item.summary} />
      <DetailLayout
        aside={
          <>
          <Facts
            facts={[
              { term: t('interventions.municipality'), value: municipality && <Link href={municipality.url}>{municipality.title}</Link> },
              { term: t('interventions.schoolTypes'), value: item.schoolTypes.map((s) => t(`interventions.schoolType.${s}` as 'interventions.schoolType.po')).join(', ') },
              { term: t('interventions.targetGroup'), value: item.targetGroup },
              { term: t('interventions.partners'), value: item.partners.join(', ') },
              {
                term: t('interventions.evidence'),
                value: item.evidenceLevel && (
                  <>
                    {t(`interventions.evidenceLevel.${item.evidenceLevel}` as 'interventions.evidenceLevel.goed-onderbouwd')}
                    <span className="block text-sm text-muted">{t('interventions.evidenceNote')}</span>
                  </>
                ),
              },
            ]}
          />
          <ThemeTags slugs={item.themes} />
          </>
        }
      >
          {item.example && (
            <div className="mb-8">
              <ExampleNotice />
            </div>
          )}
          <Prose doc={item} />
          {municipality && more.length > 0 && (
            <Section id="meer" title={t('interventions.more', { name: municipality.title })}>
              <CardList headingLevel={3} items={more.map((i) => ({ href: i.url, title: i.title, summary: i.summary }))} />
            </Section>
          )}
      </DetailLayout>
    </article>
  );
}
