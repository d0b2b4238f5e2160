import path from 'node:path';
import { Agenda, Event, Intervention, Municipality, News, Page, PodcastEpisode, Publication, Region, Theme } from '@/contentlayer.config';
import { FORMATS, IMPORT_KINDS, templateFile, type Format, type ImportKind } from '@/lib/import';
import { requireStaff } from '@/lib/staff';

export const dynamic = 'force-dynamic';

const TYPES = [Theme, News, Publication, Agenda, Municipality, Region, Intervention, Event, PodcastEpisode, Page].map((t) => t.def()) as never;
const TYPE = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' } satisfies Record<Format, string>;

/**
 * The import's template (`interventies.xlsx`, `gemeenten.csv`), made from the content folder so its
 * lists of themes and municipalities are the site's own; only with a session.
 */
export async function GET(_: Request, { params }: { params: Promise<{ bestand: string }> }) {
  await requireStaff();
  const [, kind, format] = /^([a-z]+)\.([a-z]+)$/.exec((await params).bestand) ?? [];
  if (!IMPORT_KINDS.includes(kind as ImportKind) || !FORMATS.includes(format as Format)) {
    return new Response('Dit sjabloon bestaat niet. Kies interventies of gemeenten, als .xlsx of .csv.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
  const bytes = await templateFile(kind as ImportKind, format as Format, { contentDir, types: TYPES });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': TYPE[format as Format],
      'Content-Disposition': `attachment; filename="sjabloon-${kind}.${format}"`,
      'Cache-Control': 'no-store',
    },
  });
}
