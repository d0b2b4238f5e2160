// E-mail alerts bound to the content and the server: what a selection (the canonical address of a
// list or page that has a feed) holds in a snapshot, and the background job that queues and sends.
// The lists are those of lib/lists, so a subscription holds exactly what its page and its feed
// show; an item is new for a selection when its address was not among its items before (queue.ts).
import type { Snapshot } from '../content';
import { database, type Database } from '../db';
import { canonicalQuery, MAX_QUERY_LENGTH, queryRecord, text, type RawQuery } from '../http/query';
import { eventList, interventionList, newsList, publicationList } from '../lists';
import type { FacetGroup } from '../lists/facets';
import { allowedFilterValues, facetValueLabel, FACETS, siteSearch } from '../search';
import { parseSearchParams } from '../search/params';
import { findBySlug } from '../content/queries';
import { perSnapshot } from '../content/per-snapshot';
import { translator } from '../../i18n/translate';
import { MAX_SELECTION_LENGTH, type AlertItem, type AlertKind, type AlertSelection } from './items';
import { takeLease } from '../db/leases';
import { smtpCommittedTransport, type CommittedTransport } from '../mail/committed';
import { secretFor } from '../secret';
import { GKA_MAILBOX } from '../site';
import { configuredOrigin } from '../urls';
import { logJobError, oneAtATime } from '../process';
import { DEFAULT_CLAIM_MS, deliverAlerts } from './deliver';
import { makeDueDeliveries, queueSelections } from './queue';

type Locale = 'nl' | 'en';
type Item = { url: string; title: string; summary: string };

/**
 * The lists one can follow. `params`: what each reads from its query (the page's own filters and
 * search words; the page number, the sort order and "upcoming/past" change nothing that is new).
 */
const LISTS = {
  '/actueel/nieuws': { params: { jaar: 'many', thema: 'many' }, title: 'news.title' },
  '/actueel/activiteiten': { params: { doelgroep: 'many' }, title: 'events.title' },
  '/interventies': {
    params: { q: 'one', thema: 'many', gemeente: 'many', provincie: 'many', regio: 'many', onderwijstype: 'many', doelgroep: 'many', bewijsniveau: 'many' },
    title: 'interventions.title',
  },
  '/publicaties': { params: { thema: 'many' }, title: 'publications.title' },
  '/actueel/podcast': { params: {}, title: 'podcast.title' },
  '/zoeken': {
    params: { q: 'one', type: 'many', jaar: 'many', thema: 'many', gemeente: 'many', provincie: 'many', onderwijstype: 'many' },
    title: 'search.title',
  },
} as const;
type ListPath = keyof typeof LISTS;
const isList = (path: string): path is ListPath => Object.hasOwn(LISTS, path);

/** `/themas/<slug>` and `/gemeenten/<slug>`: everything on one theme, everything of one municipality. */
const PAGE = /^\/(themas|gemeenten)\/([a-z0-9-]{1,100})$/;

/**
 * The selection a visitor asked for (`/interventies?thema=armoede&sorteer=titel&x=1`), made
 * canonical: unknown parameters and values dropped, names and values sorted, so every way of
 * writing one selection is one subscription. Undefined when the address follows nothing.
 */
export function selectionOf(content: Snapshot, requested: string): { ok: true; selection: AlertSelection } | { ok: false; reason: 'onbekend' | 'te-lang' } {
  if (requested.length > MAX_SELECTION_LENGTH) return { ok: false, reason: 'te-lang' };
  let url: URL;
  try {
    url = new URL(requested, 'http://selectie.invalid');
  } catch {
    return { ok: false, reason: 'onbekend' };
  }
  if (url.origin !== 'http://selectie.invalid') return { ok: false, reason: 'onbekend' };
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const page = PAGE.exec(path);
  if (page) {
    const [, section, slug] = page;
    const exists = section === 'themas' ? findBySlug(content.themes, slug) : content.municipalityBySlug(slug);
    // The page reads no query: whatever came with it is dropped.
    return exists ? { ok: true, selection: withTitle(content, path) } : { ok: false, reason: 'onbekend' };
  }
  if (!isList(path)) return { ok: false, reason: 'onbekend' };
  // Values the list does not know are dropped as the list page drops them.
  const known = new URLSearchParams(canonicalQuery(url.searchParams, LISTS[path].params));
  const kept = keptValues(content, path, queryRecord(new URL(`?${known}`, 'http://selectie.invalid')));
  const query = canonicalQuery(new URLSearchParams(kept), LISTS[path].params);
  return { ok: true, selection: withTitle(content, query ? `${path}?${query}` : path) };
}

