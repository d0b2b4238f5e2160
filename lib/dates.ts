// Content dates are written as Amsterdam wall-clock time ("2024-01-18T16:00") or as a calendar
// day ("2024-01-18"). Everything that turns them into instants or words happens here.

export const TIME_ZONE = 'Europe/Amsterdam';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isDay(value: string): boolean {
  return DAY.test(value) && isRealDay(value);
}

export function isDayTime(value: string): boolean {
  const m = DAY_TIME.exec(value);
  return !!m && isRealDay(value.slice(0, 10)) && Number(m[4]) < 24 && Number(m[5]) < 60;
}

function isRealDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Offset of Amsterdam from UTC, in minutes, at the given instant. */
function offsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/**
 * The instant of an Amsterdam wall-clock time. A day without time means its start (00:00).
 * In the autumn hour that occurs twice the first (summer-time) one is taken; a time that does not
 * exist in spring (02:30 on the last Sunday of March) is moved forward by the gap.
 */
export function amsterdamToInstant(value: string): Date {
  const m = DAY_TIME.exec(value) ?? DAY.exec(value);
  if (!m) throw new Error(`Ongeldige datum of tijd: "${value}"`);
  const naive = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  // Try the offset valid one day earlier (summer time in autumn) first, then the one at the guess.
  const candidates = [offsetMinutes(new Date(naive - 864e5)), offsetMinutes(new Date(naive))];
  for (const offset of candidates) {
    const instant = new Date(naive - offset * 60000);
    if (offsetMinutes(instant) === offset) return instant;
  }
  return new Date(naive - candidates[0] * 60000);
}

/**
 * The moment an event is over: its end time, or else the end of its last day (an event with a
 * start time but no end is not over the moment it starts).
 */
export function endInstant(start: string, end?: string): Date {
  const last = end ?? start.slice(0, 10);
  if (isDay(last)) {
    const next = new Date(amsterdamToInstant(last).getTime() + 36 * 3600e3);
    return amsterdamToInstant(toAmsterdamDay(next));
  }
  return amsterdamToInstant(last);
}

/** The Amsterdam calendar day of an instant, as YYYY-MM-DD. */
export function toAmsterdamDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

export function isPast(start: string, end: string | undefined, now: Date): boolean {
  return endInstant(start, end).getTime() <= now.getTime();
}

const LOCALE_TAGS: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Unknown locales (a mistyped URL segment reaches pages as "locale") fall back to Dutch. */
const localeTag = (locale: string) => LOCALE_TAGS[locale] ?? LOCALE_TAGS.nl;

/** "donderdag 18 januari 2024" */
export function formatLongDate(value: string, locale = 'nl'): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(amsterdamToInstant(value));
}

/** "18 januari 2024" */
export function formatDate(value: string, locale = 'nl'): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(amsterdamToInstant(value));
}

/** "16:00", or undefined for a day without time. */
function formatTime(value: string): string | undefined {
  return isDayTime(value) ? value.slice(11, 16) : undefined;
}

/** "16:00 – 20:00", or undefined when the start has no time. */
export function formatTimeRange(start: string, end?: string): string | undefined {
  const from = formatTime(start);
  if (!from) return undefined;
  const to = end && end.slice(0, 10) === start.slice(0, 10) ? formatTime(end) : undefined;
  return to ? `${from} – ${to}` : from;
}

/** For <time dateTime>: a day stays a day, a wall-clock time gets its UTC offset. */
export function machineDate(value: string): string {
  if (isDay(value)) return value;
  const offset = offsetMinutes(amsterdamToInstant(value));
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${value}:00${sign}${hh}:${mm}`;
}

/**
 * ISO 8601 as schema.org and Open Graph want it: a day stays a day, a wall-clock time gets
 * Amsterdam's offset of that moment ("2024-03-28T16:00:00+01:00", "2024-05-30T16:00:00+02:00").
 */
export function isoWithOffset(value: string): string {
  if (isDay(value)) return value;
  const offset = offsetMinutes(amsterdamToInstant(value));
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${value}:00${sign}${hh}:${mm}`;
}

/** An instant as people in the Netherlands read it: "maandag 23 november 2026 om 14:05". */
export function formatLongDateTime(instant: Date, locale = 'nl'): string {
  const day = new Intl.DateTimeFormat(localeTag(locale), { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    instant,
  );
  const time = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(instant);
  return `${day} ${locale === 'nl' ? 'om' : 'at'} ${time}`;
}
