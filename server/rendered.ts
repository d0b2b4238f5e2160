// Pages this server renders itself (server/pages.tsx): rendered once per address and clock state,
// then answered from memory with an ETag and compressed off the event loop, like a prerendered page.
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { bundledRelease, type Release } from '@/lib/content';
import { nextTransition } from '@/lib/content/clock';
import { ResponseCache, type CachedPage } from '@/lib/http/response-cache';
import { siteSearch } from '@/lib/search';
import { contentSecurityPolicy } from '@/lib/http/security-headers';
import { rendered as renderedCacheControl } from '@/lib/http/cache-control';
import { now } from './clock';
import { renderDocument, type DocumentAssets } from './document';
import { notFoundPage } from '@/components/pages/not-found';
import { matchPage, timedPaths, type Match } from './pages';
import { precompress, sendPage } from './respond';

/** GKA_CACHE_MB: memory for rendered search and list pages (default 64 MiB). */
export const CACHE_BYTES = Math.max(1, Number(process.env.GKA_CACHE_MB) || 64) * 2 ** 20;

/**
 * `release`: the content this server answers from; each render takes one snapshot of it
 * (release.at) and hands it down to the page.
 */
export function createRenderer(assets: DocumentAssets, release: Release = bundledRelease) {
  const cache = new ResponseCache(CACHE_BYTES);
  // Timed pages are few (home and each event, per language) and always wanted: kept apart from
  // the cache, so no flood of search addresses can push them out.
  const timed = new Map<string, CachedPage>();
  let held = release.unpublishedUrls(now());
  let searchBuilt = false;
  // Per language, rendered on first use: the content of a not-found page never changes.
  const notFound = new Map<string, Buffer>();

  function render(match: Match): CachedPage | undefined {
    const at = now();
    const view = match.render(release.at(at), at);
    if (!view) return undefined;
    const body = Buffer.from(renderDocument(view, { locale: match.locale, address: match.address, assets }), 'utf8');
    return {
      status: view.status ?? 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        // No inline script runs on these pages (JSON-LD is data): 'self' is the whole policy.
        'content-security-policy': contentSecurityPolicy(),
      },
      body,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      encoded: new Map(),
      // Valid until the first transition after the moment it was rendered for.
      validUntil: nextTransition(release.transitions, at.getTime()),
    };
  }

  function store(match: Match, page: CachedPage) {
    if (match.kind === 'timed') timed.set(match.key, page);
    else cache.set(match.key, page);
  }

  /**
   * The page for a match: from memory while valid, else rendered now. Rendering is synchronous,
   * so the next request for the same address already finds it: one render for everyone.
   */
  function pageFor(match: Match): CachedPage | undefined {
    const t = now().getTime();
    const kept = match.kind === 'timed' ? timed.get(match.key) : cache.get(match.key, t);
    if (kept && t < kept.validUntil) return kept;
    const page = render(match);
    if (page) store(match, page);
    return page;
  }

  /** Answers the request when it is one of this server's pages; false leaves it to the rest. */
  async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> {
    const match = matchPage(url.pathname, url.searchParams);
    if (!match) return false;
    const page = pageFor(match);
    if (!page) return false;
    await sendPage(req, res, page, {
      effort: 'fast',
      grew: match.kind === 'query' ? () => cache.grew(match.key) : undefined,
      // Computed per answer: a shared cache may keep it until the page's next clock transition.
      cacheControl: renderedCacheControl(now().getTime(), page.validUntil),
    });
    return true;
  }

  /** At start and at every clock transition: the timed pages and the search index, ready. */
  function warm() {
    const at = now();
    const content = release.at(at);
    held = release.unpublishedUrls(at);
    cache.clear();
    timed.clear();
    siteSearch(content);
    searchBuilt = true;
    for (const path of timedPaths(content)) {
      const match = matchPage(path, new URLSearchParams());
      const page = match && render(match);
      if (match && page) {
        timed.set(match.key, page);
        precompress(page, 'fast');
      }
    }
  }

  let timer: NodeJS.Timeout | undefined;
  function schedule() {
    const next = nextTransition(release.transitions, now().getTime());
    if (next === Infinity) return;
    // setTimeout holds at most ~24.8 days; a longer wait is taken in steps.
    const wait = Math.min(next - now().getTime(), 2 ** 31 - 1);
    timer = setTimeout(
      () => {
        if (now().getTime() >= next) warm();
        schedule();
      },
      Math.max(0, wait),
    );
    timer.unref();
  }

  warm();
  schedule();

  return {
    handle,
    /** The not-found page's HTML in `locale`, for the 404s Next answers in Dutch only. */
    notFoundBody(locale: string): Buffer {
      let body = notFound.get(locale);
      if (!body) {
        body = Buffer.from(renderDocument(notFoundPage({ locale }), { locale, address: '/', assets }), 'utf8');
        notFound.set(locale, body);
      }
      return body;
    },
    /** Built but not yet published (publishDate ahead): answered as not found until the day. */
    isHeld: (path: string) => held.has(path),
    stop: () => clearTimeout(timer),
    /** For /ready: the search index has been built at least once. */
    searchReady: () => searchBuilt,
    stats: () => ({ entries: cache.size, bytes: cache.bytes, maxBytes: CACHE_BYTES, timed: timed.size }),
  };
}
