import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { pageWindow } from '@/lib/content/queries';

/** Plain links with ?pagina=N, so paging works without JavaScript and every page can be shared. */
export function Pagination({ page, pageCount, hrefFor, locale }: { page: number; pageCount: number; hrefFor: (page: number) => string; locale: string }) {
  if (pageCount <= 1) return null;
  const t = translator(locale);
  return (
    <nav aria-label={t('pagination.label')} className="mt-8">
      <p className="sr-only">{t('pagination.page', { page, count: pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} locale={locale} rel="prev" className="inline-block px-3 py-2">
              ‹ {t('pagination.previous')}
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((p, i) => (
          <li key={p ?? `gap-${i}`}>
            {p === null ? (
              <span aria-hidden="true" className="inline-block px-1 py-2 text-muted">
                …
              </span>
            ) : p === page ? (
              <span aria-current="page" className="inline-block min-w-10 rounded bg-brand-700 px-3 py-2 text-center font-semibold text-white">
                {p}
              </span>
            ) : (
              <Link href={hrefFor(p)} locale={locale} aria-label={t('pagination.goTo', { page: p })} className="inline-block min-w-10 px-3 py-2 text-center">
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} locale={locale} rel="next" className="inline-block px-3 py-2">
              {t('pagination.next')} ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
