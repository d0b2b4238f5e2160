import { translator } from '@/i18n/translate';

/** "Volg deze selectie": the RSS feed of exactly the list on screen. */
export function FeedLink({ href, locale }: { href: string; locale: string }) {
  return (
    <p className="mt-6">
      <a href={href} type="application/rss+xml" className="inline-flex items-center gap-2">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-accent-500">
          <circle cx="3" cy="13" r="2" />
          <path d="M1 6a9 9 0 0 1 9 9H8a7 7 0 0 0-7-7zM1 1a14 14 0 0 1 14 14h-2A12 12 0 0 0 1 3z" />
        </svg>
        {translator(locale)('common.feed')}
      </a>
    </p>
  );
}
