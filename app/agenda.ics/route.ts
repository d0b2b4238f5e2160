// GET /agenda.ics: all activities as one subscribable calendar (webcal clients poll this address).
import { calendarFile, calendarResponse } from '@/lib/calendar';
import { events } from '@/lib/content';
import { siteOrigin } from '@/lib/feeds';

export function GET(request: Request) {
  return calendarResponse(calendarFile(events, siteOrigin(request)));
}
