// The parameters a page reads, and the canonical form of a query string for it: the key under
// which the production server keeps a rendered page. Two addresses with the same key must be the
// same page, so pages read only these parameters, take the first value of a single one and do not
// depend on the order of a list's values (lib/facets parseSelection).

export type ParamSpec = Readonly<Record<string, 'one' | 'many'>>;

/** No page shows more than 200 characters of a value; longer ones still make distinct keys. */
const MAX_VALUE = 500;

export function canonicalQuery(params: URLSearchParams, spec: ParamSpec): string {
  const out: [string, string][] = [];
  for (const name of Object.keys(spec).sort()) {
    const values = params
      .getAll(name)
      .map((v) => v.trim().slice(0, MAX_VALUE))
      .filter(Boolean);
    if (values.length === 0) continue;
    if (spec[name] === 'one') out.push([name, values[0]]);
    else for (const v of [...new Set(values)].sort()) out.push([name, v]);
  }
  return new URLSearchParams(out).toString();
}

const FILTERS = { thema: 'many', gemeente: 'many', provincie: 'many', onderwijstype: 'many' } as const;

/** What each list and search page reads from its query string. */
export const PAGE_PARAMS = {
  interventions: { q: 'one', sorteer: 'one', pagina: 'one', regio: 'many', doelgroep: 'many', bewijsniveau: 'many', ...FILTERS },
  search: { q: 'one', pagina: 'one', type: 'many', jaar: 'many', ...FILTERS },
  searchApi: { q: 'one', pagina: 'one', per_pagina: 'one', type: 'many', jaar: 'many', ...FILTERS },
  news: { pagina: 'one', jaar: 'many', thema: 'many' },
  events: { pagina: 'one', wanneer: 'many', doelgroep: 'many' },
  municipalities: { pagina: 'one', provincie: 'many', regio: 'many', thema: 'many' },
  coordinators: { gemeente: 'one' },
} as const satisfies Record<string, ParamSpec>;
