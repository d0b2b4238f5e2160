import { currentContent } from '@/lib/content';
import { siteOrigin } from '@/lib/feeds/format';
import { dcatCatalog, toCsv, toJson } from '@/lib/open-data/format';
import { modifiedOf, siteDatasets } from '@/lib/open-data';

// /open-data/<dataset>.csv, /open-data/<dataset>.json and /open-data/catalogus.jsonld
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const origin = siteOrigin(request);
  const content = currentContent();
  const all = siteDatasets(content, origin);
  const modified = modifiedOf(content);
  const headers = (type: string, name: string) => ({
    'Content-Type': type,
    'Content-Disposition': `inline; filename="${name}"`,
    'Cache-Control': 'public, max-age=3600',
  });
  if (file === 'catalogus.jsonld')
    return new Response(JSON.stringify(dcatCatalog(all, origin, modified), null, 2), { headers: headers('application/ld+json; charset=utf-8', file) });
  const match = /^([a-z]+)\.(csv|json)$/.exec(file);
  const dataset = match && all.find((d) => d.id === match[1]);
  if (!match || !dataset) return new Response('Niet gevonden', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return match[2] === 'csv'
    ? new Response(toCsv(dataset.rows), { headers: headers('text/csv; charset=utf-8', file) })
    : new Response(toJson(dataset, modified(dataset)), { headers: headers('application/json; charset=utf-8', file) });
}
