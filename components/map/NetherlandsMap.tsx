import { MAP_HEIGHT, MAP_WIDTH, project } from '@/lib/municipalities/map';
import { DOT_RADIUS, hitAreas, labelPlaces, pathOf } from '@/lib/municipalities/map-marks';
import { contentLang } from '@/components/ui/Dutch';
import { localized, urls } from '@/lib/urls';

/** Font size (map units) of the label on a small map: it is drawn at about a third of its size. */
const CURRENT_LABEL_SIZE = 44;
/** Where the map's script is served (built from components/map/map.ts): Esc hides a shown name. */
const MAP_SCRIPT = '/js/kaart.js';

export type MapMark = { code: string; name: string; point: readonly [number, number]; href?: string };

/**
 * The Netherlands with marked municipalities, as server-rendered SVG. Each mark is a link named
 * after its municipality, hit anywhere in an invisible area around its dot; its name shows on hover
 * and on keyboard focus (CSS), over every dot and beside its own where it covers no other, and Esc
 * hides it (the script). With `current` the map is one image with the given label.
 */
export function NetherlandsMap({
  marks,
  label,
  locale,
  current = false,
  className,
}: {
  marks: MapMark[];
  label: string;
  locale: string;
  current?: boolean;
  className?: string;
}) {
  const points = marks.map((m) => project(m.point));
  const outline = <image href={urls.mapOutline()} width={MAP_WIDTH} height={MAP_HEIGHT} aria-hidden="true" />;
  if (current) {
    // One mark, not a link: the map is one image with the given label, the name always shown.
    return (
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className={`map h-auto w-full ${className ?? ''}`} role="img" aria-label={label}>
        {outline}
        {marks.map((m, i) => {
          const [x, y] = points[i];
          // Centred above its mark, kept inside the map by its estimated width.
          const half = (m.name.length * CURRENT_LABEL_SIZE * 0.55) / 2;
          return (
            <g key={m.code} lang={contentLang(locale)} className="map-mark map-mark-current">
              <circle cx={x} cy={y} r={16} />
              <text x={Math.min(Math.max(x, half + 4), MAP_WIDTH - half - 4)} y={y - 28} textAnchor="middle" className="map-label">
                {m.name}
              </text>
            </g>
          );
        })}
      </svg>
    );
  }
  const areas = hitAreas(points);
  const places = labelPlaces(
    points,
    marks.map((m) => m.name),
  );
  return (
    <>
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className={`map h-auto w-full ${className ?? ''}`} role="group" aria-label={label} data-map-links="">
        {outline}
        {/* Every dot first and every link after: a name shown on hover or focus is drawn over all dots. */}
        <g aria-hidden="true" className="map-dots">
          {points.map(([x, y], i) => (
            <circle key={marks[i].code} cx={x} cy={y} r={DOT_RADIUS} />
          ))}
        </g>
        {marks.map((m, i) => {
          const [x, y] = points[i];
          const place = places[i];
          return (
            <a key={m.code} href={localized(m.href ?? '', locale)} aria-label={m.name} lang={contentLang(locale)} className="map-mark">
              {/* Invisible: where a pointer reaches this mark (lib/municipalities/map-marks.ts). */}
              <path d={pathOf(areas[i])} className="map-hit" />
              <circle cx={x} cy={y} r={DOT_RADIUS} className="map-ring" />
              {place.areas.map((area, k) => (
                <rect key={k} {...area} className="map-label-area" />
              ))}
              <text x={place.x} y={place.y} textAnchor={place.anchor} className="map-label">
                {m.name}
              </text>
            </a>
          );
        })}
      </svg>
      <script src={MAP_SCRIPT} defer />
    </>
  );
}
