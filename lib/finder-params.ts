// The finder's query string (?gemeente=…), read with zod like every other search parameter: a
// list, an array or garbage gives a string of at most 100 characters, never an error page.
import { paramList } from './lists/facets';

export const MAX_FINDER_QUERY = 100;

export function finderQuery(raw: Record<string, string | string[] | undefined>): string {
  return [...(paramList.parse(raw.gemeente)[0] ?? '')].slice(0, MAX_FINDER_QUERY).join('').trim();
}
