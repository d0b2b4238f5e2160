import { MAP_HEIGHT, MAP_WIDTH, project } from '@/lib/municipalities/map';
import { contentLang } from '@/components/ui/Dutch';
import { localized, urls } from '@/lib/urls';

/** Font size (map units) of the label on a small map: it is drawn at about a third of its size. */
const CURRENT_LABEL_SIZE = 44;

export type MapMark = { code: string; name: string; point: readonly [number, number]; href?: string };

/**
 * The Netherlands with marked municipalities, as server-rendered SVG. A mark with an address is a
 * link named after its municipality; its label shows on hover and on keyboard focus (CSS only).
 * Without links (`current`) the map is one image with the given label.
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
  const body = marks.map((m) => {
    const [x, y] = project(m.point);
    // Labels near the eastern border go to the left of the mark so they stay on the map. The one
    // label of a small map sits centred above its mark, kept inside the map by its estimated width.
    const left = x > MAP_WIDTH * 0.62;
    const half = (m.name.length * CURRENT_LABEL_SIZE * 0.55) / 2;
    const text = current ? (
      <text x={Math.min(Math.max(x, half + 4), MAP_WIDTH - half - 4)} y={y - 28} textAnchor="middle" className="map-label">
        {m.name}
      </text>
    ) : (
      <text x={left ? x - 14 : x + 14} y={y + 6} textAnchor={left ? 'end' : 'start'} className="map-label">
        {m.name}
      </text>
    );
    const dot = <circle cx={x} cy={y} r={current ? 16 : 8} />;
    if (!m.href) {
      return (
        <g key={m.code} lang={contentLang(locale)} className="map-mark map-mark-current">
          {dot}
          {text}
        </g>
      );
    }
    return (
      <a key={m.code} href={localized(m.href, locale)} aria-label={m.name} lang={contentLang(locale)} className="map-mark">
        {dot}
        {text}
      </a>
    );
  });
  return (
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      className={`map h-auto w-full ${className ?? ''}`}
      {...(current ? { role: 'img', 'aria-label': label } : { role: 'group', 'aria-label': label })}
    >
      <image href={urls.mapOutline()} width={MAP_WIDTH} height={MAP_HEIGHT} aria-hidden="true" />
      {body}
    </svg>
  );
}
