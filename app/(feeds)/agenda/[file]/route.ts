// GET /agenda/<event-slug>.ics: one event (every dated session of a series) to put in a calendar.
// It lives outside app/(site)/[locale] because the dot makes the locale proxy skip it (see proxy.ts).
import { calendarFile, calendarResponse } from '@/lib/feeds/calendar';
import { currentContent } from '@/lib/content';
import { findBySlug } from '@/lib/content/queries';
import { siteOrigin } from '@/lib/feeds/format';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const event = file.endsWith('.ics') ? findBySlug(currentContent().events, file.slice(0, -'.ics'.length)) : undefined;
  if (!event) return new Response('Niet gevonden', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return calendarResponse(calendarFile([event], siteOrigin(request)), `${event.slug}.ics`);
}
