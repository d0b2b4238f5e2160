import { translator } from '@/i18n/translate';
import { contentLang } from '@/components/ui/Dutch';
import { Notice } from '@/components/ui/Notice';
import { RegionContact } from '@/components/content/RegionContact';
import { PageHeader } from '@/components/layout/PageHeader';
import { CoordinatorFinder } from '@/components/regions/CoordinatorFinder';
import { Link } from '@/components/ui/Link';
import type { Region } from '@/lib/content';
import { finderQuery } from '@/lib/http/query';
import { pageMetadata } from '@/lib/seo/metadata';
import { findMunicipality } from '@/lib/municipalities/finder';
import { finderIndex } from '@/lib/municipalities/register';
import { urls } from '@/lib/urls';
import type { PageInput, PageView } from './types';

/**
 * "Vind je regiocoördinator": the answer for a municipality (?gemeente=) first, with how to reach
 * its region; the other regions below it as one line each. Without an answer, every region as a
 * card with its contact.
 */
export function coordinatorsPage({ locale, query: raw, content }: PageInput): PageView {
  const t = translator(locale);
  const query = finderQuery(raw);
  const result = findMunicipality(finderIndex, query);
  const found = result.status === 'found' ? (content.regionOf(result.municipality) ?? null) : undefined;
  return {
    // An answer for one municipality is for the visitor, not for search engines.
    metadata: pageMetadata({
      title: query ? t('regions.titleFor', { query }) : t('regions.title'),
      description: t('regions.lead'),
      path: urls.coordinators(),
      kind: 'regiocoordinatoren',
      noindex: !!query,
    }),
    body: (
      <>
        <PageHeader locale={locale} title={t('regions.title')} trail={[]} lead={t('regions.lead')} />
        <div className="container-page mt-8 space-y-10">
          <CoordinatorFinder content={content} locale={locale} query={query} result={result} />
          {found ? (
            <OtherRegions locale={locale} regions={content.regions} current={found} />
          ) : (
            <section aria-labelledby="regios-titel" className="space-y-6">
              <h2 id="regios-titel" className="text-2xl font-bold text-brand-900">
                {t('regions.allRegions')}
              </h2>
              <Notice>{t('regions.divisionNotice')}</Notice>
              <ul className="grid gap-4 sm:grid-cols-2">
                {content.regions.map((r) => {
                  const { all, members } = content.municipalitiesInRegion(r);
                  return (
                    <li key={r.slug} className="rounded-md border border-brand-100 p-5 shadow-sm">
                      <h3 className="text-xl font-bold text-brand-900">
                        <Link locale={locale} href={r.url} lang={contentLang(locale)}>
                          {r.title}
                        </Link>
                      </h3>
                      <p className="mt-1 text-muted">
                        {t('regions.provinces')}: {r.provinces.join(', ')}
                      </p>
                      <div className="mt-3">
                        <RegionContact locale={locale} region={r} />
                      </div>
                      <p className="mt-3 text-sm">{t('regions.memberCount', { count: members.length, all: all.length })}</p>
                      <p lang={contentLang(locale)} className="mt-1 text-sm">
                        {members.map((m) => m.title).join(', ')}
                      </p>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </div>
      </>
    ),
  };
}

/** After an answer: the other regions, one line each (name and provinces); their contact is on their page. */
function OtherRegions({ locale, regions, current }: { locale: string; regions: readonly Region[]; current: Region | null }) {
  const t = translator(locale);
  const others = regions.filter((r) => r.slug !== current?.slug);
  return (
    <section aria-labelledby="regios-titel" className="space-y-3">
      <h2 id="regios-titel" className="text-xl font-bold text-brand-900">
        {current ? t('regions.otherRegions') : t('regions.allRegions')}
      </h2>
      <ul className="space-y-2">
        {others.map((r) => (
          <li key={r.slug}>
            <Link locale={locale} href={r.url} lang={contentLang(locale)} className="font-semibold">
              {r.title}
            </Link>{' '}
            <span className="text-muted">· {r.provinces.join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
