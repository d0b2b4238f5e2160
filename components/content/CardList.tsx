import type { ReactNode } from 'react';
import { Link } from '@/components/ui/Link';
import { contentLang } from '@/components/ui/Dutch';

export type CardItem = {
  href: string;
  title: string;
  meta?: ReactNode;
  summary?: string;
  /** Title and summary are interface text, not content (Dutch on every locale, the default). */
  ui?: boolean;
};

/**
 * The one list of linked items used by every overview. `headingLevel` keeps the outline right:
 * h2 directly below the page title, h3 inside a titled section.
 */
export function CardList({ items, locale, headingLevel = 2, columns = 1 }: { items: CardItem[]; locale: string; headingLevel?: 2 | 3; columns?: 1 | 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const grid = columns === 3 ? 'sm:grid-cols-2 lg:grid-cols-3' : columns === 2 ? 'sm:grid-cols-2' : '';
  return (
    <ul className={`grid gap-4 ${grid}`}>
      {items.map((item) => (
        <li key={item.href} className="relative flex flex-col rounded-md border border-brand-100 bg-white p-5 shadow-sm hover:border-brand-600">
          <Heading className="text-lg font-semibold leading-snug">
            <Link href={item.href} locale={locale} lang={item.ui ? undefined : contentLang(locale)} className="after:absolute after:inset-0">
              {item.title}
            </Link>
          </Heading>
          {item.meta && <div className="mt-1 text-sm text-muted">{item.meta}</div>}
          {item.summary && <p lang={item.ui ? undefined : contentLang(locale)} className="mt-2">{item.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
