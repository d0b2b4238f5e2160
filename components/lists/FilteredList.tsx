import type { ReactNode } from 'react';
import { translator } from '@/i18n/translate';
import { Pagination } from '@/components/content/Pagination';
import { ListScript } from './ListScript';
import { MissingPage } from './MissingPage';
import type { ListPage } from '@/lib/lists';

/**
 * The shell of every filtered list (interventions, news, events, search): filters in a column on
 * wide screens and above the results on phones (first in the document, so also first for the
 * keyboard and a screen reader), and on the right what was found, one page of it, and the pager. A `?pagina=`
 * the list does not have gets a notice with a way back instead of an empty list.
 */
export function FilteredList({
  locale,
  filters,
  status,
  page,
  hrefFor,
  before,
  after,
  children,
}: {
  locale: string;
  filters?: ReactNode;
  /** What was found ("46 interventies"); announced when it changes. */
  status: ReactNode;
  page: ListPage<unknown>;
  hrefFor: (page: number) => string;
  before?: ReactNode;
  after?: ReactNode;
  children: ReactNode;
}) {
  const t = translator(locale);
  return (
    <div className="container-page mt-8 grid gap-x-10 gap-y-6 lg:grid-cols-[18rem_1fr]" data-swap="lijst">
      {filters && <div className="min-w-0 lg:col-start-1 lg:row-start-1">{filters}</div>}
      <div className="min-w-0 space-y-6 lg:col-start-2 lg:row-start-1">
        {before}
        <p role="status" className="text-lg font-semibold">
          {status}
          {page.pageCount > 1 && page.page > 0 && (
            <span className="font-normal text-muted"> · {t('pagination.page', { page: page.page, count: page.pageCount })}</span>
          )}
        </p>
        {page.missing !== undefined ? (
          <MissingPage requested={page.missing} pageCount={page.pageCount} hrefFor={hrefFor} locale={locale} />
        ) : (
          <>
            {children}
            <Pagination page={page.page} pageCount={page.pageCount} hrefFor={hrefFor} locale={locale} />
          </>
        )}
        {after}
      </div>
      <ListScript />
    </div>
  );
}
