// What a release is made of: the documents contentlayer generated (.contentlayer/generated/<Type>/
// _index.json, or the same in memory) and the images and PDFs the content build copied under public/inhoud/ for them.
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KINDS, type Documents } from '../content/release';

/** The generated folder of each collection. */
export const GENERATED_TYPE: Record<keyof Documents, string> = {
  themes: 'Theme',
  news: 'News',
  publications: 'Publication',
  agendas: 'Agenda',
  municipalities: 'Municipality',
  regions: 'Region',
  interventions: 'Intervention',
  events: 'Event',
  podcastEpisodes: 'PodcastEpisode',
  pages: 'Page',
};

/** Every collection as the content build wrote it; a type without documents has no file. */
export function documentsFrom(generatedDir: string): Documents {
  const read = (kind: keyof Documents) => {
    const file = path.join(generatedDir, GENERATED_TYPE[kind], '_index.json');
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
  };
  return Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, read(kind)])) as Documents;
}

/** Every collection from the content build's documents by type name (npm run publiceer builds in memory). */
export function documentsOf(byType: Record<string, unknown[] | undefined>): Documents {
  return Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, byType[GENERATED_TYPE[kind]] ?? []])) as Documents;
}

/**
 * The addresses of the files the documents use: images (lib/content/images.ts: `images` of every
 * document, a region's `contactPhoto`) and PDFs next to the Markdown (lib/content/attachments.ts:
 * a publication's `downloads`). Any field holding `{ url: '/inhoud/…' }` or `{ href: '/inhoud/…' }`,
 * or a list of them, so a new file field is included without being named here.
 */
export function contentFileUrls(documents: Documents): string[] {
  const urls = new Set<string>();
  const add = (value: unknown) => {
    for (const url of [(value as { url?: unknown } | null)?.url, (value as { href?: unknown } | null)?.href])
      if (typeof url === 'string' && url.startsWith('/inhoud/')) urls.add(url);
  };
  for (const kind of DOCUMENT_KINDS)
    for (const doc of documents[kind] as unknown as Record<string, unknown>[])
      for (const value of Object.values(doc)) {
        if (Array.isArray(value)) value.forEach(add);
        else if (value && typeof value === 'object') add(value);
      }
  return [...urls].sort();
}

/** The release's files: each image and PDF as the content build copied it into `publicDir`. */
export function contentFiles(documents: Documents, publicDir: string): { path: string; data: Buffer }[] {
  return contentFileUrls(documents).map((url) => {
    // lib/content/images.ts makes the address from the path as it is, without encoding.
    const relative = url.slice(1);
    return { path: relative, data: fs.readFileSync(path.join(publicDir, relative)) };
  });
}
