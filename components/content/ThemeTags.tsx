import { Link } from '@/components/ui/Link';
import { contentLang } from '@/components/ui/Dutch';

/** The themes of a document, as links (`content.themesOf(doc.themes)`: only published themes). */
export function ThemeTags({ themes, locale }: { themes: readonly { slug: string; url: string; title: string }[]; locale: string }) {
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
