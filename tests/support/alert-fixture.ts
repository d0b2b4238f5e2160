// Generated alert subscribers for the bench (scripts/bench/alerts.*), the production proof and
// tests: never real people (abonnee-000123@voorbeeld.invalid, a domain that cannot exist, RFC 2606).
// The selections are real canonical addresses built from the content (lib/alerts/selection.ts),
// each seeded with its current items as subscribing does; subscribers are inserted in bulk by the
// database (generate_series, unnest), not one round trip each.
import type { Database } from '@/lib/db';
import { openRelease, type Release, type Snapshot } from '@/lib/content';
import { selectionItems, selectionOf, type AlertSelection } from '@/lib/alerts/selection';
import { PROVINCES, SCHOOL_TYPES } from '@/lib/vocabulary';
import { toAmsterdamDay } from '@/lib/dates';

/** The address of the k-th generated subscriber (from 1), in SQL: abonnee-000123@voorbeeld.invalid. */
const EMAIL_SQL = `'abonnee-' || lpad(k::text, 6, '0') || '@voorbeeld.invalid'`;

/**
 * How often the k-th subscriber wants mail: of every ten, seven direct, two a daily and one a
 * weekly digest, so every selection gets the same mix.
 */
const FREQUENCY_SQL = `case when k % 10 < 7 then 'direct' when k % 10 < 9 then 'dagelijks' else 'wekelijks' end`;

/** Words of at least five letters in the content's titles: what visitors search for. */
function searchWords(content: Snapshot): string[] {
  const titles = [...content.news, ...content.interventions, ...content.publications, ...content.events, ...content.themes, ...content.podcastEpisodes].map(
    (d) => d.title,
  );
  return [...new Set(titles.flatMap((t) => t.toLowerCase().match(/\p{L}{5,}/gu) ?? []))].sort();
}

/**
 * `count` distinct selections of the content: the lists, every theme and municipality page, and
 * lists with one or two filters or search words, taken in turn from each kind so that any prefix
 * holds a mix. Canonical (selectionOf): two ways of writing one selection count once.
 */
export function fixtureSelections(content: Snapshot, count: number): AlertSelection[] {
  const themes = content.themes.map((t) => t.slug);
  const places = content.municipalities.map((m) => m.slug);
  const words = searchWords(content);
  const years = [...new Set(content.news.map((n) => n.date.slice(0, 4)))];
  const pairs = <A, B>(as: A[], bs: B[]) => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
  const kinds: string[][] = [
    ['/actueel/nieuws', '/actueel/activiteiten', '/interventies', '/publicaties', '/actueel/podcast'],
    themes.map((t) => `/themas/${t}`),
    places.map((m) => `/gemeenten/${m}`),
    themes.flatMap((t) => [`/actueel/nieuws?thema=${t}`, `/interventies?thema=${t}`, `/publicaties?thema=${t}`, `/zoeken?thema=${t}`]),
    words.flatMap((w) => [`/zoeken?q=${encodeURIComponent(w)}`, `/interventies?q=${encodeURIComponent(w)}`]),
    [...places.map((m) => `/interventies?gemeente=${m}`), ...PROVINCES.map((p) => `/interventies?provincie=${encodeURIComponent(p)}`)],
    pairs(themes, [...SCHOOL_TYPES]).map(([t, s]) => `/interventies?onderwijstype=${s}&thema=${t}`),
    pairs(themes, years).map(([t, y]) => `/actueel/nieuws?jaar=${y}&thema=${t}`),
    pairs(themes, [...PROVINCES]).map(([t, p]) => `/interventies?provincie=${encodeURIComponent(p)}&thema=${t}`),
    pairs(themes, places).map(([t, m]) => `/interventies?gemeente=${m}&thema=${t}`),
    pairs(words, ['nieuws', 'interventie']).map(([w, type]) => `/zoeken?q=${encodeURIComponent(w)}&type=${type}`),
  ];
  const found = new Map<string, AlertSelection>();
  for (let i = 0; found.size < count && kinds.some((k) => i < k.length); i++) {
    for (const kind of kinds) {
      if (i >= kind.length || found.size >= count) continue;
      const made = selectionOf(content, kind[i]);
      if (made.ok) found.set(made.selection.address, made.selection);
    }
  }
  if (found.size < count) throw new Error(`de inhoud geeft ${found.size} selecties, niet ${count}`);
  return [...found.values()];
}

/** The selections stored with their current items, as subscribing makes them; their ids, in order. */
export async function seedSelections(db: Database, content: Snapshot, selections: AlertSelection[], now: Date): Promise<string[]> {
  const rows = await db.query<{ id: string; address: string }>(
    'insert into alert_selections (address, title) select * from unnest($1::text[], $2::text[]) returning id::text as id, address',
    [selections.map((s) => s.address), selections.map((s) => s.title)],
  );
  const byAddress = new Map(rows.map((r) => [r.address, r.id]));
  const ids = selections.map((s) => byAddress.get(s.address)!);
  const pairs = selections.flatMap((s, i) => selectionItems(content, s.address, now).map((item) => [ids[i], item.url]));
  await db.query('insert into alert_selection_items (selection_id, item) select * from unnest($1::bigint[], $2::text[]) on conflict do nothing', [
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
  ]);
  return ids;
}

