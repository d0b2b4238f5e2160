import { Link } from '@/components/ui/Link';
import { themesOf } from '@/lib/content';
import { contentLang } from '@/components/ui/Dutch';

export function ThemeTags({ slugs, locale }: { slugs: readonly string[]; locale: string }) {
  const themes = themesOf(slugs);
  if (themes.length === 0) return null;
  return (
    <ul lang={contentLang(locale)} className="flex flex-wrap gap-2">
      {themes.map((t) => (
        <li key={t.slug}>
          <Link href={t.url} locale={locale} className="inline-block rounded-full border border-brand-600 px-3 py-0.5 text-sm no-underline hover:underline">
            {t.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
