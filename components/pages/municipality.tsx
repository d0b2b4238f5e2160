import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Facts } from '@/components/content/Facts';
import { Prose } from '@/components/content/Prose';
import { RegionContact } from '@/components/content/RegionContact';
import { Section } from '@/components/content/Section';
import { ThemeTags } from '@/components/content/ThemeTags';
import { DetailLayout } from '@/components/layout/DetailLayout';
import { PageHeader } from '@/components/layout/PageHeader';
import { FeedLink } from '@/components/lists/FeedLink';
import { RELATED_MAX, SeeAll } from '@/components/lists/SeeAll';
import { NetherlandsMap } from '@/components/map/NetherlandsMap';
import { contentLang } from '@/components/ui/Dutch';
import { Link } from '@/components/ui/Link';
import { Notice } from '@/components/ui/Notice';
import { findBySlug } from '@/lib/content/queries';
import { registerMunicipality } from '@/lib/municipalities/register';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

export function municipalityPage({ content, locale, params }: ViewInput<{ slug: string }>): PageView | undefined {
  const { slug } = params;
  const m = findBySlug(content.municipalities, slug);
  if (!m) return undefined;
  const t = translator(locale);
  const region = content.regionOfMunicipality(m);
  const place = registerMunicipality(m.cbsCode);
  const related = content.contentForMunicipality(slug);
  return {
    metadata: pageMetadata({ title: `Gemeente ${m.title}`, description: m.summary, path: m.url, kind: 'gemeenten' }),
    body: (
      <article>
        <PageHeader
          locale={locale}
          draft={m.draft}
          dutch
          title={m.title}
          trail={[{ label: t('municipalities.title'), href: urls.municipalities() }]}
          lead={m.summary}
        />
        <DetailLayout
          aside={
            <>
              <Facts
                facts={[
                  { term: t('municipalities.province'), value: m.province, lang: contentLang(locale) },
                  {
                    term: t('municipalities.region'),
                    lang: contentLang(locale),
                    value: region && (
                      <Link locale={locale} href={region.url}>
                        {region.title}
                      </Link>
                    ),
                  },
                  { term: t('municipalities.since'), value: m.gkaSince ?? t('common.notKnown') },
                  { term: t('municipalities.agendaPeriod'), value: m.agendaPeriod ?? t('common.notKnown') },
                  {
                    term: t('municipalities.agendaUrl'),
                    value: m.agendaUrl && <a href={m.agendaUrl}>{t('municipalities.agendaUrlText', { name: m.title })}</a>,
                  },
                  { term: t('municipalities.cbsCode'), value: m.cbsCode },
                ]}
              />
              {place && (
                <NetherlandsMap
                  locale={locale}
                  current
                  marks={[{ code: m.cbsCode, name: m.title, point: place.point }]}
                  label={t('municipalities.smallMapLabel', { name: m.title, province: m.province })}
                  className="mx-auto mt-6 max-w-56"
                />
              )}
              <FeedLink alert={{ address: m.url, label: t('alerts.link.municipality') }} locale={locale} />
            </>
          }
        >
          <Section id="agenda" title={t('municipalities.agenda')} className="mt-0">
            <Prose doc={m} />
            <div className="mt-4">
              {m.themes.length > 0 ? <ThemeTags locale={locale} themes={content.themesOf(m.themes)} /> : <Notice as="p">{t('municipalities.noThemes')}</Notice>}
            </div>
          </Section>
          {related.interventions.length > 0 && (
            <Section id="interventies" title={t('municipalities.interventions')}>
              <CardList
                locale={locale}
                headingLevel={3}
                items={related.interventions.slice(0, RELATED_MAX).map((i) => ({ href: i.url, title: i.title, summary: i.summary }))}
              />
              <SeeAll
                count={related.interventions.length}
                href={urls.interventions({ gemeente: slug })}
                label={t('common.seeAllInterventions', { count: related.interventions.length })}
                locale={locale}
              />
            </Section>
          )}
          {related.news.length > 0 && (
            <Section id="nieuws" title={t('municipalities.news')}>
              <CardList
                locale={locale}
                headingLevel={3}
                items={related.news.slice(0, RELATED_MAX).map((n) => ({ href: n.url, title: n.title, meta: <DateText value={n.date} locale={locale} /> }))}
              />
              <SeeAll
                count={related.news.length}
                href={urls.search({ type: 'nieuws', gemeente: slug })}
                label={t('common.seeAllNews', { count: related.news.length })}
                locale={locale}
              />
            </Section>
          )}
          {related.events.length > 0 && (
            <Section id="activiteiten" title={t('municipalities.events')}>
              <CardList
                locale={locale}
                headingLevel={3}
                items={related.events.slice(0, RELATED_MAX).map((e) => ({ href: e.url, title: e.title, meta: <DateText value={e.start} locale={locale} /> }))}
              />
              <SeeAll
                count={related.events.length}
                href={urls.search({ type: 'activiteit', gemeente: slug })}
                label={t('common.seeAll', { count: related.events.length })}
                locale={locale}
              />
            </Section>
          )}
          {region && (
            <Section id="contact" title={t('municipalities.contact')}>
              <p className="max-w-3xl">{t('municipalities.contactText', { name: m.title, region: region.title })}</p>
              <div className="mt-3">
                <RegionContact locale={locale} region={region} />
              </div>
              <p className="mt-3">
                <Link locale={locale} href={region.url} lang={contentLang(locale)}>
                  {region.title}
                </Link>
              </p>
            </Section>
          )}
        </DetailLayout>
      </article>
    ),
  };
}
