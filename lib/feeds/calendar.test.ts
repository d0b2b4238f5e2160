import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { calendarEntries, calendarFile } from '@/lib/feeds/calendar';
import { currentContent } from '@/lib/content';

const ORIGIN = 'https://gka.example';
const { events } = currentContent();

const vevents = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

const bySlug = (slug: string) => {
  const event = events.find((e) => e.slug === slug);
  if (!event) throw new Error(`no event ${slug}`);
  return event;
};

describe('calendar', () => {
  it('gives a learning network one VEVENT per dated session, in UTC across summer time', () => {
    const list = vevents(calendarFile([bySlug('startbijeenkomst-gka-leernetwerken')], ORIGIN));
    expect(list).toHaveLength(5);
    const starts = list.map((e) => e.start.toISOString()).sort();
    expect(starts[0]).toBe('2024-01-18T15:00:00.000Z'); // 16:00 winter time
    expect(starts).toContain('2024-05-16T14:00:00.000Z'); // 16:00 summer time
    const may = list.find((e) => e.start.toISOString() === '2024-05-16T14:00:00.000Z')!;
    expect(may.end?.toISOString()).toBe('2024-05-16T18:00:00.000Z');
    expect(String(may.summary)).toContain('Derde bijeenkomst');
    expect(String(may.description)).toContain(`${ORIGIN}${bySlug('startbijeenkomst-gka-leernetwerken').url}`);
  });

  it('gives stable, unique UIDs', () => {
    const event = bySlug('startbijeenkomst-gka-leernetwerken');
    const uids = calendarEntries(event, ORIGIN).map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((u) => /^startbijeenkomst-gka-leernetwerken-\d+@gelijkekansen$/.test(u!))).toBe(true);
    expect(calendarEntries(event, 'https://other.example').map((e) => e.uid)).toEqual(uids);
  });

  it('makes a day without time an all-day event', () => {
    const [conference] = vevents(calendarFile([bySlug('de-gka-conferentie')], ORIGIN));
    expect(conference.datetype).toBe('date');
    expect(conference.start.getFullYear()).toBe(2022);
    expect(conference.start.getMonth()).toBe(9);
    expect(conference.start.getDate()).toBe(31);
    expect(String(conference.location)).toBe('Van Nelle Fabriek, Rotterdam');
  });

  it('puts every event in the subscribable feed', () => {
    const expected = events.flatMap((e) => calendarEntries(e, ORIGIN)).length;
    expect(vevents(calendarFile(events, ORIGIN))).toHaveLength(expected);
  });
});
