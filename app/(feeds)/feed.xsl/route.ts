import { FEED_XSL } from '@/lib/feeds/stylesheet';

// The stylesheet that makes a feed readable in a browser (lib/feeds/stylesheet.ts).
export const dynamic = 'force-static';
export function GET() {
  return new Response(FEED_XSL, { headers: { 'Content-Type': 'text/xsl; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
}
