import type { MetadataRoute } from 'next';
import { currentContent } from '@/lib/content';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { configuredOrigin } from '@/lib/urls';

// /sitemap.xml. Built with the site, so SITE_URL must be set at build time for production URLs.
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(configuredOrigin(), currentContent());
}
