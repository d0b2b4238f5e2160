// GET /agenda.ics: all activities as one subscribable calendar (webcal clients poll this address).
import { calendarFile, calendarResponse } from '@/lib/feeds/calendar';
import { currentContent } from '@/lib/content';
import { siteOrigin } from '@/lib/feeds/format';

export function GET(request: Request) {
  return calendarResponse(calendarFile(currentContent().events, siteOrigin(request)));
}
