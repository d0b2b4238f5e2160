// Every public page and content file (server/routes.ts), answered from the release this server
// serves: rendered once per address and clock state, then answered from memory with an ETag and
// compressed off the event loop. Each release has its own pages in memory (a ReleaseState): the
// next release is prepared whole (search index, home and activity pages) before the switch, and
// a request keeps the state it started with.
import type http from 'node:http';
import path from 'node:path';
import type { Release, Snapshot } from '@/lib/content/release';
import { nextTransition } from '@/lib/content/clock';
import { ResponseCache, type CachedPage } from '@/lib/http/response-cache';
import { siteSearch } from '@/lib/search';
import { contentSecurityPolicy } from '@/lib/http/security-headers';
import { PERSONAL, prerendered, rendered as renderedCacheControl } from '@/lib/http/cache-control';
import { localized, urls } from '@/lib/urls';
import { routing } from '@/i18n/routing';
import { notFoundPage } from '@/components/pages/not-found';
import type { PageView } from '@/components/pages/types';
import { now } from './clock';
import { renderDocument, type DocumentAssets } from './document';
import type { Loaded } from './releases';
import { matchRoute, type Match } from './routes';
import { etagOf, precompress, sendPage } from './respond';

/** Lets the event loop answer what is waiting (I/O callbacks run before setImmediate's). */
const breather = () => new Promise<void>((resolve) => setImmediate(resolve));

/** GKA_CACHE_MB: memory per release for rendered pages and files (default 64 MiB). */
export const CACHE_BYTES = Math.max(1, Number(process.env.GKA_CACHE_MB) || 64) * 2 ** 20;

/** A release as this server serves it: its content and files, and its pages in memory. */
export type ReleaseState = Loaded & {
  /** Home and each activity, per language: few and always wanted, rendered ahead at every transition. */
  timed: Map<string, CachedPage>;
  /** Everything else, on first request, bounded in bytes. */
  cache: ResponseCache;
};

const FILE_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
};

