import { describe, expect, it } from 'vitest';
import { byTitle, countBy, findByDateAndSlug, newestFirst, paginate, splitEvents } from '@/lib/content/queries';
import { pageNumber } from '@/lib/http/query';
import { closest, editDistance } from '@/lib/closest';
import { formatBytes } from '@/lib/format';

describe('content queries', () => {
  it('sorts Dutch titles as people look for them', () => {
    const sorted = byTitle([{ title: 'Zwolle' }, { title: "'s-Hertogenbosch" }, { title: 'Súdwest-Fryslân' }, { title: 'Amsterdam' }, { title: 'Haarlem' }]);
    expect(sorted.map((d) => d.title)).toEqual(['Amsterdam', 'Haarlem', "'s-Hertogenbosch", 'Súdwest-Fryslân', 'Zwolle']);
  });

  it('puts the newest first', () => {
    expect(newestFirst([{ date: '2017-04-13' }, { date: '2023-03-14' }, { date: '2019-07-16' }]).map((d) => d.date)).toEqual(['2023-03-14', '2019-07-16', '2017-04-13']);
  });

  it('finds by date and slug, and only when both match', () => {
    const docs = [{ slug: 'a', date: '2023-03-14' }];
    expect(findByDateAndSlug(docs, (d) => d.date, { year: '2023', month: '03', day: '14' }, 'a')).toBe(docs[0]);
    expect(findByDateAndSlug(docs, (d) => d.date, { year: '2023', month: '03', day: '15' }, 'a')).toBeUndefined();
  });

  it('paginates and clamps out-of-range pages', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    expect(paginate(items, 1, 10)).toMatchObject({ items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], page: 1, pageCount: 3, total: 25 });
    expect(paginate(items, 3, 10).items).toEqual([20, 21, 22, 23, 24]);
    expect(paginate(items, 99999, 10).page).toBe(3);
    expect(paginate(items, -1, 10).page).toBe(1);
    expect(paginate([], 1, 10)).toMatchObject({ items: [], page: 1, pageCount: 1 });
  });

  it('splits events into upcoming (soonest first) and past (latest first)', () => {
    const events = [
      { id: 'old', start: '2022-10-31' },
      { id: 'recent', start: '2024-01-18T16:00', end: '2024-01-18T20:00' },
      { id: 'later', start: '2027-03-01T10:00' },
      { id: 'soon', start: '2026-12-01T10:00' },
    ];
    const { upcoming, past } = splitEvents(events, new Date('2026-11-23T12:00:00Z'));
    expect(upcoming.map((e) => e.id)).toEqual(['soon', 'later']);
    expect(past.map((e) => e.id)).toEqual(['recent', 'old']);
  });

  it('counts', () => {
    expect(countBy([{ t: ['a', 'b'] }, { t: ['a'] }], (d) => d.t)).toEqual(new Map([['a', 2], ['b', 1]]));
  });
});

describe('query parameters', () => {
  it('parses a page number and falls back to 1 for anything odd', () => {
    expect(pageNumber({ pagina: '3' })).toBe(3);
    expect(pageNumber({ pagina: ['2', '5'] })).toBe(2);
    for (const bad of [undefined, '', 'abc', '-1', '0', '1.5', '1e9', '<script>', '９']) expect(pageNumber({ pagina: bad })).toBe(1);
  });
});

describe('helpers', () => {
  it('suggests the closest allowed value for a typo', () => {
    expect(closest('armoed', ['armoede', 'gezondheid'])).toBe('armoede');
    expect(closest('xyz', ['armoede', 'gezondheid'])).toBeUndefined();
    expect(editDistance('tala', 'taal')).toBe(1);
    expect(editDistance('groningn', 'groningen')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('writes file sizes the Dutch way', () => {
    expect(formatBytes(1_234_567)).toBe('1,2 MB');
    expect(formatBytes(350_000)).toBe('350 kB');
    expect(formatBytes(512)).toBe('512 bytes');
  });
});
