// Where the marks of a map of links are hit and where their names go (components/map/NetherlandsMap).
// Marks are small dots, and neighbours such as Rotterdam and Schiedam are a few pixels apart, so
// the dot cannot be the target. Each mark gets an invisible hit area instead: every point within
// HIT_RADIUS that is nearer to it than to any other mark (its Voronoi cell, cut to a disc). The
// areas never overlap, and each holds a square of MIN_TARGET map units, which is at least 24 CSS
// pixels on the smallest map the site draws (WCAG 2.2, 2.5.8). A name is put where it covers no
// other mark (WCAG 1.4.13).
import { MAP_HEIGHT, MAP_WIDTH } from './map';

type Point = readonly [number, number];

/** The map is never drawn narrower than 288 CSS px (a 320 px screen less the page's margins). */
export const SMALLEST_MAP_PX = 288;
/** 24 CSS px on the smallest map, in map units (50). */
export const MIN_TARGET = Math.ceil((24 * MAP_WIDTH) / SMALLEST_MAP_PX);
/** How far from its dot a mark can be hit: enough for a square of MIN_TARGET beside a close neighbour. */
export const HIT_RADIUS = 64;
/** The dot of a mark: its radius and its white ring. */
export const DOT_RADIUS = 8;
export const LABEL_SIZE = 22;

/** A regular polygon close to the disc (the cell is cut from it). */
function disc([cx, cy]: Point, r: number, sides = 32): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = (2 * Math.PI * i) / sides;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as const;
  });
}

/** The part of a convex polygon nearer to `p` than to `q` (Sutherland–Hodgman against the bisector). */
function nearerTo(polygon: Point[], p: Point, q: Point): Point[] {
  // Inside when (x − m)·(q − p) ≤ 0, with m the midpoint of p and q.
  const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
  const [mx, my] = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  const side = ([x, y]: Point) => (x - mx) * dx + (y - my) * dy;
  const out: Point[] = [];
  polygon.forEach((a, i) => {
    const b = polygon[(i + 1) % polygon.length];
    const [sa, sb] = [side(a), side(b)];
    if (sa <= 0) out.push(a);
    if (sa < 0 !== sb < 0 && sa !== 0 && sb !== 0) {
      const t = sa / (sa - sb);
      out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
    }
  });
  return out;
}

/** Each point's hit area: its Voronoi cell among `points`, cut to a disc of HIT_RADIUS. */
export function hitAreas(points: readonly Point[]): Point[][] {
  return points.map((p, i) =>
    points.reduce<Point[]>(
      (cell, q, j) => {
        if (j === i || Math.hypot(q[0] - p[0], q[1] - p[1]) >= 2 * HIT_RADIUS) return cell;
        // Two marks on one spot: the later one counts as a hair to the east, for both cuts alike.
        const same = q[0] === p[0] && q[1] === p[1];
        const nudged = (point: Point, later: boolean): Point => (same && later ? [point[0] + 0.01, point[1]] : point);
        return nearerTo(cell, nudged(p, i > j), nudged(q, j > i));
      },
      disc(p, HIT_RADIUS),
    ),
  );
}

