// Images in content live next to the Markdown file: `![Wat er te zien is](./foto.jpg)`.
// The content build records each one (size read from the file, copied under public/inhoud/);
// pages rewrite the <img> tags with the public address and the real width and height.
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

export type ContentImage = { src: string; alt: string; url: string; width: number | null; height: number | null; problem?: string };

const IMAGE = /!\[([^\]]*)\]\((\.\/[^)\s]+)(?:\s+"[^"]*")?\)/g;
// No SVG: served from the site's own origin, an SVG can run script when opened directly.
const IMAGE_TYPES = ['.jpg', '.jpeg', '.png', '.webp', '.gif'];

// The model's computed fields (contentlayer.config.ts) collect images with fixed folders. The web
// editor runs the same functions to check and preview a draft, which must not publish its images
// into the build's public/ folder; computed fields are synchronous, so a switch around the call is exact.
let publishing = true;

/** Runs `fn` with images read and measured but not copied under public/inhoud/. */
export function withoutPublishingImages<T>(fn: () => T): T {
  const before = publishing;
  publishing = false;
  try {
    return fn();
  } finally {
    publishing = before;
  }
}

/** Finds the local images of one document and publishes them. Problems are reported, never thrown. */
export function collectImages(raw: string, sourceFileDir: string, dirs: { contentDir: string; publicDir: string }): ContentImage[] {
  return [...raw.matchAll(IMAGE)].map(([, alt, src]) => collectImage(src, alt, sourceFileDir, dirs));
}

/**
 * A file named `./…` next to a document: its path below the content folder and its public address
 * (the path below the content folder keeps names unique: a/foto.jpg and b/foto.jpg), or undefined
 * when it lies outside the document's folder.
 */
export function besideDocument(src: string, sourceFileDir: string, contentDir: string): { file: string; relative: string; url: string } | undefined {
  const folder = path.resolve(contentDir, sourceFileDir);
  const file = path.resolve(folder, src);
  if (!file.startsWith(folder + path.sep)) return undefined;
  // Also where links lead: a symbolic link beside the document must not publish a file from elsewhere.
  if (fs.existsSync(file) && !fs.realpathSync(file).startsWith(fs.realpathSync(contentDir) + path.sep)) return undefined;
  const relative = path.relative(path.resolve(contentDir), file).split(path.sep).join('/');
  return { file, relative, url: `/inhoud/${relative}` };
}

/**
 * Copies a file of the content to public/inhoud/, where the release takes it from
 * (lib/release/content-build.ts); not inside withoutPublishingImages (the editor's check and preview).
 */
export function publishContentFile(file: string, relative: string, publicDir: string) {
  if (!publishing) return;
  const target = path.join(publicDir, 'inhoud', relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(file, target);
}

/** One image next to a document (a body image, or a field such as a region's photo). */
export function collectImage(src: string, alt: string, sourceFileDir: string, { contentDir, publicDir }: { contentDir: string; publicDir: string }): ContentImage {
  const beside = besideDocument(src, sourceFileDir, contentDir);
  const image: ContentImage = { src, alt: alt.trim(), url: beside?.url ?? `/inhoud/${src}`, width: null, height: null };
  const problems: string[] = [];
  if (!image.alt) problems.push('afbeelding zonder alt-tekst');
  if (!beside) return { ...image, problem: [...problems, 'de afbeelding moet in dezelfde map staan als de Markdown (of in een map daaronder)'].join('; ') };
  if (!IMAGE_TYPES.includes(path.extname(src).toLowerCase())) problems.push(`onbekend soort afbeelding (${path.extname(src) || 'geen extensie'})`);
  else if (!fs.existsSync(beside.file)) problems.push('het bestand staat niet naast de Markdown');
  else {
    try {
      const size = imageSize(fs.readFileSync(beside.file));
      image.width = size.width ?? null;
      image.height = size.height ?? null;
      publishContentFile(beside.file, beside.relative, publicDir);
    } catch {
      problems.push('geen leesbare afbeelding');
    }
  }
  return problems.length ? { ...image, problem: problems.join('; ') } : image;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Rewrites the rendered <img> tags of local images with their public address and size. */
export function withImages(html: string, images: readonly ContentImage[]): string {
  if (images.length === 0) return html;
  const key = (src: string) => {
    const plain = src.replace(/&#x26;|&amp;/g, '&');
    try {
      return decodeURI(plain);
    } catch {
      return plain;
    }
  };
  const bySrc = new Map(images.map((i) => [key(i.src), i]));
  // Whole quoted attributes, so a ">" inside an alt text cannot end the tag early.
  return html.replace(/<img((?:\s+[\w-]+(?:="[^"]*")?)*)\s*\/?>/g, (tag, attrs: string) => {
    const src = /\ssrc="([^"]*)"/.exec(attrs)?.[1];
    const image = src ? bySrc.get(key(src)) : undefined;
    if (!image || image.width === null) return tag;
    return `<img src="${escapeAttr(image.url)}" alt="${escapeAttr(image.alt)}" width="${image.width}" height="${image.height}" loading="lazy" decoding="async">`;
  });
}
