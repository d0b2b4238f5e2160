// The sitemap for search engines: every fixed page and every published document, in Dutch only
// (the English pages show the same content with a translated interface, so listing them would
// only give search engines duplicates). Pure: the collections are passed in, so it can be tested.
import { urls } from '../urls';

export type SitemapEntry = { url: string; lastModified?: string };

type Doc = { url: string };
type Dated = Doc & { date?: string };

export type SitemapContent = {
  themes: readonly Doc[];
  news: readonly Dated[];
  events: readonly Doc[];
  agendas: readonly Doc[];
  podcastEpisodes: readonly Dated[];
  municipalities: readonly Doc[];
  regions: readonly Doc[];
  interventions: readonly Dated[];
  publications: readonly Dated[];
  pages: readonly (Doc & { updated?: string })[];
};

/** Pages that exist as routes, not as documents. The search page is left out: results are not content. */
export const FIXED_PATHS = [
  urls.home(),
  urls.themes(),
  urls.current(),
  urls.newsIndex(),
  urls.eventsIndex(),
  urls.agendasIndex(),
  urls.podcastIndex(),
  urls.municipalities(),
  urls.interventions(),
  urls.bundle(),
  urls.publications(),
  urls.coordinators(),
  urls.openData(),
] as const;

export function sitemapEntries(origin: string, content: SitemapContent): SitemapEntry[] {
  const docs: { url: string; lastModified?: string }[] = [
    ...FIXED_PATHS.map((url) => ({ url })),
    ...content.themes.map((d) => ({ url: d.url })),
    ...content.news.map((d) => ({ url: d.url, lastModified: d.date })),
    ...content.events.map((d) => ({ url: d.url })),
    ...content.agendas.map((d) => ({ url: d.url })),
    ...content.podcastEpisodes.map((d) => ({ url: d.url, lastModified: d.date })),
    ...content.municipalities.map((d) => ({ url: d.url })),
    ...content.regions.map((d) => ({ url: d.url })),
    ...content.interventions.map((d) => ({ url: d.url, lastModified: d.date })),
    ...content.publications.map((d) => ({ url: d.url, lastModified: d.date })),
    ...content.pages.map((d) => ({ url: d.url, lastModified: d.updated })),
  ];
  // A content page could share an address with a fixed route; a sitemap lists each URL once.
  const seen = new Set<string>();
  const entries: SitemapEntry[] = [];
  for (const { url, lastModified } of docs) {
    if (seen.has(url)) continue;
    seen.add(url);
    entries.push(lastModified ? { url: `${origin}${url}`, lastModified } : { url: `${origin}${url}` });
  }
  return entries;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The sitemap as the XML search engines read (sitemaps.org 0.9). */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `<url>\n<loc>${xmlEscape(e.url)}</loc>\n${e.lastModified ? `<lastmod>${xmlEscape(e.lastModified)}</lastmod>\n` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
