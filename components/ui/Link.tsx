import type { AnchorHTMLAttributes } from 'react';
import { localized } from '@/lib/urls';

/**
 * An internal link: a plain anchor with the locale prefix (`/en/…`). Navigation is a full page
 * load of a page that comes from memory; there is no client-side router to keep in step.
 */
export function Link({ href, locale, ...rest }: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string; locale: string }) {
  return <a href={localized(href, locale)} {...rest} />;
}
