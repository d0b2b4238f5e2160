import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['nl', 'en'],
  defaultLocale: 'nl',
  localePrefix: 'as-needed',
  // Dutch is the site's language; English is only chosen by following a link to /en.
  // No locale cookie: the portal sets no cookies at all (see /privacy).
  localeDetection: false,
  localeCookie: false,
  // No hreflang Link header: the English pages only translate the interface, and their canonical
  // address is the Dutch page (lib/seo/metadata.ts).
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
