import { finderData } from '@/lib/municipalities/register';

// /regiocoordinatoren/gemeenten.json: what the finder's combobox needs to suggest names in the
// browser with the same matching as the server. Built once; about 9 KB gzip.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(finderData(), { headers: { 'Cache-Control': 'public, max-age=86400' } });
}
