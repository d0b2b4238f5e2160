import { describe, expect, it } from 'vitest';
import { canonicalQuery, PAGE_PARAMS } from './query';
import { pageNumber } from '@/lib/http/query';

const key = (q: string) => canonicalQuery(new URLSearchParams(q), PAGE_PARAMS.interventions);

describe('canonicalQuery', () => {
  it('is the same for the same page however the address is written', () => {
    expect(key('thema=taal&thema=armoede&q=ouders')).toBe(key('q=ouders&thema=armoede&thema=taal&thema=armoede'));
    expect(key('q=ouders&utm_source=nieuwsbrief&_=123')).toBe(key('q=ouders'));
    expect(key('q=%20ouders%20&thema=')).toBe('q=ouders');
  });

  it('keeps only the first value of a single parameter, as the page reads it', () => {
    expect(key('pagina=2&pagina=3')).toBe('pagina=2');
    expect(key('sorteer=gemeente&sorteer=titel')).toBe('sorteer=gemeente');
  });

  it('still tells different pages apart', () => {
    expect(key('pagina=2')).not.toBe(key('pagina=3'));
    expect(key('q=taal')).not.toBe(key('q=Taal'));
    expect(key('thema=armoede')).not.toBe(key('gemeente=armoede'));
  });
});

describe('query parameters', () => {
  it('parses a page number and falls back to 1 for anything odd', () => {
    expect(pageNumber({ pagina: '3' })).toBe(3);
    expect(pageNumber({ pagina: ['2', '5'] })).toBe(2);
    for (const bad of [undefined, '', 'abc', '-1', '0', '1.5', '1e9', '<script>', '９']) expect(pageNumber({ pagina: bad })).toBe(1);
  });
});
