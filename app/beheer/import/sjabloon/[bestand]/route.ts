import { FORMATS, IMPORT_KINDS, templateFile, type Format, type ImportKind } from '@/lib/import';
import { requireStaff } from '@/lib/staff';
import { MODEL_TYPES } from '@/lib/editor/model';
import { contentDir } from '@/lib/editor';

export const dynamic = 'force-dynamic';

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
  const bytes = await templateFile(kind as ImportKind, format as Format, { contentDir: contentDir(), types: MODEL_TYPES });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': TYPE[format as Format],
      'Content-Disposition': `attachment; filename="sjabloon-${kind}.${format}"`,
      'Cache-Control': 'no-store',
    },
  });
}