const withTitle = (content: Snapshot, address: string): AlertSelection => ({ address, title: selectionTitle(content, address, 'nl') });

/** The parameters of a list that name something it has, as [name, value] pairs. */
function keptValues(content: Snapshot, path: ListPath, raw: RawQuery): [string, string][] {
  const pairs = (selection: Record<string, string[]>, q?: string) => [
    ...(q ? [['q', q] as [string, string]] : []),
    ...Object.entries(selection).flatMap(([name, vs]) => vs.map((v): [string, string] => [name, v])),
  ];
  switch (path) {
    case '/actueel/nieuws':
      return pairs(newsList(content, raw).selection);
    case '/actueel/activiteiten':
      return pairs(eventList(content, raw, new Date(0)).selection);
    case '/interventies': {
      const list = interventionList(content, raw);
      return pairs(list.selection, list.q);
    }
    case '/publicaties':
      return pairs(publicationList(content, raw).selection);
    case '/actueel/podcast':
      return [];
    case '/zoeken': {
      const parsed = parseSearchParams(raw, allowedFilterValues(content));
      return pairs(parsed.filters as Record<string, string[]>, parsed.q);
    }
  }
}

function split(address: string): { path: string; raw: RawQuery } {
  const url = new URL(address, 'http://selectie.invalid');
  return { path: url.pathname, raw: queryRecord(url) };
}

/** "Interventies — Thema: Armoede; Provincie: Utrecht", as the list's own filters name them. */
export function selectionTitle(content: Snapshot, address: string, locale: Locale): string {
  const t = translator(locale);
  const { path, raw } = split(address);
  const page = PAGE.exec(path);
  if (page) {
    const [, section, slug] = page;
    const title = (section === 'themas' ? findBySlug(content.themes, slug)?.title : content.municipalityBySlug(slug)?.title) ?? slug;
    return t(section === 'themas' ? 'alertSelection.theme' : 'alertSelection.municipality', { title });
  }
  if (!isList(path)) return address;
  const q = text(raw, 'q', MAX_QUERY_LENGTH).value;
  const chosen = (groups: FacetGroup[]) =>
    groups
      .filter((g) => g.options.some((o) => o.selected))
      .map(
        (g) =>
          `${g.legend}: ${g.options
            .filter((o) => o.selected)
            .map((o) => o.label)
            .join(', ')}`,
      );
  let parts: string[] = [];
  switch (path) {
    case '/actueel/nieuws':
      parts = chosen(newsList(content, raw, locale).groups);
      break;
    case '/actueel/activiteiten':
      parts = chosen(eventList(content, raw, new Date(0), locale).groups);
      break;
    case '/interventies':
      parts = chosen(interventionList(content, raw, locale).groups);
      break;
    case '/publicaties': {
      const themes = publicationList(content, raw).selection.thema ?? [];
      if (themes.length)
        parts = [
          `${t('alertSelection.themeLabel')}: ${content
            .themesOf(themes)
            .map((x) => x.title)
            .join(', ')}`,
        ];
      break;
    }
    case '/zoeken': {
      const { filters } = parseSearchParams(raw, allowedFilterValues(content));
      parts = FACETS.filter((f) => filters[f]?.length).map(
        (f) => `${t(`search.facets.${f}`)}: ${filters[f]!.map((v) => facetValueLabel(content, f, v, locale)).join(', ')}`,
      );
      break;
    }
  }
  if (q) parts.unshift(t('alertSelection.words', { q }));
  const name = t(LISTS[path].title);
  return parts.length ? `${name} — ${parts.join('; ')}` : name;
}

