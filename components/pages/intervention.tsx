import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { Facts } from '@/components/content/Facts';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { ThemeTags } from '@/components/content/ThemeTags';
import { DetailLayout } from '@/components/layout/DetailLayout';
import { PageHeader } from '@/components/layout/PageHeader';
import { SeeAll } from '@/components/lists/SeeAll';
import { contentLang } from '@/components/ui/Dutch';
import { Link } from '@/components/ui/Link';
import { findBySlug } from '@/lib/content/queries';
import { sourceParts } from '@/lib/content/source';
import { evidenceLabel, schoolTypeLabel } from '@/lib/labels';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

/** "Meer uit …": a few, then the filtered list. */
const MORE_MAX = 4;

export function interventionPage({ content, locale, params }: ViewInput<{ slug: string }>): PageView | undefined {
  const item = findBySlug(content.interventions, params.slug);
  if (!item) return undefined;
  const t = translator(locale);
  const municipality = content.municipalityBySlug(item.municipality);
  const more = content.interventions.filter((i) => i.municipality === item.municipality && i.slug !== item.slug);
  return {
    metadata: pageMetadata({ title: item.title, description: item.summary, path: item.url, kind: 'interventies' }),
    body: (
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
              <ThemeTags locale={locale} themes={content.themesOf(item.themes)} />
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
    ),
  };
}
