// What the alert pages of Next share: the holder of a link (`?code=`), or a redirect to the page
// that says why the link does not work, with its 4xx (components/pages/alerts.tsx); and their
// metadata, never indexed (the pages hold an address or a personal form).
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { linkHolder } from '@/lib/alerts/requests';
import { selectionTitle } from '@/lib/alerts';
import { currentContent } from '@/lib/content';
import type { AlertToken } from '@/lib/alerts/tokens';
import { database } from '@/lib/db';
import { first, type RawQuery } from '@/lib/http/query';
import { secretFor } from '@/lib/secret';
import { pageMetadata } from '@/lib/seo/metadata';
import { localized, urls } from '@/lib/urls';

export async function holderOf<U extends AlertToken['use']>(query: RawQuery, use: U, locale: string) {
  await connection();
  const now = new Date();
  const db = await database();
  const held = await linkHolder(db, secretFor('e-mailmeldingen'), first(query, 'code'), use, now);
  if (!held.ok) redirect(localized(urls.alertProblem(held.reason), locale));
  return { ...held, db, now, code: first(query, 'code') };
}

export const alertMetadata = (title: string, path: string): Metadata => pageMetadata({ title, path, kind: 'home', noindex: true });

/** A subscription's selection named in the page's language, from the content served now. */
export const titleOf = (address: string, locale: string) => selectionTitle(currentContent(), address, locale === 'en' ? 'en' : 'nl');
