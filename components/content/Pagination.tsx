import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/** Plain links with ?pagina=N, so paging works without JavaScript and every page can be shared. */
export async function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('pagination');
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  return (
    <nav aria-label={t('label')} className="mt-8">
      <p className="sr-only">{t('page', { page, count: pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className="inline-block px-3 py-2">
              ‹ {t('previous')}
            </Link>
          </li>
        )}
        {pages.map((p) => (
          <li key={p}>
            {p === page ? (
              <span aria-current="page" className="inline-block min-w-10 rounded bg-brand-700 px-3 py-2 text-center font-semibold text-white">
                {p}
              </span>
            ) : (
              <Link href={hrefFor(p)} aria-label={t('goTo', { page: p })} className="inline-block min-w-10 px-3 py-2 text-center">
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className="inline-block px-3 py-2">
              {t('next')} ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
