import type { ReactNode } from 'react';
import { Dutch } from '@/components/ui/Dutch';
import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { localized } from '@/lib/urls';

import type { FacetGroup } from '@/lib/lists/facets';
import { Button } from '@/components/ui/Button';

/** A group of the panel: a facet (lib/lists), shown as checkboxes or radio buttons. */
export type FilterGroup = FacetGroup & { type?: 'checkbox' | 'radio' };

/**
 * The one filter form for search and every filtered list: a GET form of checkboxes with counts, so
 * filtering works without JavaScript and every selection is a shareable URL. With JavaScript
 * (public/js/verbeteren.js, `data-auto-submit`) a change updates the results at once.
 */
/** A group longer than this shows its first options, and the rest behind "Meer" (no scroll box). */
const SHOWN = 8;

export function FilterPanel({
  action,
  groups,
  locale,
  hidden = {},
  clearHref,
  id = 'filters',
  applyLabel,
  columns = false,
  children,
}: {
  action: string;
  groups: FilterGroup[];
  locale: string;
  hidden?: Record<string, string | undefined>;
  clearHref?: string;
  id?: string;
  applyLabel?: string;
  /** The groups side by side (a filter bar above a wide page) instead of stacked (a sidebar). */
  columns?: boolean;
  /** Extra fields at the top of the form (a text field, a sort order). */
  children?: ReactNode;
}) {
  const t = translator(locale);
  const chosen = groups.reduce((n, g) => n + g.options.filter((o) => o.selected).length, 0);
  const option = (g: FilterGroup, o: FilterGroup['options'][number]) => {
    const inputId = `${id}-${g.name}-${o.value}`;
    return (
      <li key={o.value} className="flex items-start gap-2">
        <input
          id={inputId}
          type={g.type ?? 'checkbox'}
          name={g.name}
          value={o.value}
          defaultChecked={o.selected}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={inputId} className="leading-snug">
          {o.dutch ? <Dutch locale={locale}>{o.label}</Dutch> : o.label}
          {o.count !== undefined && <span className="text-muted"> ({o.count})</span>}
        </label>
      </li>
    );
  };
  // On a phone the filters are one closed "Filters" control above the results: a <details> whose
  // state shows or hides the form after it (app/globals.css), so it works without JavaScript. The
  // form is not inside it: from the lg breakpoint on it is always shown beside the results, and a
  // closed <details> would hide its content from screen readers however it looks. The page
  // scrolls; no list inside it does.
  return (
    <div className="filter-panel">
      <details id={`${id}-paneel`} className="filter-disclosure lg:hidden" data-keep-open="">
        <summary className="filter-summary" aria-controls={id}>
          {t('search.filters')}
          {chosen > 0 && <span className="font-normal"> ({t('search.chosen', { count: chosen })})</span>}
        </summary>
      </details>
      <form id={id} action={localized(action, locale)} method="get" aria-labelledby={`${id}-title`} className="mt-4 space-y-5 lg:mt-0" data-auto-submit="">
        <h2 id={`${id}-title`} className="sr-only text-xl font-bold text-brand-900 lg:not-sr-only">
          {t('search.filters')}
        </h2>
        {children}
        {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        <div className={columns ? 'grid gap-x-8 gap-y-5 sm:grid-cols-2 lg:grid-cols-3' : 'space-y-5'}>
          {groups
            .filter((g) => g.options.length > 0)
            .map((g) => {
              const rest = g.options.length > SHOWN + 2 ? g.options.slice(SHOWN) : [];
              const first = rest.length ? g.options.slice(0, SHOWN) : g.options;
              return (
                <fieldset key={g.name} className="border-t border-brand-100 pt-3">
                  <legend className="float-left mb-2 w-full font-semibold">{g.legend}</legend>
                  <ul className="clear-both space-y-1">{first.map((o) => option(g, o))}</ul>
                  {rest.length > 0 && (
                    <details id={`${id}-${g.name}-meer`} className="mt-2" open={rest.some((o) => o.selected)} data-keep-open="">
                      <summary className="cursor-pointer font-semibold text-brand-800 underline underline-offset-2">
                        {t('search.more', { count: rest.length })}
                      </summary>
                      <ul className="mt-1 space-y-1">{rest.map((o) => option(g, o))}</ul>
                    </details>
                  )}
                </fieldset>
              );
            })}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button>{applyLabel ?? t('search.apply')}</Button>
          {clearHref && (
            <Link href={clearHref} locale={locale}>
              {t('search.clear')}
            </Link>
          )}
        </div>
      </form>
    </div>
  );
}
