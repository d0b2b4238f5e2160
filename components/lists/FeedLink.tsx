import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { urls } from '@/lib/urls';

/**
 * What a page offers to follow by e-mail: its own address and the link's words. The sign-up page
 * makes the address canonical (lib/alerts selectionOf) and redirects to it, so a list page does
 * not run its selection a second time for a link most visitors never follow.
 */
export type AlertOffer = { address: string; label: string };

/**
 * The ways to follow exactly what is on screen: "Volg deze selectie", its RSS feed, and "E-mail bij
 * nieuwe …", its e-mail alerts (the sign-up page of the same selection).
 */
export function FeedLink({ feed, alert, locale }: { feed?: string; alert?: AlertOffer; locale: string }) {
  return (
    <ul className="mt-6 space-y-2">
      {feed && (
        <li>
          <a href={feed} type="application/rss+xml" className="inline-flex items-center gap-2">
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 shrink-0 fill-accent-500">
              <circle cx="3" cy="13" r="2" />
              <path d="M1 6a9 9 0 0 1 9 9H8a7 7 0 0 0-7-7zM1 1a14 14 0 0 1 14 14h-2A12 12 0 0 0 1 3z" />
            </svg>
            {translator(locale)('common.feed')}
          </a>
        </li>
      )}
      {alert && (
        <li>
          <Link locale={locale} href={urls.alertSignup(alert.address)} className="inline-flex items-center gap-2">
            <svg aria-hidden="true" viewBox="0 0 16 16" fill="none" strokeWidth="1.5" className="size-4 shrink-0 stroke-accent-500">
              <rect x="1.5" y="3.5" width="13" height="9" rx="1" />
              <path d="m2 4.5 6 4.5 6-4.5" />
            </svg>
            {alert.label}
          </Link>
        </li>
      )}
    </ul>
  );
}
