import type { ReactNode } from 'react';
import { Dutch } from '@/components/ui/Dutch';
import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { localized } from '@/lib/urls';

import type { FacetGroup } from '@/lib/lists/facets';
import { Button } from '@/components/ui/Button';

/** A group of the panel: a facet (lib/lists), shown as checkboxes or radio buttons. */
export type FilterGroup = FacetGroup & { type?: 'checkbox' | 'radio' };

/** On phones the filters come after the results; this link jumps to them. */
export function ToFilters({ id = 'filters', locale }: { id?: string; locale: string }) {
  return (
    <p className="mb-4 lg:hidden">
      <a href={`#${id}`}>{translator(locale)('search.toFilters')} ↓</a>
    </p>
  );
}

/**
 * The one filter form for search and every filtered list: a GET form of checkboxes with counts, so
 * filtering works without JavaScript and every selection is a shareable URL. With JavaScript
 * (public/js/verbeteren.js, `data-auto-submit`) a change updates the results at once.
 */
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
  return (
    <form id={id} action={localized(action, locale)} method="get" aria-labelledby={`${id}-title`} className="space-y-5" data-auto-submit="">
      <h2 id={`${id}-title`} className="text-xl font-bold text-brand-900">
        {t('search.filters')}
      </h2>
      {children}
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className={columns ? 'grid gap-x-8 gap-y-5 sm:grid-cols-2 lg:grid-cols-3' : 'space-y-5'}>
        {groups
          .filter((g) => g.options.length > 0)
          .map((g) => (
            <fieldset key={g.name} className="border-t border-brand-100 pt-3">
              <legend className="float-left mb-2 w-full font-semibold">{g.legend}</legend>
              <ul className={`clear-both space-y-1 pr-1 ${columns ? '' : 'max-h-72 overflow-y-auto'}`}>
                {g.options.map((o) => {
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
                })}
              </ul>
            </fieldset>
          ))}
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
  );
}
