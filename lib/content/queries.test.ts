import { describe, expect, it } from 'vitest';
import { byTitle, countBy, findByDateAndSlug, newestFirst, paginate, isPublished, pageWindow, splitEvents } from '@/lib/content/queries';

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps a long list short: first, last, two either side, gaps as null', () => {
    expect(pageWindow(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(pageWindow(1, 500)).toEqual([1, 2, 3, null, 500]);
    expect(pageWindow(5, 500)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 500]);
  });
});

describe('concepts and scheduled publication', () => {
  it('hides concepts outside development and scheduled items before their day', () => {
    expect(isPublished({ draft: true }, '2026-11-23', false)).toBe(false);
    expect(isPublished({ draft: true }, '2026-11-23', true)).toBe(true);
    expect(isPublished({ publishDate: '2026-11-24' }, '2026-11-23', true)).toBe(false);
    expect(isPublished({ publishDate: '2026-11-23' }, '2026-11-23', false)).toBe(true);
    expect(isPublished({}, '2026-11-23', false)).toBe(true);
  });
});

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
