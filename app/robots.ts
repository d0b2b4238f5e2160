import type { MetadataRoute } from 'next';
import { configuredOrigin } from '@/lib/urls';

// /robots.txt: everything may be crawled; the sitemap says what there is.
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: `${configuredOrigin()}/sitemap.xml` };
}
