import { describe, expect, it } from 'vitest';
import { nextTransition, transitionsOf } from './clock';

const at = (iso: string) => new Date(iso).getTime();

describe('clock transitions', () => {
  it('an event is a transition where it starts and where it ends, in Amsterdam time', () => {
    // 25 January: winter time (UTC+1); 30 May: summer time (UTC+2).
    const t = transitionsOf([{ start: '2024-01-25T16:00', end: '2024-01-25T20:00' }, { start: '2024-05-30T16:00' }], []);
    expect(t).toContain(at('2024-01-25T15:00:00Z'));
    expect(t).toContain(at('2024-01-25T19:00:00Z'));
    expect(t).toContain(at('2024-05-30T14:00:00Z'));
    // A start time without an end is over at the end of its day: midnight, summer time.
    expect(t).toContain(at('2024-05-30T22:00:00Z'));
  });

  it('a sign-up deadline ends at the end of its day; a day-long event at the end of its last day', () => {
    const t = transitionsOf([{ start: '2022-10-31', registration: { deadline: '2023-11-17' } }], []);
    expect(t).toContain(at('2023-11-17T23:00:00Z'));
    expect(t).toContain(at('2022-10-30T23:00:00Z'));
    expect(t).toContain(at('2022-10-31T23:00:00Z'));
  });

  it('includes publication days, sorted and without duplicates', () => {
    const t = transitionsOf([{ start: '2024-01-25' }, { start: '2024-01-25' }], [at('2024-01-01T00:00:00Z')]);
    expect(t).toEqual([...new Set(t)].sort((a, b) => a - b));
    expect(t[0]).toBe(at('2024-01-01T00:00:00Z'));
  });

  it('nextTransition gives the first moment strictly after now, or Infinity', () => {
    const t = [10, 20, 30];
    expect(nextTransition(t, 0)).toBe(10);
    expect(nextTransition(t, 10)).toBe(20);
    expect(nextTransition(t, 29)).toBe(30);
    expect(nextTransition(t, 30)).toBe(Infinity);
    expect(nextTransition([], 0)).toBe(Infinity);
  });
});
