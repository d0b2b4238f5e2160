import { translator } from '@/i18n/translate';
import { LinkRow } from '@/components/content/LinkRow';
import { Prose } from '@/components/content/Prose';
import { RegionContact } from '@/components/content/RegionContact';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { NetherlandsMap } from '@/components/map/NetherlandsMap';
import { contentLang } from '@/components/ui/Dutch';
import { Link } from '@/components/ui/Link';
import { Notice } from '@/components/ui/Notice';
import { findBySlug } from '@/lib/content/queries';
import { registerMunicipality } from '@/lib/municipalities/register';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

export function regionPage({ content, locale, params }: ViewInput<{ slug: string }>): PageView | undefined {
  const region = findBySlug(content.regions, params.slug);
  if (!region) return undefined;
  const t = translator(locale);
  const { all, members } = content.municipalitiesInRegion(region);
  return {
    metadata: pageMetadata({ title: region.title, description: region.summary, path: region.url, kind: 'regiocoordinatoren' }),
    body: (
      <article>
        <PageHeader
          locale={locale}
          draft={region.draft}
          dutch
          title={region.title}
          trail={[{ label: t('regions.title'), href: urls.coordinators() }]}
          lead={region.summary}
        />
        <div className="container-page mt-8">
          <Notice>{t('regions.divisionNotice')}</Notice>
          <Section id="contact" title={t('regions.contact')}>
            <RegionContact locale={locale} region={region} />
          </Section>
          <Section id="provincies" title={t('regions.provinces')}>
            <p lang={contentLang(locale)}>{region.provinces.join(', ')}</p>
          </Section>
          <Section id="gemeenten" title={t('regions.municipalities')}>
            <p>{t('regions.memberCount', { count: members.length, all: all.length })}</p>
            <LinkRow locale={locale} items={members} className="mt-3" />
            <NetherlandsMap
              locale={locale}
              marks={members.flatMap((m) => {
                const place = registerMunicipality(m.cbsCode);
                return place ? [{ code: m.cbsCode, name: m.title, point: place.point, href: m.url }] : [];
              })}
              label={t('regions.mapLabel', { region: region.title, count: members.length })}
              className="mt-6 max-w-sm"
            />
            <details className="mt-4">
              <summary className="cursor-pointer font-semibold">{t('regions.allMunicipalities', { count: all.length })}</summary>
              <ul lang={contentLang(locale)} className="mt-3 columns-2 gap-6 sm:columns-3 lg:columns-4">
                {all.map((m) => (
                  <li key={m.code}>
                    <Link locale={locale} href={urls.coordinatorFor(m.code)}>
                      {m.name}
                    </Link>
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
    ),
  };
}
