// Events as iCalendar (.ics), built with the `ics` package: one event for "Zet in mijn agenda",
// all events for the subscribable agenda feed.
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { amsterdamToInstant, endInstant, isDay, isDayTime } from '../dates';

/** The fields of an event (and its sessions) that a calendar needs; contentlayer's Event fits. */
export type CalendarSession = { title: string; start?: string; end?: string; when?: string; location?: string };
export type CalendarEvent = {
  slug: string;
  title: string;
  summary: string;
  url: string;
  start: string;
  end?: string;
  location?: string;
  sessions: CalendarSession[];
};

const CALENDAR_NAME = 'Activiteiten van de Gelijke Kansen Alliantie';
const PRODUCT_ID = '-//Gelijke Kansen Alliantie//GKA-portal//NL';

function dayArray(day: string): DateArray {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return [y, m, d];
}

/** The calendar day after `day`: all-day DTEND is exclusive (RFC 5545). */
function nextDay(day: string): DateArray {
  const [y, m, d] = dayArray(day);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/**
 * Start and end in the form `ics` wants. A day without time becomes an all-day event; a wall-clock
 * time becomes a UTC instant via amsterdamToInstant, so summer and winter time come out right
 * without shipping a VTIMEZONE.
 */
function timing(
  start: string,
  end: string | undefined,
): Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType'> & { end: EventAttributes['start'] } {
  if (isDay(start)) {
    return { start: dayArray(start), end: nextDay(end ?? start) };
  }
  if (!isDayTime(start)) throw new Error(`Ongeldige begintijd voor de agenda: "${start}"`);
  const from = amsterdamToInstant(start).getTime();
  // An end without time means "until the end of that day" (endInstant); no end at all gives a
  // moment, not a made-up duration.
  const to = end ? endInstant(start, end).getTime() : from;
  return { start: from, startInputType: 'utc', startOutputType: 'utc', end: Math.max(from, to) };
}

/**
 * The calendar entries of one event: one per session with a start (a series such as a learning
 * network), otherwise one for the event itself. The UID number is the session's position in the
 * content (1-based; 0 for the event itself), so adding a date to a session later, or
 * re-publishing, keeps the UIDs a calendar already knows.
 */
export function calendarEntries(event: CalendarEvent, origin: string): EventAttributes[] {
  const url = `${origin}${event.url}`;
  const description = `${event.summary}\n\n${url}`;
  const base = { description, url, status: 'CONFIRMED' as const };
  const dated = event.sessions.map((s, i) => ({ s, n: i + 1 })).filter(({ s }) => s.start);
  if (dated.length === 0) {
    return [{ ...base, ...timing(event.start, event.end), uid: uid(event.slug, 0), title: event.title, location: event.location }];
  }
  return dated.map(({ s, n }) => ({
    ...base,
    ...timing(s.start!, s.end),
    uid: uid(event.slug, n),
    title: `${event.title}: ${s.title}`,
    location: s.location ?? event.location,
  }));
}

function uid(slug: string, n: number): string {
  return `${slug}-${n}@gelijkekansen`;
}

/** A whole VCALENDAR. Throws when `ics` rejects the data: a content error, not a visitor's. */
export function calendarFile(events: readonly CalendarEvent[], origin: string): string {
  const entries = events.flatMap((e) => calendarEntries(e, origin));
  const { error, value } = createEvents(entries, { productId: PRODUCT_ID, calName: CALENDAR_NAME, method: 'PUBLISH' });
  if (error || value === null) throw error ?? new Error('Agenda kon niet worden gemaakt');
  return value;
}

/** The HTTP answer: a download for one event, a subscribable feed for all of them. */
export function calendarResponse(ics: string, filename?: string): Response {
  const headers: Record<string, string> = { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'public, max-age=300' };
  if (filename) headers['Content-Disposition'] = `attachment; filename="${filename}"`;
  return new Response(ics, { headers });
}
