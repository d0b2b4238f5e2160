// What the search page offers when a query finds nothing: a place name points to the coordinator
// finder (and to the municipality's own page when it is a GKA municipality); under /en, the
// Dutch words the site is written in.
import { findMunicipality, type FinderIndex } from '../municipalities/finder';
import { urls } from '../urls';

export type PlaceHint = { name: string; finder: string; page?: string };

/**
 * The municipality a query names exactly (its official, other or former name), or undefined: a
 * typo or a word that merely starts a name is no place name here, since the search found nothing
 * for it and guessing would send the visitor elsewhere.
 */
export function placeHint(index: FinderIndex, q: string, gka: readonly { cbsCode: string; slug: string }[]): PlaceHint | undefined {
  const found = findMunicipality(index, q);
  if (found.status !== 'found' || !found.exact) return undefined;
  const { code, name } = found.municipality;
  const own = gka.find((m) => m.cbsCode === code);
  return { name, finder: urls.coordinatorFor(code), page: own ? urls.municipality(own.slug) : undefined };
}