const item = (kind: AlertKind, d: Item, date?: string): AlertItem => ({ url: d.url, kind, title: d.title, summary: d.summary, date });

/**
 * Everything a selection holds in a snapshot, as mail items. `now` places the events; an event
 * in the past is still an item (a selection's items only grow by what is published).
 */
export function selectionItems(content: Snapshot, address: string, now: Date): AlertItem[] {
  const { path, raw } = split(address);
  const page = PAGE.exec(path);
  if (page) {
    const [, section, slug] = page;
    if (section === 'themas') {
      const on = content.contentOnTheme(slug);
      return [
        ...on.news.map((n) => item('nieuws', n, n.date)),
        ...on.events.map((e) => item('activiteit', e, e.start)),
        ...on.publications.map((p) => item('publicatie', p, p.date)),
        ...on.agendas.map((a) => item('agenda', a)),
        ...on.interventions.map((i) => item('interventie', i, i.date)),
      ];
    }
    const of = content.contentForMunicipality(slug);
    return [
      ...of.news.map((n) => item('nieuws', n, n.date)),
      ...of.events.map((e) => item('activiteit', e, e.start)),
      ...of.interventions.map((i) => item('interventie', i, i.date)),
    ];
  }
  switch (path) {
    case '/actueel/nieuws':
      return newsList(content, raw).items.map((n) => item('nieuws', n, n.date));
    case '/actueel/activiteiten':
      return eventList(content, raw, now).items.map((e) => item('activiteit', e, e.start));
    case '/interventies':
      return interventionList(content, raw).items.map((i) => item('interventie', i, i.date));
    case '/publicaties':
      return publicationList(content, raw).items.map((p) => item('publicatie', p, p.date));
    case '/actueel/podcast':
      return content.podcastEpisodes.map((e) => ({ url: e.url, kind: 'podcast', title: e.title, summary: e.description, date: e.date }));
    case '/zoeken':
      return searchItems(content, raw);
  }
  return [];
}

/** The search's matches that a mail can announce, with their dates from the content. */
function searchItems(content: Snapshot, raw: RawQuery): AlertItem[] {
  const { q, filters } = parseSearchParams(raw, allowedFilterValues(content));
  const index = siteSearch(content);
  const found = index.search({ q, filters, page: 1, perPage: index.size });
  const dated = itemsByUrl(content);
  return found.hits.flatMap((h) => dated.get(h.doc.url) ?? []);
}

const itemsByUrl = perSnapshot((content: Snapshot): Map<string, AlertItem> => {
  const all = [
    ...content.news.map((n) => item('nieuws', n, n.date)),
    ...content.events.map((e) => item('activiteit', e, e.start)),
    ...content.publications.map((p) => item('publicatie', p, p.date)),
    ...content.agendas.map((a) => item('agenda', a)),
    ...content.interventions.map((i) => item('interventie', i, i.date)),
    ...content.podcastEpisodes.map((e): AlertItem => ({ url: e.url, kind: 'podcast', title: e.title, summary: e.description, date: e.date })),
  ];
  return new Map(all.map((i) => [i.url, i]));
});

// --- The job in every server -------------------------------------------------------------------
// Compare what is published with each selection (at start, when the server switches to a new
// release, and every GKA_ALERT_INTERVAL_MS for what the clock publishes), make the mails that are
// due, and send them at GKA_ALERT_RATE mails per second over all servers together (one server
// sends a batch at a time: lib/db/leases.ts). Kept on globalThis like lib/forms/jobs.ts: Next
// bundles this module apart from the server's.

