import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { ExampleBadge, ExampleNotice } from '@/components/content/Example';
import { Facts } from '@/components/content/Facts';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { ThemeTags } from '@/components/content/ThemeTags';
import { DetailLayout } from '@/components/layout/DetailLayout';
import { PageHeader } from '@/components/layout/PageHeader';
import { RegionContact } from '@/components/content/RegionContact';
import { NetherlandsMap } from '@/components/map/NetherlandsMap';
import { contentForMunicipality, municipalities, municipalityBySlug, regionOfMunicipality } from '@/lib/content';
import { registerMunicipality } from '@/lib/municipality-register';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';

type Props = PageProps<'/[locale]/gemeenten/[slug]'>;

export const dynamicParams = false;

export function generateStaticParams() {
  return municipalities.map((m) => ({ slug: m.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = municipalityBySlug((await params).slug);
  return m ? pageMetadata({ title: `Gemeente ${m.title}`, description: m.summary, path: m.url, kind: 'gemeenten' }) : {};
}

export default async function MunicipalityPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const m = municipalityBySlug(slug);
  if (!m) notFound();
  const t = await getTranslations();
  const region = regionOfMunicipality(m);
  const place = registerMunicipality(m.cbsCode);
  const related = contentForMunicipality(slug);
  return (
    <article>
      <PageHeader
        draft={m.draft} title={m.title} trail={[{ label: t('municipalities.title'), href: urls.municipalities() }]} lead={m.summary} />
      <DetailLayout
        aside={
          <>
          <Facts
            facts={[
              { term: t('municipalities.province'), value: m.province },
              { term: t('municipalities.region'), value: region && <Link href={region.url}>{region.title}</Link> },
              { term: t('municipalities.since'), value: m.gkaSince ?? t('common.notKnown') },
              { term: t('municipalities.agendaPeriod'), value: m.agendaPeriod ?? t('common.notKnown') },
              { term: t('municipalities.cbsCode'), value: m.cbsCode },
            ]}
          />
          {place && (
            <NetherlandsMap
              current
              marks={[{ code: m.cbsCode, name: m.title, point: place.point }]}
              label={t('municipalities.smallMapLabel', { name: m.title, province: m.province })}
              className="mx-auto mt-6 max-w-56"
            />
          )}
          </>
        }
      >
          {m.example && <ExampleNotice />}
          <Section id="agenda" title={t('municipalities.agenda')} className="mt-0">
            <Prose doc={m} />
            <div className="mt-4">{m.themes.length > 0 ? <ThemeTags slugs={m.themes} /> : <p className="text-muted">{t('municipalities.noThemes')}</p>}</div>
          </Section>
          {related.interventions.length > 0 && (
            <Section id="interventies" title={t('municipalities.interventions')}>
              {related.interventions.some((i) => i.example) && (
                <div className="mb-4">
                  <ExampleNotice text={t('municipalities.exampleInterventions')} />
                </div>
              )}
              <CardList
                headingLevel={3}
                items={related.interventions.map((i) => ({ href: i.url, title: i.title, summary: i.summary, badge: i.example ? <ExampleBadge /> : undefined }))}
              />
            </Section>
          )}
          {related.news.length > 0 && (
            <Section id="nieuws" title={t('municipalities.news')}>
              <CardList headingLevel={3} items={related.news.map((n) => ({ href: n.url, title: n.title, meta: <DateText value={n.date} locale={locale} /> }))} />
            </Section>
          )}
          {related.events.length > 0 && (
            <Section id="activiteiten" title={t('municipalities.events')}>
              <CardList headingLevel={3} items={related.events.map((e) => ({ href: e.url, title: e.title, meta: <DateText value={e.start} locale={locale} /> }))} />
            </Section>
          )}
          {region && (
            <Section id="contact" title={t('municipalities.contact')}>
              <p className="max-w-3xl">{t('municipalities.contactText', { name: m.title, region: region.title })}</p>
              <div className="mt-3">
                <RegionContact region={region} />
              </div>
              <p className="mt-3">
                <Link href={region.url}>{region.title}</Link>
              </p>
            </Section>
          )}
      </DetailLayout>
    </article>
  );
}
