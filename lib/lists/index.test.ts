import { describe, expect, it } from 'vitest';
import { bundledRelease, currentContent } from '../content';
import { page } from '../http/query';
import { interventionList, pageOf, PER_PAGE } from '.';

const items = Array.from({ length: 45 }, (_, i) => i + 1);

describe('pageOf', () => {
  it('gives page 1 without ?pagina= and the asked page when it exists', () => {
    expect(pageOf(items, {})).toMatchObject({ page: 1, pageCount: 3, total: 45 });
    expect(pageOf(items, {}).items).toHaveLength(PER_PAGE);
    expect(pageOf(items, { pagina: '3' }).items).toEqual([41, 42, 43, 44, 45]);
    expect(pageOf(items, { pagina: ['2', '3'] }).page).toBe(2);
  });

  it('names a page the list does not have instead of guessing one', () => {
    for (const bad of ['0', '-1', '4', '1e9', '99999999', 'abc', '2.5', ' ', '٣']) {
      const p = pageOf(items, { pagina: bad });
      if (bad.trim() === '') expect(p.page).toBe(1);
      else expect(p).toMatchObject({ items: [], page: 0, pageCount: 3, missing: bad });
    }
    expect(pageOf(items, { pagina: 'x'.repeat(500) }).missing).toHaveLength(20);
  });

  it('an empty list has one (empty) page', () => {
    expect(pageOf([], {})).toMatchObject({ page: 1, pageCount: 1, total: 0, items: [] });
    expect(page({ pagina: '7' })).toEqual({ given: '7', n: 7 });
  });
});

describe('interventionList', () => {
  it('filters and orders the same whatever the order of the values in the address', () => {
    const content = currentContent();
    const a = interventionList(content, { thema: ['taalbevordering', 'armoede'] });
    const b = interventionList(content, { thema: ['armoede', 'taalbevordering', 'armoede'] });
    expect(a.items.map((i) => i.slug)).toEqual(b.items.map((i) => i.slug));
    expect(a.selection).toEqual(b.selection);
  });

  it('sorts by relevance with a search, and by title within a sort order', () => {
    const content = currentContent();
    expect(interventionList(content, { q: 'brede brugklas' }).items[0]?.slug).toBe('brede-brugklassen-amsterdam');
    const byTitle = interventionList(content, {}).items.map((i) => i.title);
    expect(byTitle).toEqual([...byTitle].sort((x, y) => x.localeCompare(y, 'nl', { sensitivity: 'base', numeric: true })));
  });
});

describe('the bundled release', () => {
  it('publishes a scheduled document from the start of its Amsterdam day', () => {
    const scheduled = bundledRelease.built.news.find((n) => n.publishDate);
    if (!scheduled) return;
    const day = new Date(`${scheduled.publishDate}T00:00:00+01:00`).getTime();
    expect(bundledRelease.at(day - 1).news).not.toContain(scheduled);
    expect(bundledRelease.at(day).news).toContain(scheduled);
    expect(bundledRelease.at(day - 1)).toBe(bundledRelease.at(day - 1000));
  });
});