/**
 * `counts[i]` confirmed subscribers of selection `ids[i]`, each an address of its own
 * (abonnee-000001@voorbeeld.invalid from `first` = 1 on), with the frequency mix of FREQUENCY_SQL and
 * one in twenty in English. Two statements, whatever the count.
 */
export async function seedSubscribers(db: Database, ids: string[], counts: number[], { first = 1 } = {}): Promise<number> {
  const total = counts.reduce((a, b) => a + b, 0);
  await db.query(
    `insert into alert_addresses (email)
     select ${EMAIL_SQL} from generate_series($1::int, $2::int) as k`,
    [first, first + total - 1],
  );
  await db.query(
    `with slots as (
       select s.id, $3::int - 1 + row_number() over (order by s.n, g) as k
       from unnest($1::bigint[], $2::int[]) with ordinality as s (id, count, n), generate_series(1, s.count) as g
     )
     insert into alert_subscriptions (address_id, selection_id, frequency, locale, confirmed_at)
     select a.id, slots.id, ${FREQUENCY_SQL}, case when k % 20 = 19 then 'en' else 'nl' end, now()
     from slots join alert_addresses a on a.email = ${EMAIL_SQL}`,
    [ids, counts, first],
  );
  return total;
}

/**
 * A publish: `release` with one news item and one intervention more, copies of the published ones
 * on the most themes (their themes, municipalities and words) under a new address, dated the
 * Amsterdam day of `now`. A new Release each call: nothing derived from one (its search index,
 * its lists) is shared with another.
 */
export function releaseWithNews(release: Release, now: Date, tag: string): Release {
  const published = release.at(now);
  const day = toAmsterdamDay(now);
  const widest = <T extends { themes: string[] }>(docs: T[]) => [...docs].sort((a, b) => b.themes.length - a.themes.length)[0];
  const news = widest(published.news);
  const intervention = widest(published.interventions);
  const slug = `meldingenbench-${tag}`;
  const { documents } = release;
  return openRelease({
    id: `${release.id}+${tag}`,
    createdAt: now.toISOString(),
    documents: {
      ...documents,
      news: [
        ...documents.news,
        {
          ...news,
          slug,
          date: day,
          publishDate: undefined,
          legacyPaths: [],
          url: `/actueel/nieuws/${day.replaceAll('-', '/')}/${slug}`,
          title: `${news.title} (${tag})`,
        },
      ],
      interventions: [
        ...documents.interventions,
        { ...intervention, slug, date: day, publishDate: undefined, url: `/interventies/${slug}`, title: `${intervention.title} (${tag})` },
      ],
    },
  });
}

/** The selections (by index) whose items in `after` include one that `before` does not have. */
export function selectionsWithNewItems(before: Snapshot, after: Snapshot, selections: AlertSelection[], now: Date): boolean[] {
  return selections.map((s) => {
    const had = new Set(selectionItems(before, s.address, now).map((i) => i.url));
    return selectionItems(after, s.address, now).some((i) => !had.has(i.url));
  });
}

/**
 * `total` subscribers over the selections, exactly `matched` of them on those where `hit` is true
 * and the rest on the others; within each group the earlier selections (the broad ones first, see
 * fixtureSelections) get more, as popular lists do (weight 1/√rank).
 */
export function spreadSubscribers(hit: boolean[], total: number, matched: number): number[] {
  const counts = hit.map(() => 0);
  const share = (indexes: number[], n: number) => {
    if (n > 0 && indexes.length === 0) throw new Error('geen selecties om abonnees over te verdelen');
    const weights = indexes.map((_, rank) => 1 / Math.sqrt(rank + 1));
    const sum = weights.reduce((a, b) => a + b, 0);
    const exact = weights.map((w) => (w / sum) * n);
    indexes.forEach((i, r) => (counts[i] = Math.floor(exact[r])));
    // Largest remainders first, until the group holds exactly n.
    const left = n - indexes.reduce((a, i) => a + counts[i], 0);
    const order = indexes.map((i, r) => [i, exact[r] - Math.floor(exact[r])] as const).sort((a, b) => b[1] - a[1]);
    for (let k = 0; k < left; k++) counts[order[k][0]]++;
  };
  share(
    hit.flatMap((h, i) => (h ? [i] : [])),
    matched,
  );
  share(
    hit.flatMap((h, i) => (h ? [] : [i])),
    total - matched,
  );
  return counts;
}
