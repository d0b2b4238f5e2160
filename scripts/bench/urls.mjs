// Never-seen search and filter addresses: what a visitor types and clicks, with words from the
// real content and only values the pages accept, so a server with a response cache has to render
// every one of them. No page numbers: a visitor follows "page 2" only where the selection has one,
// and a page a list does not have is a 404 (issue 25), which the pool cannot know beforehand.
import { prng, wordCounts } from './corpus.mjs';

/** A picker weighted by `weight(item)`: binary search over running totals. */
function weighted(items, weight, rnd) {
  const cumulative = [];
  let total = 0;
  for (const item of items) cumulative.push((total += weight(item)));
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

/**
 * What the server may take as the same page. A cache key drops unknown parameters and sorts
 * the rest; this key is stricter still (word order, sort order and page number do not count),
 * so two addresses that differ only there are never both in the pool.
 */
export function cacheKey(pathname, params) {
  const parts = [];
  for (const [k, v] of params) {
    if (k === 'sorteer' || k === 'pagina') continue;
    parts.push(k === 'q' ? `q=${v.toLowerCase().split(/\s+/).filter(Boolean).sort().join(' ')}` : `${k}=${v}`);
  }
  return `${pathname}?${[...new Set(parts)].sort().join('&')}`;
}
const keyOf = (address) => {
  const url = new URL(address, 'http://x');
  return cacheKey(url.pathname, url.searchParams);
};

/**
 * Distinct addresses over /zoeken, /interventies, /actueel/nieuws and /gemeenten: take(n) gives
 * n that no earlier take gave. `values` holds what the pages accept (themes, municipalities,
 * provinces, …) and `exclude` the addresses the bench asks for repeatedly, warm by definition.
 */
export function coldAddresses({ contentDir, values, exclude = [], seed = 7 }) {
  const rnd = prng(seed);
  const chance = (p) => rnd() < p;
  const one = (list) => list[Math.floor(rnd() * list.length)];
  const some = (list, max) => {
    const n = 1 + Math.floor(rnd() * max);
    return [...new Set(Array.from({ length: n }, () => one(list)))];
  };
  // Words of four letters or more, by the square root of their frequency: common words come up
  // often, as in real searches, without "voor" and "deze" drowning out the rest.
  const counts = [...wordCounts(contentDir)].filter(([w]) => w.length >= 4);
  const word = weighted(counts, ([, n]) => Math.sqrt(n), rnd);
  const names = [...values.municipalities.map((m) => m.title), ...values.themes.map((t) => t.title)].map((s) => s.toLowerCase());
  const query = () => {
    if (chance(0.1)) return one(names);
    const n = chance(0.6) ? 1 : chance(0.7) ? 2 : 3;
    return Array.from({ length: n }, () => word()[0]).join(' ');
  };
  const slugs = (list) => list.map((x) => x.slug);

  const routes = {
    '/zoeken': () => {
      const p = [['q', query()]];
      const facets = {
        type: values.docTypes,
        thema: slugs(values.themes),
        gemeente: slugs(values.municipalities),
        provincie: values.provinces,
        onderwijstype: values.schoolTypes,
        jaar: values.searchYears,
      };
      const n = chance(0.55) ? 0 : chance(0.75) ? 1 : 2;
      for (let i = 0; i < n; i++) {
        const facet = one(Object.keys(facets));
        p.push([facet, one(facets[facet])]);
      }
      return p;
    },
    '/interventies': () => {
      const p = [];
      if (chance(0.4)) p.push(['q', query()]);
      if (chance(0.5)) for (const v of some(slugs(values.themes), 2)) p.push(['thema', v]);
      if (chance(0.25)) p.push(['gemeente', one(slugs(values.municipalities))]);
      if (chance(0.25)) for (const v of some(values.provinces, 2)) p.push(['provincie', v]);
      if (chance(0.35)) for (const v of some(values.schoolTypes, 2)) p.push(['onderwijstype', v]);
      if (chance(0.2)) p.push(['doelgroep', one(values.targetGroups)]);
      if (chance(0.3)) p.push(['sorteer', one(values.sorts)]);
      return p;
    },
    '/actueel/nieuws': () => {
      const p = [];
      if (chance(0.6)) p.push(['jaar', one(values.newsYears)]);
      if (chance(0.7)) for (const v of some(slugs(values.themes), 2)) p.push(['thema', v]);
      return p;
    },
    '/gemeenten': () => {
      const p = [];
      if (chance(0.7)) for (const v of some(values.provinces, 2)) p.push(['provincie', v]);
      if (chance(0.6)) for (const v of some(slugs(values.themes), 2)) p.push(['thema', v]);
      return p;
    },
  };
  // The share of each page among the addresses, roughly what a search and filter visitor does.
  const share = { '/zoeken': 0.45, '/interventies': 0.35, '/actueel/nieuws': 0.1, '/gemeenten': 0.1 };
  const seen = new Set(exclude.map(keyOf));
  const misses = Object.fromEntries(Object.keys(routes).map((r) => [r, 0]));
  let open = Object.keys(routes);
  let route = weighted(open, (r) => share[r], rnd);
  const take = (count) => {
    const pool = [];
    while (pool.length < count) {
      const pathname = route();
      const params = routes[pathname]();
      const key = cacheKey(pathname, params);
      if (seen.has(key)) {
        // News and municipalities have a few hundred or thousand distinct selections; once a page
        // has no new ones left, the others take its share.
        if (++misses[pathname] === 500) {
          open = open.filter((r) => r !== pathname);
          if (!open.length) throw new Error(`slechts ${pool.length} verschillende adressen te maken`);
          route = weighted(open, (r) => share[r], rnd);
        }
        continue;
      }
      misses[pathname] = 0;
      seen.add(key);
      pool.push(params.length ? `${pathname}?${new URLSearchParams(params)}` : pathname);
    }
    return pool;
  };
  return { take };
}

/** How many addresses of each page are in `urls`. */
export function mixOf(urls) {
  const mix = {};
  for (const u of urls) {
    const p = u.split('?')[0];
    mix[p] = (mix[p] ?? 0) + 1;
  }
  return mix;
}
