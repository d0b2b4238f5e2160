// What browsers and shared caches (nginx in deploy/, a CDN) may keep, per kind of answer. Browsers
// always ask again (max-age=0) and get a 304 when the ETag still matches; a shared cache may answer
// for a while without asking (s-maxage), then must revalidate, so a publish or a clock transition
// reaches visitors within that time.

/** Files that change only with a new build or a new image: five minutes in a shared cache. */
export const PRERENDERED_SHARED_SECONDS = 300;
/**
 * Every answer from the content (pages, feeds, sitemap, open data) changes with a publish, at any
 * moment: a shared cache keeps it a few seconds, then asks again (a 304 from the server's memory
 * when nothing changed), so a publish reaches visitors through nginx within seconds too.
 */
export const RENDERED_SHARED_SECONDS = 5;

/** Never kept by anyone: a form with its own token, /beheer, a confirmation with its reference. */
export const PERSONAL = 'private, no-store';

export const prerendered = () => `public, max-age=0, s-maxage=${PRERENDERED_SHARED_SECONDS}, must-revalidate`;

/**
 * A rendered answer valid until `validUntil` (the next clock transition): a shared cache keeps it
 * a few seconds at most, and never past the moment it changes.
 */
export function rendered(now: number, validUntil: number): string {
  const seconds = Math.max(0, Math.min(RENDERED_SHARED_SECONDS, Math.floor((validUntil - now) / 1000)));
  return `public, max-age=0, s-maxage=${seconds}, must-revalidate`;
}

/**
 * Next marks what it prerendered `s-maxage=31536000`: a year in a shared cache, also for the
 * client router's payloads of the home page, which changes with the clock. Anything public that
 * Next sends for shared caches is kept as briefly as a rendered page; what is private stays so.
 */
export function fromNext(value: string): string {
  if (/\b(private|no-store)\b/i.test(value) || !/\bs-maxage=/i.test(value)) return value;
  return `public, max-age=0, s-maxage=${RENDERED_SHARED_SECONDS}, must-revalidate`;
}
