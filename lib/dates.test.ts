import { describe, expect, it } from 'vitest';
import { amsterdamToInstant, endInstant, formatLongDate, formatTimeRange, isDay, isDayTime, isPast, machineDate, isoWithOffset } from '@/lib/dates';

describe('amsterdamToInstant', () => {
  it('uses CET (UTC+1) in winter and CEST (UTC+2) in summer', () => {
    expect(amsterdamToInstant('2024-01-18T16:00').toISOString()).toBe('2024-01-18T15:00:00.000Z');
    expect(amsterdamToInstant('2024-05-16T16:00').toISOString()).toBe('2024-05-16T14:00:00.000Z');
  });

  it('handles the days daylight saving time changes', () => {
    // Summer time starts 31 March 2024 at 02:00 → 03:00; ends 27 October 2024 at 03:00 → 02:00.
    expect(amsterdamToInstant('2024-03-31T01:30').toISOString()).toBe('2024-03-31T00:30:00.000Z');
    expect(amsterdamToInstant('2024-03-31T03:30').toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(amsterdamToInstant('2024-10-27T01:30').toISOString()).toBe('2024-10-26T23:30:00.000Z');
    expect(amsterdamToInstant('2024-10-27T04:00').toISOString()).toBe('2024-10-27T03:00:00.000Z');
  });

  it('takes the summer-time hour for the ambiguous autumn hour and skips the spring gap', () => {
    expect(amsterdamToInstant('2024-10-27T02:30').toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(amsterdamToInstant('2024-03-31T02:30').toISOString()).toBe('2024-03-31T01:30:00.000Z');
  });

  it('reads a day without time as its start', () => {
    expect(amsterdamToInstant('2022-10-31').toISOString()).toBe('2022-10-30T23:00:00.000Z');
  });

  it('rejects what is not a date', () => {
    expect(() => amsterdamToInstant('18-01-2024')).toThrow(/Ongeldige datum/);
  });
});

describe('validation helpers', () => {
  it('knows real days and times', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2023-13-01')).toBe(false);
    expect(isDayTime('2024-01-18T16:00')).toBe(true);
    expect(isDayTime('2024-01-18T24:00')).toBe(false);
    expect(isDayTime('2024-01-18')).toBe(false);
  });
});

describe('past and upcoming', () => {
  const start = '2024-01-18T16:00';
  const end = '2024-01-18T20:00';
  it('is upcoming until the event has ended', () => {
    expect(isPast(start, end, new Date('2024-01-18T18:59:00Z'))).toBe(false);
    expect(isPast(start, end, new Date('2024-01-18T19:00:00Z'))).toBe(true);
  });
  it('keeps an event without end time upcoming until the end of its day', () => {
    expect(isPast('2024-01-18T16:00', undefined, new Date('2024-01-18T16:30:00Z'))).toBe(false);
    expect(isPast('2024-01-18T16:00', undefined, new Date('2024-01-18T23:00:00Z'))).toBe(true);
  });

  it('treats a day without time as lasting until midnight', () => {
    expect(endInstant('2022-10-31').toISOString()).toBe('2022-10-31T23:00:00.000Z');
    expect(isPast('2022-10-31', undefined, new Date('2022-10-31T22:59:00Z'))).toBe(false);
    // The end of the last Sunday of October is 23:00 UTC too: the day has 25 hours.
    expect(endInstant('2024-10-27').toISOString()).toBe('2024-10-27T23:00:00.000Z');
  });
});

describe('formatting', () => {
  it('writes dates the Dutch way', () => {
    expect(formatLongDate('2024-01-18T16:00')).toBe('donderdag 18 januari 2024');
    expect(formatLongDate('2024-11-04', 'en')).toBe('Monday, 4 November 2024');
    expect(formatLongDate('2024-11-04', 'favicon.ico')).toBe('maandag 4 november 2024');
  });
  it('writes time ranges', () => {
    expect(formatTimeRange('2024-01-18T16:00', '2024-01-18T20:00')).toBe('16:00 – 20:00');
    expect(formatTimeRange('2022-10-31')).toBeUndefined();
  });
  it('gives <time> a machine-readable value with the right offset', () => {
    expect(machineDate('2024-01-18T16:00')).toBe('2024-01-18T16:00:00+01:00');
    expect(machineDate('2024-05-16T16:00')).toBe('2024-05-16T16:00:00+02:00');
    expect(machineDate('2024-05-16')).toBe('2024-05-16');
  });
});

describe('isoWithOffset', () => {
  it('keeps a day as a day and gives wall-clock times the offset of that moment', () => {
    expect(isoWithOffset('2022-10-31')).toBe('2022-10-31');
    expect(isoWithOffset('2024-03-28T16:00')).toBe('2024-03-28T16:00:00+01:00');
    expect(isoWithOffset('2024-05-30T16:00')).toBe('2024-05-30T16:00:00+02:00');
    // Around the change to winter time: 27 October 2024 at 03:00 summer time became 02:00.
    expect(isoWithOffset('2024-10-26T12:00')).toBe('2024-10-26T12:00:00+02:00');
    expect(isoWithOffset('2024-10-27T12:00')).toBe('2024-10-27T12:00:00+01:00');
  });
});
