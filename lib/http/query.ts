// Query strings come from outside. Every page, feed and endpoint reads its parameters through
// this module (zod underneath): a value that is missing, repeated, too long or nonsense becomes a
// safe default or is dropped and named, never an error page. It also gives each page the
// canonical form of its query string: the key under which the production server keeps a render.
import { z } from 'zod';

/** A query string as Next hands it to pages (and `queryRecord` makes of a request's URL). */
export type RawQuery = Record<string, string | string[] | undefined>;

export function queryRecord(url: URL): Record<string, string[]> {
  const raw: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) (raw[k] ??= []).push(v);
  return raw;
}

const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().transform((s) => s.trim())).catch([]));

/** Every value of a parameter, trimmed, whatever the query string held. */
export const values = (raw: RawQuery, name: string): string[] => list.parse(raw[name]);

/** The first value of a parameter, or ''. */
export const first = (raw: RawQuery, name: string): string => values(raw, name)[0] ?? '';

/** Cut to `max` characters (code points, not UTF-16 halves). */
const cut = (s: string, max: number) => [...s].slice(0, max).join('');

const freeText = z.string().transform((s) =>
  s
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** Typed text (a search): control and format characters gone, spaces collapsed, at most `max`. */
export function text(raw: RawQuery, name: string, max: number): { value: string; truncated: boolean } {
  const full = freeText.parse(first(raw, name));
  return { value: cut(full, max), truncated: [...full].length > max };
}

/** One of a fixed set of values, else `fallback`. */
export function choice<const T extends string, F extends T | undefined>(raw: RawQuery, name: string, allowed: readonly T[], fallback: F): T | F {
  return (
    z
      .enum(allowed as unknown as [T, ...T[]])
      .catch(fallback as T)
      .parse(first(raw, name) || undefined) ?? fallback
  );
}

/** A value that must match a pattern (an id, a reference), else undefined. */
export function matching(raw: RawQuery, name: string, pattern: RegExp, normalise: (s: string) => string = (s) => s): string | undefined {
  const parsed = z
    .string()
    .regex(pattern)
    .safeParse(normalise(first(raw, name)));
  return parsed.success ? parsed.data : undefined;
}

/** A whole number: `fallback` when it is none or below `min`, at most `max`. */
export function integer(raw: RawQuery, name: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  const given = first(raw, name);
  const n = /^\d{1,9}$/.test(given) ? Number(given) : NaN;
  return n >= min ? Math.min(max, n) : fallback;
}

/** `?pagina=3` → 3; anything else (missing, "abc", "-1", "1e9") → 1: where a page number is only a hint (the API). */
export const pageNumber = (raw: RawQuery) => integer(raw, 'pagina', { min: 1, max: 100_000, fallback: 1 });

/** `?pagina=` as given (cut to 20 characters) and as a page number when it is one (1 to 999,999). */
export function page(raw: RawQuery): { given: string; n?: number } {
  const given = cut(first(raw, 'pagina'), 20);
  return /^[1-9]\d{0,5}$/.test(given) ? { given, n: Number(given) } : { given };
}

export type Selection = Record<string, string[]>;

/**
 * Facet selections (`thema=armoede&thema=taal`), keeping only known values, in the order of the
 * vocabulary: `thema=b&thema=a` and `thema=a&thema=b` are the same selection and the same page.
 * Unknown values are named (`thema=<value>`, cut to 60 characters), so the page can say so.
 */
export function selection(raw: RawQuery, allowed: Record<string, readonly string[]>): { selection: Selection; ignored: string[] } {
  const chosen: Selection = {};
  const ignored: string[] = [];
  for (const [name, known] of Object.entries(allowed)) {
    const given = new Set(values(raw, name).filter(Boolean));
    const kept = known.filter((v) => given.has(v));
    for (const v of [...given].sort()) if (!known.includes(v)) ignored.push(`${name}=${cut(v, 60)}`);
    if (kept.length) chosen[name] = kept;
  }
  return { selection: chosen, ignored };
}

/** A selection (and a few single values) as a query string, `?` included, or ''. */
export function selectionQuery(chosen: Selection, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  for (const [name, vs] of Object.entries(chosen)) for (const v of vs) params.append(name, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

// Pages read at most 200 characters of a value; longer ones still make distinct keys.
export const MAX_QUERY_LENGTH = 200;
const MAX_KEY_VALUE = 500;

export type ParamSpec = Readonly<Record<string, 'one' | 'many'>>;

/**
 * The canonical query string of a request for a page that reads `spec`: unknown parameters
 * dropped, names sorted, a single parameter's first value, a list's values deduplicated and
 * sorted. Two addresses with the same key are the same page.
 */
export function canonicalQuery(params: URLSearchParams, spec: ParamSpec): string {
  const out: [string, string][] = [];
  for (const name of Object.keys(spec).sort()) {
    const vs = params
      .getAll(name)
      .map((v) => v.trim().slice(0, MAX_KEY_VALUE))
      .filter(Boolean);
    if (vs.length === 0) continue;
    if (spec[name] === 'one') out.push([name, vs[0]]);
    else for (const v of [...new Set(vs)].sort()) out.push([name, v]);
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

// The small pages with a parameter of their own.

/** The finder: `?gemeente=` as typed, at most 100 characters. */
const MAX_FINDER_QUERY = 100;
export const finderQuery = (raw: RawQuery) => cut(first(raw, 'gemeente'), MAX_FINDER_QUERY).trim();

/** A form page: only the id of a form that came back with errors (`?poging=`). */
export const attemptParam = (raw: RawQuery) => matching(raw, 'poging', /^[A-Za-z0-9_-]{22}$/);

/** `?kenmerk=GKA-7K3M-9QXW` on the confirmation page; lower case and spaces forgiven. */
export const referenceParam = (raw: RawQuery) => matching(raw, 'kenmerk', /^GKA-[0-9A-Z]{4}-[0-9A-Z]{4}$/, (s) => s.toUpperCase());

const REFUSALS = ['token', 'origin', 'form', 'tooLarge', 'format', 'rateLimited'] as const;
/** `?reden=` on the refusal page; anything else reads as a token problem. */
export const refusalParam = (raw: RawQuery) => choice(raw, 'reden', REFUSALS, 'token');
