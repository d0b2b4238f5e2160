// A message for the page after a POST (POST, then redirect): in the address, signed, so a link
// from elsewhere cannot make a staff page say something the site did not say.
import { createHmac, timingSafeEqual } from 'node:crypto';

const MAX = 600;

const signatureOf = (key: string, text: string) => createHmac('sha256', key).update(`melding\n${text}`).digest('base64url').slice(0, 22);

/** `{ melding, teken }` for the redirect's query. */
export function signNotice(key: string, text: string): { melding: string; teken: string } {
  const melding = text.slice(0, MAX);
  return { melding, teken: signatureOf(key, melding) };
}

/** The message when its signature holds; otherwise nothing. */
export function readNotice(key: string, query: Record<string, string | string[] | undefined>): string | undefined {
  const { melding, teken } = query;
  if (typeof melding !== 'string' || typeof teken !== 'string' || melding.length > MAX) return undefined;
  const expected = Buffer.from(signatureOf(key, melding));
  const sent = Buffer.from(teken);
  return expected.length === sent.length && timingSafeEqual(expected, sent) ? melding : undefined;
}
