import { Link } from '@/components/ui/Link';
import { contentLang } from '@/components/ui/Dutch';

type Linked = { slug: string; url: string; title: string };

/** Names that link to their pages, in a row that wraps: the municipalities of a theme, a region or a news item. */
export function LinkRow({ locale, items, className }: { locale: string; items: readonly Linked[]; className?: string }) {
  return (
    <ul lang={contentLang(locale)} className={`flex flex-wrap gap-x-4 gap-y-2 ${className ?? ''}`}>
      {items.map((item) => (
        <li key={item.slug}>
          <Link locale={locale} href={item.url}>
            {item.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
