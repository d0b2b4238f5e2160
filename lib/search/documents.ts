// Turns content of every type into one shape the search index understands.

export const DOC_TYPES = ['nieuws', 'activiteit', 'publicatie', 'agenda', 'interventie', 'gemeente', 'regio', 'thema', 'podcast', 'pagina'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export type SearchDoc = {
  id: string;
  type: DocType;
  title: string;
  summary: string;
  /** The body as plain text, one paragraph, heading or list item a line: snippets are its sentences. */
  text: string;
  /** Field values that are searched but never shown as a passage (target group, partners, place). */
  keywords?: string;
  /** Raises the document above others that match as well (an overview above the items under it). */
  boost?: number;
  /**
   * Documents that say the same thing for different readers (the four region pages): when more
   * than one matches, they are one result, the page that lists them all.
   */
  group?: { url: string; title: string };
  url: string;
  /** JJJJ-MM-DD or a wall-clock time, for news, events, publications. */
  date?: string;
  themes: string[];
  municipalities: string[];
  provinces: string[];
  schoolTypes: string[];
};

/**
 * Markdown to plain text, good enough for matching and snippets. A paragraph, heading, list item
 * or table row stays a line of its own, so a snippet never runs a heading into the sentence below.
 */
export function plainText(markdown: string): string {
  return (
    markdown
      .replace(/```[\s\S]*?```/g, '\n\n')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, ' ')
      // A heading, list item, quote or table row starts a block; a wrapped line does not.
      .replace(/\n(?=\s*(#+\s|[-*+]\s|\d+[.)]\s|>|\|))/g, '\n\n')
      .split(/\n\s*\n/)
      .map((block) =>
        block
          .replace(/^\s*(#+|[-*+]|\d+[.)])\s+/, '')
          .replace(/[*_`>]/g, '')
          .replace(/\|/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(Boolean)
      .join('\n')
  );
}

/** Pages (by path) written for developers of other sites, not for the site's visitors. */
const FOR_DEVELOPERS = new Set(['ontwikkelaars']);

type Body = { body: { raw: string } };
type Base = { slug: string; url: string; title: string } & Body;

export type SearchableContent = {
  news: (Base & { date: string; summary: string; themes: string[]; municipalities: string[] })[];
  events: (Base & { start: string; summary: string; themes: string[]; location?: string })[];
  publications: (Base & { date: string; summary: string; themes: string[] })[];
  agendas: (Base & { summary: string; aim: string; themes: string[] })[];
  interventions: (Base & {
    summary: string;
    themes: string[];
    municipality: string;
    schoolTypes: string[];
    targetGroup: string;
    partners: string[];
  })[];
  municipalities: (Base & { summary: string; themes: string[]; province: string })[];
  regions: (Base & { summary: string; provinces: string[] })[];
  themes: (Base & { summary: string })[];
  podcastEpisodes: (Base & { number: number; description: string })[];
  pages: (Base & { summary: string; path: string })[];
};

export function toSearchDocuments(c: SearchableContent): SearchDoc[] {
  const provinceOf = new Map(c.municipalities.map((m) => [m.slug, m.province]));
  const provincesOf = (slugs: string[]) => [...new Set(slugs.map((s) => provinceOf.get(s)).filter((p): p is string => !!p))];
  const base = { themes: [] as string[], municipalities: [] as string[], provinces: [] as string[], schoolTypes: [] as string[] };
  return [
    ...c.news.map((d) => ({
      ...base,
      id: d.url,
      type: 'nieuws' as const,
      title: d.title,
      summary: d.summary,
      text: plainText(d.body.raw),
      url: d.url,
      date: d.date,
      themes: d.themes,
      municipalities: d.municipalities,
      provinces: provincesOf(d.municipalities),
    })),
    ...c.events.map((d) => ({
      ...base,
      id: d.url,
      type: 'activiteit' as const,
      title: d.title,
      summary: d.summary,
      text: plainText(d.body.raw),
      keywords: d.location ?? '',
      url: d.url,
      date: d.start,
      themes: d.themes,
    })),
    ...c.publications.map((d) => ({
      ...base,
      id: d.url,
      type: 'publicatie' as const,
      title: d.title,
      summary: d.summary,
      text: plainText(d.body.raw),
      url: d.url,
      date: d.date,
      themes: d.themes,
    })),
    ...c.agendas.map((d) => ({
      ...base,
      id: d.url,
      type: 'agenda' as const,
      title: d.title,
      summary: d.summary,
      text: `${d.aim}\n${plainText(d.body.raw)}`,
      url: d.url,
      themes: d.themes,
    })),
    ...c.interventions.map((d) => ({
      ...base,
      id: d.url,
      type: 'interventie' as const,
      title: d.title,
      summary: d.summary,
      text: plainText(d.body.raw),
      keywords: `${d.targetGroup} ${d.partners.join(' ')}`,
      url: d.url,
      themes: d.themes,
      municipalities: [d.municipality],
      provinces: provincesOf([d.municipality]),
      schoolTypes: d.schoolTypes,
    })),
    ...c.municipalities.map((d) => ({
      ...base,
      id: d.url,
      type: 'gemeente' as const,
      title: d.title,
      summary: d.summary,
      text: plainText(d.body.raw),
      keywords: d.province,
      url: d.url,
      themes: d.themes,
      municipalities: [d.slug],
      provinces: [d.province],
    })),
    ...c.regions.map((d) => ({
      ...base,
      id: d.url,
      type: 'regio' as const,
      title: `${d.title} regiocoördinator`,
      summary: d.summary,
      text: plainText(d.body.raw),
      keywords: d.provinces.join(' '),
      url: d.url,
      provinces: d.provinces,
    })),
    ...c.themes.map((d) => ({
      ...base,
      id: d.url,
      type: 'thema' as const,
      title: d.title,
      summary: d.summary,
      text: plainText(d.body.raw),
      url: d.url,
      themes: [d.slug],
    })),
    ...c.podcastEpisodes.map((d) => ({
      ...base,
      id: d.url,
      type: 'podcast' as const,
      title: `Podcast Ieder Talent Telt, aflevering ${d.number}: ${d.title}`,
      summary: d.description,
      text: plainText(d.body.raw),
      url: d.url,
    })),
    ...c.pages.map((d) => ({
      ...base,
      id: d.url,
      type: 'pagina' as const,
      title: d.title,
      summary: d.summary,
      // A page for developers is found by its title and summary, never by its examples: its body
      // shows queries such as "armoede" or "ouderbetrokkenheid", which are no subject of it.
      text: FOR_DEVELOPERS.has(d.path) ? '' : plainText(d.body.raw),
      keywords: FOR_DEVELOPERS.has(d.path) ? 'ontwikkelaars api json' : undefined,
      url: d.url,
    })),
  ];
}
