import { describe, expect, it } from 'vitest';
import { ResponseCache, type CachedPage } from './response-cache';

const page = (bytes: number, validUntil = Infinity): CachedPage => ({
  status: 200,
  headers: {},
  body: Buffer.alloc(bytes),
  etag: '"x"',
  encoded: new Map(),
  validUntil,
});

describe('ResponseCache', () => {
  it('keeps pages until their clock transition, then forgets them', () => {
    const cache = new ResponseCache(1 << 20);
    cache.set('/a', page(100, 1000));
    expect(cache.get('/a', 999)).toBeDefined();
    expect(cache.get('/a', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('never holds more bytes than its bound: the least recently used go first', () => {
    const cache = new ResponseCache(10_000);
    for (let i = 0; i < 100; i++) {
      cache.set(`/p${i}`, page(1000));
      expect(cache.bytes).toBeLessThanOrEqual(10_000);
    }
    expect(cache.size).toBeGreaterThan(3);
    expect(cache.get('/p99', 0)).toBeDefined();
    expect(cache.get('/p0', 0)).toBeUndefined();
  });

  it('a page that was asked for recently survives a flood of new ones', () => {
    const cache = new ResponseCache(20_000);
    cache.set('/hot', page(1000));
    for (let i = 0; i < 1000; i++) {
      cache.get('/hot', 0);
      cache.set(`/junk${i}`, page(1000));
    }
    expect(cache.get('/hot', 0)).toBeDefined();
  });

  it('counts compressed forms added later, and a page larger than the bound is not kept', () => {
    const cache = new ResponseCache(5_000);
    const p = page(1000);
    cache.set('/a', p);
    const before = cache.bytes;
    p.encoded.set('br', Buffer.alloc(300));
    cache.grew('/a');
    expect(cache.bytes).toBe(before + 300);
    cache.set('/huge', page(6_000));
    expect(cache.get('/huge', 0)).toBeUndefined();
    expect(cache.get('/a', 0)).toBeDefined();
  });
});
