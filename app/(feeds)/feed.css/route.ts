import { FEED_CSS } from '@/lib/feeds/stylesheet';

// The styles of a feed shown in a browser (lib/feeds/stylesheet.ts).
export const dynamic = 'force-static';
export function GET() {
  return new Response(FEED_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
}
