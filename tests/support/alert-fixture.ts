// Generated alert subscribers for the bench (scripts/bench/alerts.*), the production proof and
// tests: never real people (abonnee-000123@voorbeeld.invalid, a domain that cannot exist, RFC 2606).
// The selections are real canonical addresses built from the content (lib/alerts/selection.ts),
// each seeded with its current items as subscribing does; subscribers are inserted in bulk by the
// database (generate_series, unnest), not one round trip each.
import type { Database } from '@/lib/db';
import { bundledRelease, openRelease, type Release, type Snapshot } from '@/lib/content';
import { selectionItems, selectionOf } from '@/lib/alerts';
import type { AlertSelection } from '@/lib/alerts/items';
import { PROVINCES, SCHOOL_TYPES } from '@/lib/vocabulary';
import { toAmsterdamDay } from '@/lib/dates';
import type { Frequency } from '@/lib/alerts/items';

/** The address of the k-th generated subscriber (from 1), in SQL: abonnee-000123@voorbeeld.invalid. */
const EMAIL_SQL = `'abonnee-' || lpad(k::text, 6, '0') || '@voorbeeld.invalid'`;

/**
 * How often the k-th subscriber wants mail: of every ten, seven direct, two a daily and one a
 * weekly digest, so every selection gets the same mix.
 */
const FREQUENCY_MIX_SQL = `case when k % 10 < 7 then 'direct' when k % 10 < 9 then 'dagelijks' else 'wekelijks' end`;

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
 * (abonnee-000001@voorbeeld.invalid from `first` = 1 on), with the frequency mix of
 * FREQUENCY_MIX_SQL unless `frequency` is given, and one in twenty in English. Two statements,
 * whatever the count.
 */
export async function seedSubscribers(
  db: Database,
  ids: string[],
  counts: number[],
  { first = 1, frequency }: { first?: number; frequency?: Frequency } = {},
): Promise<number> {
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
     select a.id, slots.id, ${frequency ? `'${frequency}'` : FREQUENCY_MIX_SQL}, case when k % 20 = 19 then 'en' else 'nl' end, now()
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

/**
 * Subscribers of a running site (the production proof): `subscribers` confirmed direct ones over
 * `selections` selections of the built content, which a fresh installation serves until its first
 * publish, each selection seeded with its items there.
 */
export async function seedSiteSubscribers(db: Database, { selections, subscribers }: { selections: number; subscribers: number }, now = new Date()) {
  const before = bundledRelease.at(now);
  const chosen = fixtureSelections(before, selections);
  const ids = await seedSelections(db, before, chosen, now);
  await seedSubscribers(
    db,
    ids,
    spreadSubscribers(
      chosen.map(() => true),
      subscribers,
      subscribers,
    ),
    { frequency: 'direct' },
  );
}

/**
 * What the direct subscribers of a fresh installation must be sent once `published` (a release as
 * the store holds it) replaced the built content: per confirmed direct subscription (by id), the
 * items its selection holds there and did not before; and every item address of `published`, to
 * tell an item's link in a mail from the others.
 */
export async function expectedAlertItems(
  db: Database,
  published: { id: string; createdAt: string; documents: Release['documents'] },
  now = new Date(),
): Promise<{ bySubscription: Map<string, Set<string>>; items: Set<string> }> {
  const before = bundledRelease.at(now);
  const after = openRelease(published).at(now);
  const rows = await db.query<{ id: string; address: string }>(
    `select s.id::text as id, sel.address from alert_subscriptions s join alert_selections sel on sel.id = s.selection_id
     where s.confirmed_at is not null and s.frequency = 'direct'`,
  );
  const fresh = new Map<string, Set<string>>();
  const bySubscription = new Map<string, Set<string>>();
  for (const r of rows) {
    let items = fresh.get(r.address);
    if (!items) {
      const had = new Set(selectionItems(before, r.address, now).map((i) => i.url));
      items = new Set(selectionItems(after, r.address, now).flatMap((i) => (had.has(i.url) ? [] : [i.url])));
      fresh.set(r.address, items);
    }
    if (items.size) bySubscription.set(r.id, items);
  }
  const items = new Set(
    [...after.news, ...after.events, ...after.publications, ...after.agendas, ...after.interventions, ...after.podcastEpisodes].map((d) => d.url),
  );
  return { bySubscription, items };
}

export type ReceivedAlert = { deliveryId: string; kind: string; urls: URL[] };

/**
 * What a mail from the sink (its raw message) is: the delivery and kind its Message-ID names
 * (`<melding-42@host>`, lib/alerts/mail.ts) and every link in its plain text part. Undefined for a
 * mail that is not one of the alerts'.
 */
export function readAlertMail(raw: string): ReceivedAlert | undefined {
  const id = messageIdOf(raw);
  if (!id) return undefined;
  const urls = plainText(raw).flatMap((text) => (text.match(/https?:\/\/[^\s<>"]+/g) ?? []).map((u) => new URL(u)));
  return { kind: id[1], deliveryId: id[2], urls };
}

/** 'melding', 'bevestiging' or 'link' for a mail of the alerts, from its Message-ID only (cheap); else undefined. */
export const alertMailKind = (raw: string): string | undefined => messageIdOf(raw)?.[1];

const messageIdOf = (raw: string) =>
  /^Message-ID:\s*<(melding|bevestiging|link)-(\d+)@[^>]*>/im.exec(raw.slice(0, /\r?\n\r?\n/.exec(raw)?.index ?? raw.length).replace(/\r?\n[ \t]+/g, ' '));

/** The decoded text/plain parts of a MIME entity, from inside multiparts. */
function plainText(entity: string): string[] {
  const split = /\r?\n\r?\n/.exec(entity);
  const head = (split ? entity.slice(0, split.index) : entity).replace(/\r?\n[ \t]+/g, ' ');
  const body = split ? entity.slice(split.index + split[0].length) : '';
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? '';
  const type = header('Content-Type') || 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary)
    return body
      .split(`--${boundary}`)
      .slice(1, -1)
      .flatMap((part) => plainText(part.replace(/^\r?\n/, '')));
  if (!/^text\/plain/i.test(type)) return [];
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'base64') return [Buffer.from(body, 'base64').toString('utf8')];
  if (encoding !== 'quoted-printable') return [body];
  // Soft line breaks go, =XX is a byte: the bytes are UTF-8.
  const bytes: number[] = [];
  const text = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? /^[0-9A-F]{2}/i.exec(text.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i], 'utf8'));
  }
  return [Buffer.from(bytes).toString('utf8')];
}
