// Page metadata for search engines and social media: canonical address, Open Graph and Twitter.
// Next replaces (does not merge) a layout's openGraph when a page sets its own, so every page
// gets the whole set from here.
import type { Metadata } from 'next';
import { SITE_NAME } from './site';
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
