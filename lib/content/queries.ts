// Pure queries over content documents. They take the documents as arguments so that unit tests
// can run them on fixtures; lib/content/index.ts binds them to the generated content.
import { endInstant, isPast } from '../dates';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Dutch alphabetical order ("'s-Hertogenbosch" sorts under H, as people look for it). */
export function byTitle<T extends { title: string }>(docs: readonly T[]): T[] {
  const key = (t: string) => t.replace(/^'s-/i, '');
  return [...docs].sort((a, b) => collator.compare(key(a.title), key(b.title)));
}

export function newestFirst<T extends { date: string }>(docs: readonly T[]): T[] {
  return [...docs].sort((a, b) => b.date.localeCompare(a.date));
}

export function findBySlug<T extends { slug: string }>(docs: readonly T[], slug: string): T | undefined {
  return docs.find((d) => d.slug === slug);
}

/** News and events are addressed by date and slug; both must match. */
export function findByDateAndSlug<T extends { slug: string }>(
  docs: readonly T[],
  dateOf: (doc: T) => string,
  ymd: { year: string; month: string; day: string },
  slug: string,
): T | undefined {
  const day = `${ymd.year}-${ymd.month}-${ymd.day}`;
  return docs.find((d) => d.slug === slug && dateOf(d).slice(0, 10) === day);
}

export function withTheme<T extends { themes: string[] }>(docs: readonly T[], theme: string): T[] {
  return docs.filter((d) => d.themes.includes(theme));
}

export type Paged<T> = { items: T[]; page: number; pageCount: number; total: number };

/** A page of items; a page number out of range is clamped, never an error. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Paged<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { items: items.slice((current - 1) * perPage, current * perPage), page: current, pageCount, total: items.length };
}

type Dated = { start: string; end?: string };

/** Upcoming events soonest first, then past events most recent first. */
export function splitEvents<T extends Dated>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((e) => !isPast(e.start, e.end, now));
  const past = events.filter((e) => isPast(e.start, e.end, now));
  upcoming.sort((a, b) => a.start.localeCompare(b.start));
  past.sort((a, b) => endInstant(b.start, b.end).getTime() - endInstant(a.start, a.end).getTime());
  return { upcoming, past };
}

export function countBy<T>(docs: readonly T[], keysOf: (doc: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of docs) for (const k of keysOf(d)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * Whether a document is on the site: concepts (draft: true) only in the development server,
 * scheduled documents (publishDate) from that Amsterdam day on.
 */
export function isPublished(doc: { draft?: boolean; publishDate?: string }, today: string, showDrafts: boolean): boolean {
  if (doc.draft && !showDrafts) return false;
  return !doc.publishDate || doc.publishDate <= today;
}

/**
 * The page numbers a pager shows: the first, the last and two either side of the current one,
 * with `null` where numbers are left out. 500 pages stay a short row of links.
 */
export function pageWindow(page: number, pageCount: number, around = 2): (number | null)[] {
  const shown = new Set([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) shown.add(p);
  const out: (number | null)[] = [];
  let last = 0;
  for (const p of [...shown].sort((a, b) => a - b)) {
    if (p - last === 2) out.push(p - 1);
    else if (p - last > 2) out.push(null);
    out.push(p);
    last = p;
  }
  return out;
}

/** The fields of an intervention that its publications (the bundle PDF, open data) use; contentlayer's Intervention fits. */
export type PublishedIntervention = {
  slug: string;
  title: string;
  url: string;
  municipality: string;
  themes: string[];
  schoolTypes: string[];
  targetGroup: string;
  partners: string[];
  summary: string;
  source: string;
};
