import { translator } from '@/i18n/translate';
import { Dutch } from '@/components/ui/Dutch';
import { CardList } from '@/components/content/CardList';
import { Coverage } from '@/components/content/Coverage';
import { PageHeader } from '@/components/layout/PageHeader';
import { FeedLink } from '@/components/lists/FeedLink';
import { FilteredList } from '@/components/lists/FilteredList';
import { FilterPanel } from '@/components/search/FilterPanel';
import { Link } from '@/components/ui/Link';
import { SORTS } from '@/lib/lists/interventions';
import { interventionList, pageOf } from '@/lib/lists';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageInput, PageView } from './types';
import { SelectField, TextField } from '@/components/ui/TextField';

export function interventionsPage({ locale, query, content: c }: PageInput): PageView {
  const t = translator(locale);
  const list = interventionList(c, query, locale);
  const page = pageOf(list.items, query);
  const sel = list.selection;
  const sorteer = list.sort === 'titel' || list.sort === 'relevantie' ? undefined : list.sort;
  const filtered = Object.keys(sel).length > 0 || !!list.q || !!sorteer;
  const hrefFor = (p: number) => urls.interventions({ q: list.q, sorteer, pagina: p > 1 ? String(p) : undefined, ...sel });
  const municipalityName = new Map(c.municipalities.map((m) => [m.slug, m.title]));
  const themeName = new Map(c.themes.map((x) => [x.slug, x.title]));

  return {
    // A page the list does not have is not found: 404, with the same helpful page.
    status: page.missing !== undefined ? 404 : 200,
    metadata: pageMetadata({
      title: t('interventions.title'),
      description: t('interventions.lead'),
      path: urls.interventions(),
      kind: 'interventies',
      feeds: { 'application/rss+xml': urls.interventionsRss() },
      noindex: filtered || page.page !== 1,
    }),
    body: (
      <>
        <PageHeader title={t('interventions.title')} trail={[]} lead={t('interventions.lead')} locale={locale} />
        <FilteredList
          locale={locale}
          page={page}
          hrefFor={hrefFor}
          status={t('interventions.count', { count: page.total })}
          before={
            <>
              <Coverage kind="interventions" count={c.interventions.length} locale={locale} />
              <p>
                <Link href={urls.bundle()} locale={locale} className="font-semibold">
                  {t('bundle.download')}
                </Link>
              </p>
            </>
          }
          after={
            <FeedLink
              feed={urls.interventionsRss({ q: list.q, sorteer, ...sel })}
              alert={{ address: urls.interventions({ q: list.q, ...sel }), label: t('alerts.link.interventions') }}
              locale={locale}
            />
          }
          filters={
            <FilterPanel
              action={urls.interventions()}
              groups={list.groups}
              locale={locale}
              clearHref={filtered ? urls.interventions() : undefined}
              applyLabel={t('interventions.filters.apply')}
            >
              <TextField id="interventies-q" name="q" type="search" label={t('interventions.filters.q')} defaultValue={list.q} maxLength={400} />
              <SelectField
                id="interventies-sorteer"
                name="sorteer"
                label={t('interventions.filters.sort')}
                defaultValue={list.sort === 'relevantie' ? '' : list.sort}
              >
                {list.q && <option value="">{t('interventions.sort.relevantie')}</option>}
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`interventions.sort.${s}`)}
                  </option>
                ))}
              </SelectField>
            </FilterPanel>
          }
        >
          {page.total === 0 ? (
            <p>{t('interventions.none')}</p>
          ) : (
            <CardList
              columns={2}
              locale={locale}
              items={page.items.map((i) => ({
                href: i.url,
                title: i.title,
                meta: (
                  <Dutch locale={locale}>
                    {[
                      municipalityName.get(i.municipality),
                      i.themes
                        .map((th) => themeName.get(th))
                        .filter(Boolean)
                        .join(', '),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Dutch>
                ),
                summary: i.summary,
              }))}
            />
          )}
        </FilteredList>
      </>
    ),
  };
}
