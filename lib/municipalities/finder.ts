// "Which municipality do you mean?": matching what people type ("den bosch", "sudwest fryslan",
// "Groningn", "Sneek") to a CBS municipality. Pure and framework-free: the server uses it for the
// form without JavaScript, the browser for the combobox suggestions, with the same index.
import { editDistance } from '../closest';

/** Where the finder's answer is on /regiocoordinatoren: its form and choices lead there, and components/regions/combobox.ts focuses it. */
export const FINDER_ANSWER_ID = 'resultaat';

export type RegisterMunicipality = { code: string; name: string; province: string; point: [number, number] };

/** A name that leads to a municipality: its CBS name, an alternative or the name of a former municipality. */
export type NameEntry = { label: string; code: string; kind: 'official' | 'alternative' | 'former'; since?: number };

export type NameData = {
  former: { municipality: string; since: number; names: string[] }[];
  alternative: { municipality: string; names: string[] }[];
};

type IndexedName = NameEntry & { key: string; words: string[] };

export type FinderIndex = { municipalities: ReadonlyMap<string, RegisterMunicipality>; names: IndexedName[] };

export type Candidate = { municipality: RegisterMunicipality; matched: NameEntry };

export type FinderResult =
  | { status: 'empty' }
  | { status: 'found'; municipality: RegisterMunicipality; matched: NameEntry; exact: boolean }
  | { status: 'choose'; candidates: Candidate[] }
  | { status: 'none' };

/** Case, accents, apostrophes, hyphens and "gemeente" do not matter: "'s-Hertogenbosch" → "s hertogenbosch". */
export function normalizeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^gemeente /, '');
}

const compact = (normalized: string) => normalized.replace(/ /g, '');

/** CBS tells same-named municipalities apart with "(NH.)", "(L.)": people type just "Bergen". */
const DISAMBIGUATOR = /\s*\([A-Z]+\.\)$/;

export function buildFinderIndex(register: readonly RegisterMunicipality[], names: NameData): FinderIndex {
  const municipalities = new Map(register.map((m) => [m.code, m]));
  const byName = new Map(register.map((m) => [m.name, m]));
  const target = (name: string) => {
    const m = byName.get(name);
    if (!m) throw new Error(`gemeentenamen: "${name}" is geen gemeente in de CBS-lijst`);
    return m.code;
  };
  const entries: NameEntry[] = [
    ...register.map((m) => ({ label: m.name, code: m.code, kind: 'official' as const })),
    ...register
      .filter((m) => DISAMBIGUATOR.test(m.name))
      .map((m) => ({ label: m.name.replace(DISAMBIGUATOR, ''), code: m.code, kind: 'alternative' as const })),
    ...names.alternative.flatMap((a) => a.names.map((label) => ({ label, code: target(a.municipality), kind: 'alternative' as const }))),
    ...names.former.flatMap((f) => f.names.map((label) => ({ label, code: target(f.municipality), kind: 'former' as const, since: f.since }))),
  ];
  return {
    municipalities,
    names: entries.map((e) => {
      const normalized = normalizeName(e.label);
      return { ...e, key: compact(normalized), words: normalized.split(' ') };
    }),
  };
}

/** How many typing errors a name of this length may have and still be recognised. */
function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  return 2;
}

const MAX_CHOICES = 12;

function strip({ label, code, kind, since }: IndexedName): NameEntry {
  return since === undefined ? { label, code, kind } : { label, code, kind, since };
}

/** One candidate per municipality, the best name first; official names win over other names. */
function candidates(index: FinderIndex, matches: IndexedName[]): Candidate[] {
  const seen = new Map<string, IndexedName>();
  for (const m of matches) {
    const current = seen.get(m.code);
    if (!current || (current.kind !== 'official' && m.kind === 'official')) seen.set(m.code, m);
  }
  return [...seen.values()].map((m) => ({ municipality: index.municipalities.get(m.code)!, matched: strip(m) }));
}

function decide(list: Candidate[], exact: boolean): FinderResult {
  if (list.length === 1) return { status: 'found', ...list[0], exact };
  const sorted = [...list].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl'));
  return { status: 'choose', candidates: sorted.slice(0, MAX_CHOICES) };
}

export function findMunicipality(index: FinderIndex, query: string): FinderResult {
  const normalized = normalizeName(query.slice(0, 100));
  const key = compact(normalized);
  if (!key) return { status: 'empty' };

  // A CBS code, as the choice links and the combobox send it.
  const byCode = /^gm\d{4}$/.test(key) ? index.municipalities.get(key.toUpperCase()) : undefined;
  if (byCode) return { status: 'found', municipality: byCode, matched: { label: byCode.name, code: byCode.code, kind: 'official' }, exact: true };

  const exact = index.names.filter((n) => n.key === key);
  if (exact.length > 0) return decide(candidates(index, exact), true);

  // Likely typos ("Groningn") and names that start with the text ("utrechtse", "alphen") or have a
  // word that does ("heuvelrug") count together: "Capelle" is one letter from Kapelle but also the
  // start of Capelle aan den IJssel, so both are offered. Former names only match when typed in
  // full: "Haaren" must not become Haren, now part of Groningen.
  const edits = allowedEdits(key.length);
  let near: IndexedName[] = [];
  if (edits > 0) {
    let best = Infinity;
    for (const n of index.names) {
      if (n.kind === 'former' || Math.abs(n.key.length - key.length) > edits) continue;
      const d = editDistance(key, n.key);
      if (d > edits || d > best) continue;
      if (d < best) [best, near] = [d, []];
      near.push(n);
    }
  }
  const starts = key.length >= 3 ? index.names.filter((n) => n.key.startsWith(key) || n.words.some((w) => w.startsWith(normalized))) : [];
  const found = candidates(index, [...near, ...starts]);
  return found.length > 0 ? decide(found, false) : { status: 'none' };
}

export type Suggestion = { code: string; name: string; province: string; matched: NameEntry };

/**
 * Suggestions while typing: names that start with the text first, then names with a word that
 * starts with it, then likely typos. One per municipality.
 */
export function suggestMunicipalities(index: FinderIndex, query: string, limit = 8): Suggestion[] {
  const normalized = normalizeName(query.slice(0, 100));
  const key = compact(normalized);
  if (!key) return [];
  const edits = key.length >= 5 ? allowedEdits(key.length) : 0;
  const ranked: { name: IndexedName; rank: number }[] = [];
  for (const n of index.names) {
    let rank: number;
    if (n.key === key) rank = 0;
    else if (n.key.startsWith(key)) rank = 1;
    else if (n.words.some((w) => w.startsWith(normalized))) rank = 2;
    else if (edits > 0 && Math.abs(n.key.length - key.length) <= edits && editDistance(key, n.key) <= edits) rank = 3;
    else if (edits > 0 && editDistance(key, n.key.slice(0, key.length)) <= edits) rank = 4;
    else continue;
    ranked.push({ name: n, rank });
  }
  ranked.sort(
    (a, b) => a.rank - b.rank || Number(b.name.kind === 'official') - Number(a.name.kind === 'official') || a.name.label.localeCompare(b.name.label, 'nl'),
  );
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const { name } of ranked) {
    if (seen.has(name.code)) continue;
    seen.add(name.code);
    const m = index.municipalities.get(name.code)!;
    out.push({ code: m.code, name: m.name, province: m.province, matched: strip(name) });
    if (out.length === limit) break;
  }
  return out;
}
