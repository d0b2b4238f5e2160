import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';

/** The chosen filters as links that remove them one by one. */
export function ActiveFilters({ items, locale }: { items: { label: string; removeHref: string }[]; locale: string }) {
  if (items.length === 0) return null;
  const t = translator(locale);
  return (
    <div className="mb-4">
      <h2 className="sr-only">{t('search.activeFilters')}</h2>
      <ul className="flex flex-wrap gap-2">
        {items.map((i) => (
          <li key={i.removeHref}>
            <Link
              href={i.removeHref}
              locale={locale}
              aria-label={t('search.remove', { label: i.label })}
              className="inline-flex items-center gap-2 rounded-full bg-brand-100 px-3 py-1 text-sm text-ink no-underline hover:underline"
            >
              {i.label} <span aria-hidden="true">✕</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
