import { MAP_HEIGHT, MAP_WIDTH, PROVINCE_PATHS } from '@/lib/municipalities/map';

// /kaart/nederland.svg: the province outlines under every map on the site, one cached file rather
// than 20 KB of paths in each page. Drawn at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: 'nederland.svg' }];
}

export function GET() {
  const paths = PROVINCE_PATHS.map((p) => `<path d="${p.d}"><title>${p.name}</title></path>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"><g fill="#7693b3" stroke="#ffffff" stroke-width="1.5" stroke-linejoin="round" fill-rule="evenodd">${paths}</g></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' } });
}
