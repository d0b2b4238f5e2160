import { sourceParts } from '@/lib/content/source';
import type { Metadata } from 'next';
import { contentLang } from '@/components/ui/Dutch';
import { notFound } from 'next/navigation';
import { evidenceLabel, schoolTypeLabel } from '@/lib/labels';
import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { CardList } from '@/components/content/CardList';
import { Facts } from '@/components/content/Facts';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { SeeAll } from '@/components/lists/SeeAll';
import { ThemeTags } from '@/components/content/ThemeTags';
import { DetailLayout } from '@/components/layout/DetailLayout';
import { PageHeader } from '@/components/layout/PageHeader';
import { built, interventions, municipalityBySlug, themesOf } from '@/lib/content';
import { findBySlug } from '@/lib/content/queries';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = PageProps<'/[locale]/interventies/[slug]'>;

export const dynamicParams = false;

/** "Meer uit …": a few, then the filtered list. */
const MORE_MAX = 4;

// Scheduled documents too: the production server holds them back until their publishDate.
export function generateStaticParams() {
  return built.interventions.map((i) => ({ slug: i.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const i = findBySlug(built.interventions, (await params).slug);
  return i ? pageMetadata({ title: i.title, description: i.summary, path: i.url, kind: 'interventies' }) : {};
}

export default async function InterventionPage({ params }: Props) {
  const { locale, slug } = await params;
  const item = findBySlug(built.interventions, slug);
  if (!item) notFound();
  const t = translator(locale);
  const municipality = municipalityBySlug(item.municipality);
  const more = interventions.filter((i) => i.municipality === item.municipality && i.slug !== item.slug);
  return (
    <article>
      <PageHeader
        locale={locale}
        draft={item.draft}
        dutch
        title={item.title}
        trail={[{ label: t('interventions.title'), href: urls.interventions() }]}
        lead={item.summary}
      />
      <DetailLayout
        aside={
          <>
            <Facts
              facts={[
                {
                  term: t('interventions.municipality'),
                  lang: contentLang(locale),
                  value: municipality && (
                    <Link locale={locale} href={municipality.url}>
                      {municipality.title}
                    </Link>
                  ),
                },
                { term: t('interventions.schoolTypes'), value: item.schoolTypes.map((s) => schoolTypeLabel(s, locale)).join(', ') },
                { term: t('interventions.targetGroup'), value: item.targetGroup, lang: contentLang(locale) },
                { term: t('interventions.partners'), value: item.partners.join(', '), lang: contentLang(locale) },
                {
                  term: t('interventions.source'),
                  // A web address in the source is a link.
                  value: sourceParts(item.source).map((part, i) =>
                    part.href ? (
                      <a key={i} href={part.href}>
                        {part.text}
                      </a>
                    ) : (
                      part.text
                    ),
                  ),
                  lang: contentLang(locale),
                },
                {
                  term: t('interventions.evidence'),
                  value: item.evidenceLevel && (
                    <>
                      {evidenceLabel(item.evidenceLevel, locale)}
                      <span className="block text-sm text-muted">{t('interventions.evidenceNote')}</span>
                    </>
                  ),
                },
              ]}
            />
            <ThemeTags locale={locale} themes={themesOf(item.themes)} />
          </>
        }
      >
        <Prose doc={item} />
        {municipality && more.length > 0 && (
          <Section id="meer" title={t('interventions.more', { name: municipality.title })}>
            <CardList locale={locale} headingLevel={3} items={more.slice(0, MORE_MAX).map((i) => ({ href: i.url, title: i.title, summary: i.summary }))} />
            <SeeAll
              count={more.length}
              max={MORE_MAX}
              href={urls.interventions({ gemeente: municipality.slug })}
              label={t('common.seeAllInterventions', { count: more.length + 1 })}
              locale={locale}
            />
          </Section>
        )}
      </DetailLayout>
    </article>
  );
}
