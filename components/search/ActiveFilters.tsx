import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/** The chosen filters as links that remove them one by one. */
export async function ActiveFilters({ items }: { items: { label: string; removeHref: string }[] }) {
  if (items.length === 0) return null;
  const t = await getTranslations('search');
  return (
    <div className="mb-4">
      <h2 className="sr-only">{t('activeFilters')}</h2>
      <ul className="flex flex-wrap gap-2">
        {items.map((i) => (
          <li key={i.removeHref}>
            <Link
              href={i.removeHref}
              aria-label={t('remove', { label: i.label })}
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
