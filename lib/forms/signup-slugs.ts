// Which sign-up forms exist, for the locale proxy: read from the content build's small per-type
// files, so the proxy does not carry the whole site's content. The proxy answers other
// /aanmelden/… addresses with a real 404 (a dynamic page cannot: see app/(site)/[locale]/layout.tsx).
import agendas from '../../.contentlayer/generated/Agenda/_index.json';
import events from '../../.contentlayer/generated/Event/_index.json';
import pages from '../../.contentlayer/generated/Page/_index.json';

type Doc = { slug: string; registration?: { form?: string[] } };

const SIGNUP_SLUGS: ReadonlySet<string> = new Set(([...agendas, ...events, ...pages] as Doc[]).filter((d) => d.registration?.form).map((d) => d.slug));

const SIGNUP_PATH = /^(?:\/en)?\/aanmelden\/([^/]*)\/?$/;

/** True for /aanmelden/<slug> (or /en/…) when no content asks for that sign-up. */
export function isUnknownSignup(pathname: string): boolean {
  const match = SIGNUP_PATH.exec(pathname);
  if (!match) return false;
  try {
    return !SIGNUP_SLUGS.has(decodeURIComponent(match[1]));
  } catch {
    return true;
  }
}
