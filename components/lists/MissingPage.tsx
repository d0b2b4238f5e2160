import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { Notice } from '@/components/ui/Notice';

/** For a `?pagina=` a list does not have: what happened and the way back, never an empty page. */
export function MissingPage({
  requested,
  pageCount,
  hrefFor,
  locale,
  id,
}: {
  requested: string;
  pageCount: number;
  hrefFor: (page: number) => string;
  locale: string;
  id?: string;
}) {
  const t = translator(locale);
  return (
    <Notice id={id}>
      <h2 className="text-lg font-bold">{t('pagination.missingTitle')}</h2>
      <p className="mt-1">{t('pagination.missing', { page: requested, count: pageCount })}</p>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <Link href={hrefFor(1)} locale={locale}>
            {t('pagination.toFirst')}
          </Link>
        </li>
        {pageCount > 1 && (
          <li>
            <Link href={hrefFor(pageCount)} locale={locale}>
              {t('pagination.toLast', { count: pageCount })}
            </Link>
          </li>
        )}
      </ul>
    </Notice>
  );
}