export function createRenderer(assets: DocumentAssets, current: () => ReleaseState) {
  // Per language, rendered on first use: the content of a not-found page never changes.
  const notFound = new Map<string, Buffer>();
  const notFoundBody = (locale: string) => {
    let body = notFound.get(locale);
    if (!body) notFound.set(locale, (body = Buffer.from(renderDocument(notFoundPage({ locale }), { locale, address: '/', assets }), 'utf8')));
    return body;
  };

  const htmlPage = (view: PageView, match: Match, validUntil: number): CachedPage => {
    const body = Buffer.from(renderDocument(view, { locale: match.locale, address: match.address, assets }), 'utf8');
    return {
      status: view.status ?? 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        // No inline script runs on these pages (JSON-LD is data): 'self' is the whole policy.
        'content-security-policy': contentSecurityPolicy(),
      },
      body,
      etag: etagOf(body),
      encoded: new Map(),
      validUntil,
    };
  };

  const notFoundAnswer = (match: Match, validUntil: number): CachedPage => {
    const body = notFoundBody(match.locale);
    return {
      status: 404,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': contentSecurityPolicy() },
      body,
      etag: etagOf(body),
      encoded: new Map(),
      validUntil,
    };
  };

  /**
   * What the table answers for a match, from one snapshot of the release: a page, a file, a
   * not-found page, or undefined when it is Next's turn.
   */
  async function render(match: Match, release: Release, req: http.IncomingMessage, url: URL): Promise<CachedPage | undefined> {
    const at = now();
    const content: Snapshot = release.at(at);
    const validUntil = nextTransition(release.transitions, at.getTime());
    const { route, params, locale, query } = match;
    if (route.kind === 'guard') return route.exists(content, params) ? undefined : notFoundAnswer(match, validUntil);
    if (route.kind === 'file') {
      const request = new Request(url, { headers: { accept: req.headers.accept ?? '*/*', host: req.headers.host ?? 'localhost' } });
      const response = await route.answer({ content, now: at, request, params });
      if (!response) return undefined;
      const body = Buffer.from(await response.arrayBuffer());
      const headers: Record<string, string> = { 'content-security-policy': contentSecurityPolicy() };
      response.headers.forEach((v, k) => (headers[k] = v));
      return { status: response.status, headers, body, etag: etagOf(body), encoded: new Map(), validUntil };
    }
    const loaded = route.load ? await route.load(content) : {};
    const view = route.view({ content, locale, query, now: at, params: { ...params, ...loaded } });
    if (!view) return route.fallThrough ? undefined : notFoundAnswer(match, validUntil);
    return htmlPage(view, match, validUntil);
  }

  /** Requests that arrived while a page was being made wait for that one render. */
  const rendering = new Map<string, Promise<CachedPage | undefined>>();

  async function pageFor(state: ReleaseState, match: Match, req: http.IncomingMessage, url: URL): Promise<CachedPage | undefined> {
    const t = now().getTime();
    const timed = match.route.kind === 'page' && match.route.timed;
    const kept = timed ? state.timed.get(match.key) : state.cache.get(match.key, t);
    if (kept && t < kept.validUntil) return kept;
    const key = `${state.release.id}\n${match.key}`;
    let running = rendering.get(key);
    if (!running) {
      running = render(match, state.release, req, url).finally(() => rendering.delete(key));
      rendering.set(key, running);
    }
    const page = await running;
    if (page) {
      if (timed) state.timed.set(match.key, page);
      else state.cache.set(match.key, page);
    }
    return page;
  }

  /** Answers the request when the route table has it; false leaves it to Next. */
  /** `personal`: for Next's client router, whose answers no shared cache may keep. */
  async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL, address: string, personal = false): Promise<boolean> {
    // One state for the whole request, whatever is published meanwhile.
    const state = current();
    const image = state.files.get(address);
    if (image) {
      await sendPage(req, res, fileAnswer(state, address, image), { effort: 'high' });
      return true;
    }
    const moved = state.release.redirects.get(address);
    if (moved) {
      res.statusCode = 308;
      res.setHeader('Location', moved);
      res.setHeader('Cache-Control', prerendered());
      res.end();
      return true;
    }
    const send = async (page: CachedPage, key: string) => {
      await sendPage(req, res, page, {
        effort: 'fast',
        grew: () => state.cache.grew(key),
        // Computed per answer, for pages and files alike. A not-found is kept by no shared cache: a
        // publish can make it a page, and an embargoed address says nothing worth keeping.
        cacheControl: personal || page.status === 404 ? PERSONAL : renderedCacheControl(now().getTime(), page.validUntil),
      });
      return true;
    };
    // An address without a query that this release has in memory, still valid: answered before any
    // matching. A page without query parameters is kept under its address (lists and files, which
    // read a query, never are), so this finds exactly what the route table would.
    if (url.search === '') {
      const t = now().getTime();
      const kept = state.timed.get(url.pathname) ?? state.cache.get(url.pathname, t);
      if (kept && t < kept.validUntil) return send(kept, url.pathname);
    }
    const match = matchRoute(url.pathname, url.searchParams, req);
    if (!match) return false;
    const page = await pageFor(state, match, req, url);
    return page ? send(page, match.key) : false;
  }

  /** A release's image or PDF, answered from memory like a build file (its own ETag, compressed when it helps). */
  const files = new WeakMap<Buffer, CachedPage>();
  function fileAnswer(state: ReleaseState, address: string, body: Buffer): CachedPage {
    let page = files.get(body);
    if (!page) {
      const type = FILE_TYPES[path.extname(address).toLowerCase()] ?? 'application/octet-stream';
      // A PDF opens in the browser and is saved under its own name (the content build's names are ASCII slugs).
      const disposition: Record<string, string> =
        type === 'application/pdf' ? { 'content-disposition': `inline; filename="${path.basename(address).replace(/[^\w.-]/g, '_')}"` } : {};
      page = {
        status: 200,
        headers: { 'content-type': type, 'cache-control': prerendered(), 'content-security-policy': contentSecurityPolicy(), ...disposition },
        body,
        etag: etagOf(body),
        encoded: new Map(),
        validUntil: Infinity,
      };
      files.set(body, page);
    }
    return page;
  }

  /** The timed pages of a state, rendered now (at a release's start and at each clock transition). */
  async function warm(state: ReleaseState) {
    const at = now();
    const content = state.release.at(at);
    state.cache.clear();
    // Between the steps, requests that arrived meanwhile are answered (from the release being
    // served): preparing a large release is seconds of work, never one block of it.
    await breather();
    siteSearch(content);
    const timed = new Map<string, CachedPage>();
    const paths = [urls.home(), ...content.events.map((e) => e.url)];
    for (const address of routing.locales.flatMap((locale) => paths.map((p) => localized(p, locale)))) {
      await breather();
      const url = new URL(address, 'http://localhost');
      const match = matchRoute(url.pathname, url.searchParams);
      const page = match && (await render(match, state.release, { headers: {} } as http.IncomingMessage, url));
      if (match && page) {
        timed.set(match.key, page);
        precompress(page, 'fast');
      }
    }
    state.timed = timed;
  }

  /** A loaded release, ready to serve: its search index built and its timed pages rendered. */
  async function prepare(loaded: Loaded): Promise<ReleaseState> {
    const state: ReleaseState = { ...loaded, timed: new Map(), cache: new ResponseCache(CACHE_BYTES) };
    await warm(state);
    return state;
  }

  let timer: NodeJS.Timeout | undefined;
  /** At every clock transition of the release being served: its timed pages again. */
  function schedule() {
    clearTimeout(timer);
    const next = nextTransition(current().release.transitions, now().getTime());
    if (next === Infinity) return;
    // setTimeout holds at most ~24.8 days; a longer wait is taken in steps.
    const wait = Math.min(next - now().getTime(), 2 ** 31 - 1);
    timer = setTimeout(
      () => {
        if (now().getTime() >= next) void warm(current()).finally(schedule);
        else schedule();
      },
      Math.max(0, wait),
    );
    timer.unref();
  }

  return {
    prepare,
    handle,
    /** After a switch (or the first release): follow the clock of the release now served. */
    schedule,
    /** The not-found page's HTML in `locale`, for the 404s Next answers in Dutch only. */
    notFoundBody,
    stop: () => clearTimeout(timer),
    stats: () => {
      const { cache, timed, release } = current();
      return { release: release.id, entries: cache.size, bytes: cache.bytes, maxBytes: CACHE_BYTES, timed: timed.size };
    },
  };
}
