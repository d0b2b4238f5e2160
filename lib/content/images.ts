// Images in content live next to the Markdown file: `![Wat er te zien is](./foto.jpg)`.
// The content build records each one (size read from the file, copied under public/inhoud/);
// pages rewrite the <img> tags with the public address and the real width and height.
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

export type ContentImage = { src: string; alt: string; url: string; width: number | null; height: number | null; problem?: string };

const IMAGE = /!\[([^\]]*)\]\((\.\/[^)\s]+)(?:\s+"[^"]*")?\)/g;
export const IMAGE_TYPES = ['.jpg', '.jpeg', '.png', '.webp', '.svg', '.gif'];

/** Finds the local images of one document and publishes them. Problems are reported, never thrown. */
export function collectImages(raw: string, sourceFileDir: string, { contentDir, publicDir }: { contentDir: string; publicDir: string }): ContentImage[] {
  return [...raw.matchAll(IMAGE)].map(([, alt, src]) => {
    const file = path.join(contentDir, sourceFileDir, src);
    const url = `/inhoud/${sourceFileDir}/${path.basename(src)}`;
    const image: ContentImage = { src, alt: alt.trim(), url, width: null, height: null };
    const problems: string[] = [];
    if (!image.alt) problems.push('afbeelding zonder alt-tekst');
    if (!IMAGE_TYPES.includes(path.extname(src).toLowerCase())) problems.push(`onbekend soort afbeelding (${path.extname(src) || 'geen extensie'})`);
    else if (!fs.existsSync(file)) problems.push('het bestand staat niet naast de Markdown');
    else {
      try {
        const size = imageSize(fs.readFileSync(file));
        image.width = size.width ?? null;
        image.height = size.height ?? null;
        const target = path.join(publicDir, 'inhoud', sourceFileDir, path.basename(src));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(file, target);
      } catch {
        problems.push('geen leesbare afbeelding');
      }
    }
    return problems.length ? { ...image, problem: problems.join('; ') } : image;
  });
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Rewrites the rendered <img> tags of local images with their public address and size. */
export function withImages(html: string, images: readonly ContentImage[]): string {
  if (images.length === 0) return html;
  const bySrc = new Map(images.map((i) => [i.src, i]));
  return html.replace(/<img src="(\.\/[^"]+)"([^>]*)>/g, (tag, src: string) => {
    const image = bySrc.get(src);
    if (!image || image.width === null) return tag;
    return `<img src="${escapeAttr(image.url)}" alt="${escapeAttr(image.alt)}" width="${image.width}" height="${image.height}" loading="lazy" decoding="async">`;
  });
}
