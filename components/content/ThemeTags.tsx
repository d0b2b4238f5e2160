import { Link } from '@/i18n/navigation';
import { themesOf } from '@/lib/content';

export function ThemeTags({ slugs }: { slugs: readonly string[] }) {
  const themes = themesOf(slugs);
  if (themes.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2">
      {themes.map((t) => (
        <li key={t.slug}>
          <Link href={t.url} className="inline-block rounded-full border border-brand-600 px-3 py-0.5 text-sm no-underline hover:underline">
            {t.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
