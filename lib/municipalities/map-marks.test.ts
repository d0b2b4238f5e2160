import { describe, expect, it } from 'vitest';
import { bundledRelease } from '@/lib/content';
import { MAP_HEIGHT, MAP_WIDTH, project } from '@/lib/municipalities/map';
import { DOT_RADIUS, HIT_RADIUS, hitAreas, holdsSquare, labelPlaces, MIN_TARGET } from '@/lib/municipalities/map-marks';
import { registerMunicipality } from '@/lib/municipalities/register';

const { built } = bundledRelease;

type Point = readonly [number, number];

/** Point in convex polygon (counter-clockwise in x, y); `strict` leaves out its edges, which neighbours share. */
const inside = (polygon: readonly Point[], [x, y]: Point, strict = false) =>
  polygon.every((a, i) => {
    const b = polygon[(i + 1) % polygon.length];
    const cross = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
    return strict ? cross > 1e-9 : cross >= -1e-9;
  });

/** The maps of links the site draws: all GKA municipalities (/gemeenten) and each region's. */
const pointsOf = (list: readonly { cbsCode: string }[]) =>
  list.flatMap((m) => (registerMunicipality(m.cbsCode) ? [project(registerMunicipality(m.cbsCode)!.point)] : []));
const SITE_MAPS: [string, Point[], string[]][] = [
  ['/gemeenten', pointsOf(built.municipalities), built.municipalities.filter((m) => registerMunicipality(m.cbsCode)).map((m) => m.title)],
  ...built.regions.map((r): [string, Point[], string[]] => {
    const members = built.municipalitiesInRegion(r).members;
    return [`/regiocoordinatoren/${r.slug}`, pointsOf(members), members.filter((m) => registerMunicipality(m.cbsCode)).map((m) => m.title)];
  }),
];

describe('hit areas of the marks on a map of links (WCAG 2.5.8)', () => {
  it('is 24 CSS px on the smallest map', () => {
    expect(MIN_TARGET).toBe(50);
    expect((MIN_TARGET * 288) / MAP_WIDTH).toBeGreaterThanOrEqual(24);
  });

  it('gives every mark on the site an area round its dot, as large as its neighbours leave room for', () => {
    expect(SITE_MAPS[0][1].length).toBeGreaterThan(30);
    for (const [map, points] of SITE_MAPS) {
      const areas = hitAreas(points);
      areas.forEach((area, i) => {
        expect(inside(area, points[i]), `${map} #${i}`).toBe(true);
        const nearest = Math.min(...points.filter((_, j) => j !== i).map(([x, y]) => Math.hypot(x - points[i][0], y - points[i][1])));
        expect(holdsSquare(area, Math.min(MIN_TARGET, 0.7 * nearest)), `${map} #${i}`).toBe(true);
      });
    }
  });

  it('gives a mark a square of 24 CSS px on the smallest map unless neighbours crowd it (the page then lists it as a link)', () => {
    const points = SITE_MAPS[0][1];
    const areas = hitAreas(points);
    const roomy = areas.filter((a) => holdsSquare(a, MIN_TARGET)).length;
    // 37 marks today: 20 hold the square at 288 px wide, the crowded Randstad and Limburg ones not.
    expect(roomy).toBeGreaterThanOrEqual(Math.floor(points.length / 2));
  });

  it('never lets two areas overlap, whatever the points: near, far, on one spot, in a row', () => {
    const cases: Point[][] = [
      [
        [100, 100],
        [101, 100],
      ],
      [
        [300, 300],
        [300, 300],
      ],
      [
        [200, 200],
        [210, 200],
        [220, 200],
        [230, 205],
      ],
      [
        [100, 100],
        [500, 600],
      ],
      SITE_MAPS[0][1],
    ];
    for (const points of cases) {
      const areas = hitAreas(points);
      for (let x = 0; x <= MAP_WIDTH; x += 6) {
        for (let y = 0; y <= MAP_HEIGHT; y += 6) {
          const hits = areas.filter((a) => inside(a, [x, y], true)).length;
          expect(hits, `${x},${y}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('keeps a lone mark a disc of HIT_RADIUS, and two close marks each a half that still holds the square', () => {
    const [lone] = hitAreas([[300, 300]]);
    for (const [x, y] of lone) expect(Math.hypot(x - 300, y - 300)).toBeCloseTo(HIT_RADIUS, 5);
    const pair = hitAreas([
      [300, 300],
      [302, 300],
    ]);
    expect(pair.every((a) => holdsSquare(a, MIN_TARGET))).toBe(true);
    expect(inside(pair[0], [250, 300])).toBe(true);
    expect(inside(pair[1], [350, 300])).toBe(true);
  });
});

describe('where the names go (WCAG 1.4.13)', () => {
  it('puts every name of the site on the map, and over no other dot where the dots around leave a place', () => {
    for (const [map, points, names] of SITE_MAPS) {
      const covering = labelPlaces(points, names).map((place, i) => {
        // The bridge from dot to name (which keeps the name shown under a pointer) covers no other
        // dot, but for one that touches this one already (Rotterdam and Schiedam).
        const bridge = place.areas[1];
        const bridged = points.filter(
          ([x, y], j) =>
            j !== i &&
            Math.hypot(x - points[i][0], y - points[i][1]) >= 2 * DOT_RADIUS &&
            x + DOT_RADIUS > bridge.x &&
            x - DOT_RADIUS < bridge.x + bridge.width &&
            y + DOT_RADIUS > bridge.y &&
            y - DOT_RADIUS < bridge.y + bridge.height,
        );
        expect(bridged, `${map} ${names[i]}`).toEqual([]);
        const width = names[i].length * 22 * 0.6;
        const left = place.anchor === 'start' ? place.x : place.anchor === 'end' ? place.x - width : place.x - width / 2;
        const box = { left, right: left + width, top: place.y - 22 * 0.8, bottom: place.y + 22 * 0.25 };
        expect(box.left, `${map} ${names[i]}`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${map} ${names[i]}`).toBeLessThanOrEqual(MAP_WIDTH);
        expect(box.top, `${map} ${names[i]}`).toBeGreaterThanOrEqual(0);
        return points.filter(
          ([x, y], j) => j !== i && x + DOT_RADIUS > box.left && x - DOT_RADIUS < box.right && y + DOT_RADIUS > box.top && y - DOT_RADIUS < box.bottom,
        ).length;
      });
      // Where every place beside, above and below is taken, a name covers one dot, never more.
      expect(Math.max(...covering), map).toBeLessThanOrEqual(1);
      expect(covering.filter((n) => n > 0).length, map).toBeLessThanOrEqual(Math.ceil(points.length / 8));
      if (map === '/gemeenten') expect(covering[names.indexOf('Schiedam')]).toBe(0);
    }
  });

  it('puts a name near the eastern border to the left of its dot, and moves a name off a neighbour', () => {
    const [east] = labelPlaces([[560, 300]], ['Enschede']);
    expect(east.anchor).toBe('end');
    // Schiedam's name to the right would lie over Rotterdam's dot.
    const [schiedam] = labelPlaces(
      [
        [150, 400],
        [175, 400],
      ],
      ['Schiedam', 'Rotterdam'],
    );
    expect(schiedam.anchor).not.toBe('start');
  });
});
