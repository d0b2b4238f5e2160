// Page metadata for search engines and social media: canonical address, Open Graph and Twitter.
// Next replaces (does not merge) a layout's openGraph when a page sets its own, so every page
// gets the whole set from here.
import type { Metadata } from 'next';
import { SITE_NAME } from '../site';

/** Every page's title: its own, then the site's name (the same in both languages). */
export const TITLE_TEMPLATE = `%s | ${SITE_NAME}`;
import { SHARE_IMAGE_SIZE, shareImageUrl, type ShareKind } from './share-images';

type Alternates = NonNullable<Metadata['alternates']>;

export type PageMetadataInput = {
  title: string;
  description?: string;
  /** The Dutch address without locale prefix: the canonical one (English only translates the interface). */
  path: string;
  kind: ShareKind;
  /** Articles (news, publications) get og:type article with their publication date. */
  published?: string;
  modified?: string;
  feeds?: Alternates['types'];
  noindex?: boolean;
};

export function pageMetadata({ title, description, path, kind, published, modified, feeds, noindex }: PageMetadataInput): Metadata {
  const image = { url: shareImageUrl(kind), ...SHARE_IMAGE_SIZE, alt: SITE_NAME };
  const common = { title, description, url: path, siteName: SITE_NAME, locale: 'nl_NL', images: [image] };
  return {
    title,
    description,
    alternates: { canonical: path, ...(feeds ? { types: feeds } : {}) },
    openGraph: published
      ? { ...common, type: 'article', publishedTime: published, ...(modified ? { modifiedTime: modified } : {}) }
      : { ...common, type: 'website' },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

export type HeadTag = { tag: 'title' | 'meta' | 'link'; attrs: Record<string, string>; text?: string };

const absolute = (url: string | URL, origin: string) => new URL(String(url), `${origin}/`).toString();

/**
 * The head tags Next writes for this module's metadata (pageMetadata, and a layout title template),
 * for pages the production server renders itself. Covers exactly the fields pageMetadata sets.
 */
export function metadataTags(meta: Metadata, { origin, titleTemplate }: { origin: string; titleTemplate: string }): HeadTag[] {
  const tags: HeadTag[] = [];
  const title =
    typeof meta.title === 'string' ? titleTemplate.replace('%s', meta.title) : meta.title && 'absolute' in meta.title ? meta.title.absolute : undefined;
  if (title) tags.push({ tag: 'title', attrs: {}, text: title });
  if (meta.description) tags.push({ tag: 'meta', attrs: { name: 'description', content: meta.description } });
  const robots = meta.robots as { index?: boolean; follow?: boolean } | undefined;
  if (robots)
    tags.push({
      tag: 'meta',
      attrs: { name: 'robots', content: `${robots.index === false ? 'noindex' : 'index'}, ${robots.follow === false ? 'nofollow' : 'follow'}` },
    });
  const alternates = meta.alternates;
  if (alternates?.canonical) tags.push({ tag: 'link', attrs: { rel: 'canonical', href: absolute(alternates.canonical as string, origin) } });
  for (const [type, value] of Object.entries(alternates?.types ?? {})) {
    for (const item of typeof value === 'string' ? [{ url: value }] : ((value ?? []) as { url: string; title?: string }[])) {
      tags.push({ tag: 'link', attrs: { rel: 'alternate', type, href: absolute(item.url, origin), ...(item.title ? { title: item.title } : {}) } });
    }
  }
  const og = meta.openGraph as (Record<string, unknown> & { images?: { url: string; width?: number; height?: number; alt?: string }[] }) | undefined;
  if (og) {
    const property = (name: string, content: unknown) =>
      content !== undefined && tags.push({ tag: 'meta', attrs: { property: name, content: String(content) } });
    property('og:title', og.title);
    property('og:description', og.description);
    property('og:url', og.url && absolute(og.url as string, origin));
    property('og:site_name', og.siteName);
    property('og:locale', og.locale);
    for (const image of og.images ?? []) {
      property('og:image', absolute(image.url, origin));
      property('og:image:width', image.width);
      property('og:image:height', image.height);
      property('og:image:alt', image.alt);
    }
    property('og:type', og.type);
    property('article:published_time', og.publishedTime);
    property('article:modified_time', og.modifiedTime);
  }
  const twitter = meta.twitter as { card?: string; title?: string; description?: string; images?: string[] } | undefined;
  if (twitter) {
    const name = (n: string, content: unknown) => content !== undefined && tags.push({ tag: 'meta', attrs: { name: n, content: String(content) } });
    name('twitter:card', twitter.card);
    name('twitter:title', twitter.title);
    name('twitter:description', twitter.description);
    for (const image of twitter.images ?? []) name('twitter:image', absolute(image, origin));
  }
  return tags;
}
