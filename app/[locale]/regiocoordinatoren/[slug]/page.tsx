import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ExampleNotice } from '@/components/content/Example';
import { Prose } from '@/components/content/Prose';
import { RegionContact } from '@/components/content/RegionContact';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { NetherlandsMap } from '@/components/map/NetherlandsMap';
import { municipalitiesInRegion, regionBySlug, regions } from '@/lib/content';
import { registerMunicipality } from '@/lib/municipality-register';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';

type Props = PageProps<'/[locale]/regiocoordinatoren/[slug]'>;

export const dynamicParams = false;

export function generateStaticParams() {
  return regions.map((r) => ({ slug: r.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = regionBySlug((await params).slug);
  return r ? pageMetadata({ title: r.title, description: r.summary, path: r.url, kind: 'regiocoordinatoren' }) : {};
}

export default async function RegionPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const region = regionBySlug(slug);
  if (!region) notFound();
  const t = await getTranslations('regions');
  const { all, members } = municipalitiesInRegion(region);
  return (
    <article>
      <PageHeader
        draft={region.draft} title={region.title} trail={[{ label: t('title'), href: urls.coordinators() }]} lead={region.summary} />
      <div className="container-page mt-8">
        {region.example && <ExampleNotice text={t('exampleNotice')} />}
        <Section id="contact" title={t('contact')}>
          <RegionContact region={region} />
        </Section>
        <Section id="provincies" title={t('provinces')}>
          <p>{region.provinces.join(', ')}</p>
        </Section>
        <Section id="gemeenten" title={t('municipalities')}>
          <p>{t('memberCount', { count: members.length, all: all.length })}</p>
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
            {members.map((m) => (
              <li key={m.slug}>
                <Link href={m.url}>{m.title}</Link>
              </li>
            ))}
          </ul>
          <NetherlandsMap
            marks={members.flatMap((m) => {
              const place = registerMunicipality(m.cbsCode);
              return place ? [{ code: m.cbsCode, name: m.title, point: place.point, href: m.url }] : [];
            })}
            label={t('mapLabel', { region: region.title, count: members.length })}
            className="mt-6 max-w-sm"
          />
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold">{t('allMunicipalities', { count: all.length })}</summary>
            <ul className="mt-3 columns-2 gap-6 sm:columns-3 lg:columns-4">
              {all.map((m) => (
                <li key={m.code}>
                  <Link href={urls.coordinatorFor(m.code)}>{m.name}</Link>
                </li>
              ))}
            </ul>
          </details>
        </Section>
        <div className="mt-10">
          <Prose doc={region} />
        </div>
      </div>
    </article>
  );
}