/** An SVG path for a polygon, rounded to a tenth of a unit. */
export function pathOf(polygon: readonly Point[]): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${polygon.map(([x, y]) => `${r(x)} ${r(y)}`).join('L')}Z`;
}

/** Whether a convex polygon holds an axis-parallel square of `side` (searched on a grid of one unit). */
export function holdsSquare(polygon: readonly Point[], side: number): boolean {
  const inside = ([x, y]: Point) =>
    polygon.every((a, i) => {
      const b = polygon[(i + 1) % polygon.length];
      // The polygons run counter-clockwise in x, y (clockwise on screen, where y runs down).
      return (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]) >= -1e-9;
    });
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  for (let x = Math.min(...xs); x + side <= Math.max(...xs); x++) {
    for (let y = Math.min(...ys); y + side <= Math.max(...ys); y++) {
      if (inside([x, y]) && inside([x + side, y]) && inside([x, y + side]) && inside([x + side, y + side])) return true;
    }
  }
  return false;
}

export type LabelPlace = { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
type Rect = { x: number; y: number; width: number; height: number };
/** Where the name is, and the areas under it and between it and the dot that keep it shown under a pointer. */
export type Label = LabelPlace & { areas: [Rect, Rect] };
type Box = { left: number; right: number; top: number; bottom: number };

/** The estimated box of a bold label (Geist is about 0.6 em a character) with its white halo. */
function labelBox(place: LabelPlace, text: string): Box {
  const width = text.length * LABEL_SIZE * 0.6;
  const left = place.anchor === 'start' ? place.x : place.anchor === 'end' ? place.x - width : place.x - width / 2;
  return { left: left - 3, right: left + width + 3, top: place.y - LABEL_SIZE * 0.95 - 3, bottom: place.y + LABEL_SIZE * 0.3 + 3 };
}

/**
 * Where each name goes: beside its dot (away from the eastern border first), else above or below,
 * the first place that stays on the map and covers no other dot; failing that, the one covering fewest.
 */
export function labelPlaces(points: readonly Point[], names: readonly string[]): Label[] {
  const gap = DOT_RADIUS + 6;
  const baseline = LABEL_SIZE * 0.3;
  return points.map(([x, y], i) => {
    const lift = LABEL_SIZE * 0.7;
    const right: LabelPlace[] = [0, -lift, lift].map((dy) => ({ x: x + gap, y: y + baseline + dy, anchor: 'start' }));
    const left: LabelPlace[] = [0, -lift, lift].map((dy) => ({ x: x - gap, y: y + baseline + dy, anchor: 'end' }));
    const aboveY = y - gap - LABEL_SIZE * 0.25;
    const belowY = y + gap + LABEL_SIZE * 0.8;
    // Then a line further off, when the dots around leave no room beside or just above or below.
    const width = names[i].length * LABEL_SIZE * 0.6;
    const vertical: LabelPlace[] = [aboveY, belowY, aboveY - LABEL_SIZE, belowY + LABEL_SIZE].flatMap((ly) =>
      [0, -0.25, 0.25, -0.45, 0.45].map((shift) => ({ x: x + shift * width, y: ly, anchor: 'middle' as const })),
    );
    const candidates = x > MAP_WIDTH * 0.62 ? [...left, ...right, ...vertical] : [...right, ...left, ...vertical];
    const reach = DOT_RADIUS + 2;
    const covered = (box: Box) =>
      points.filter(([px, py], j) => j !== i && px + reach > box.left && px - reach < box.right && py + reach > box.top && py - reach < box.bottom).length;
    const onMap = (box: Box) => box.left >= 0 && box.right <= MAP_WIDTH && box.top >= 0 && box.bottom <= MAP_HEIGHT;
    const scored = candidates.map((place) => {
      const box = labelBox(place, names[i]);
      // A name cut off at the edge is unreadable: worse than one that covers a dot.
      return { place, cost: covered(box) * 2 + (onMap(box) ? 0 : 10) };
    });
    const { place } = scored.reduce((best, c) => (c.cost < best.cost ? c : best));
    // The pointer goes from the dot to the name without leaving the mark (WCAG 1.4.13, hoverable).
    // The bridge is as wide as the dot, from the dot to the nearest point of the name: no wider, so
    // that it covers no neighbour's dot.
    const box = labelBox(place, names[i]);
    const [nx, ny] = [Math.min(Math.max(x, box.left), box.right), Math.min(Math.max(y, box.top), box.bottom)];
    const bridge = {
      x: Math.min(x, nx) - DOT_RADIUS,
      y: Math.min(y, ny) - DOT_RADIUS,
      width: Math.abs(x - nx) + 2 * DOT_RADIUS,
      height: Math.abs(y - ny) + 2 * DOT_RADIUS,
    };
    const under = { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top };
    return { ...place, areas: [under, bridge] };
  });
}
