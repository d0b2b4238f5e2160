// The map of the Netherlands, drawn on the server: province outlines (data/provincies-2025.geo.json)
// and points projected into one SVG coordinate space. No tiles and nothing at run time but maths.
import provinces from '../../data/provincies-2025.geo.json';

type Position = [number, number];
type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
type Feature = { properties: { code: string; name: string }; geometry: Geometry };

const FEATURES = (provinces as unknown as { features: Feature[] }).features;

const polygonsOf = (g: Geometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const allPositions = FEATURES.flatMap((f) => polygonsOf(f.geometry).flat(2));

const WEST = Math.min(...allPositions.map((p) => p[0]));
const EAST = Math.max(...allPositions.map((p) => p[0]));
const SOUTH = Math.min(...allPositions.map((p) => p[1]));
const NORTH = Math.max(...allPositions.map((p) => p[1]));

// Equirectangular with the east–west scale of the middle latitude: over a country this small it
// is indistinguishable from the projections of printed maps, and it keeps the code obvious.
const X_SCALE = Math.cos((((NORTH + SOUTH) / 2) * Math.PI) / 180);
const PADDING = 12;
export const MAP_WIDTH = 600;
const SCALE = (MAP_WIDTH - 2 * PADDING) / ((EAST - WEST) * X_SCALE);
export const MAP_HEIGHT = Math.round((NORTH - SOUTH) * SCALE + 2 * PADDING);

const round = (n: number) => Math.round(n * 10) / 10;

/** [lon, lat] in WGS84 → [x, y] in the map's SVG coordinates. */
export function project([lon, lat]: readonly [number, number]): [number, number] {
  return [round(PADDING + (lon - WEST) * X_SCALE * SCALE), round(PADDING + (NORTH - lat) * SCALE)];
}

function ringPath(ring: Position[]): string {
  return `M${ring.map((p) => project(p).join(' ')).join('L')}Z`;
}

/** One SVG path per province; rings with holes (Zuid-Holland's waters) need fill-rule evenodd. */
export const PROVINCE_PATHS: { code: string; name: string; d: string }[] = FEATURES.map((f) => ({
  code: f.properties.code,
  name: f.properties.name,
  d: polygonsOf(f.geometry)
    .flatMap((polygon) => polygon.map(ringPath))
    .join(''),
}));

export const MAP_SOURCE = 'CBS / PDOK, Gebiedsindelingen 2025';