/** What the content holds that a selection has not had, queued for its confirmed subscribers (queue.ts). */
export function queueNewItems(db: Database, content: Snapshot, now: Date) {
  return queueSelections(db, { version: `${content.release.id}@${content.day}`, itemsOf: (address) => selectionItems(content, address, now) }, now);
}

const SHARED = Symbol.for('gka.alerts');
type Alerts = { kick: () => void; stop: () => Promise<void> };
type WithAlerts = typeof globalThis & { [SHARED]?: Alerts };

/** Mails per second when GKA_ALERT_RATE is not set: well within what a ministry's SMTP relay takes. */
export const DEFAULT_RATE = 10;

export type AlertSettings = { intervalMs: number; perSecond: number; claimMs: number; batch: number };

/** The settings from the environment; a value that is not a number is a clear error at start. */
export function alertSettings(env: Record<string, string | undefined> = process.env): AlertSettings {
  const number = (name: string, fallback: number, min: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min) throw new Error(`${name} moet een getal van minstens ${min} zijn, niet "${raw}".`);
    return n;
  };
  const perSecond = number('GKA_ALERT_RATE', DEFAULT_RATE, 0);
  return {
    intervalMs: number('GKA_ALERT_INTERVAL_MS', 30_000, 100),
    perSecond,
    claimMs: number('GKA_ALERT_CLAIM_MS', DEFAULT_CLAIM_MS, 1_000),
    // About two seconds of mails per batch (at most 200): the lease below is held that long.
    batch: perSecond > 0 ? Math.max(1, Math.min(200, Math.ceil(perSecond * 2))) : 200,
  };
}

/**
 * Starts the job in this server. `content`: the site as published at an instant, from the release
 * the server serves (so the first comparison is with that release, never the build's).
 */
export function startAlerts(content: (instant: Date) => Snapshot, env: Record<string, string | undefined> = process.env): void {
  const shared = globalThis as WithAlerts;
  if (shared[SHARED]) return;
  const settings = alertSettings(env);
  let transport: CommittedTransport | undefined;
  const round = async () => {
    const db = await database();
    const now = new Date();
    const report = await queueNewItems(db, content(now), now);
    const made = await makeDueDeliveries(db, now);
    if (report.newItems || made.direct || made.dagelijks || made.wekelijks)
      console.log(JSON.stringify({ time: new Date().toISOString(), job: 'e-mailmeldingen', ...report, mails: made }));
    if (!env.SMTP_URL) return;
    transport ??= smtpCommittedTransport(env.SMTP_URL, env.MAIL_FROM || GKA_MAILBOX);
    const options = {
      transport,
      secret: secretFor('e-mailmeldingen'),
      origin: configuredOrigin(env),
      titleOf: (address: string, locale: 'nl' | 'en') => selectionTitle(content(new Date()), address, locale),
      perSecond: settings.perSecond,
      batch: settings.batch,
      claimMs: settings.claimMs,
      stopped,
    };
    while (!stopped()) {
      // The rate holds for all servers together: one of them sends a batch per period.
      const period = settings.perSecond > 0 ? (settings.batch * 1000) / settings.perSecond : 0;
      if (period && !(await takeLease(db, 'e-mailmeldingen-versturen', period * 0.95))) break;
      const sent = await deliverAlerts(db, options);
      if (sent.claimed < settings.batch) break;
    }
  };
  const { run, stop, stopped } = oneAtATime(round, (error) => logJobError('E-mailmeldingen', error));
  const timer = setInterval(run, settings.intervalMs);
  timer.unref();
  shared[SHARED] = {
    kick: run,
    async stop() {
      clearInterval(timer);
      await stop();
      await transport?.close();
    },
  };
  run();
}

/** Something was published, or a confirmation waits: compare and send now rather than at the next tick. */
export function kickAlerts(): void {
  (globalThis as WithAlerts)[SHARED]?.kick();
}

/** On shutdown: no new rounds; the mail being sent is finished, the rest of the batch handed back. */
export async function stopAlerts(): Promise<void> {
  await (globalThis as WithAlerts)[SHARED]?.stop();
}
