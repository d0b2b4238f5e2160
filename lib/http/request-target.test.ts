import { describe, expect, it } from 'vitest';
import { MAX_PARAMS, MAX_QUERY_CHARS, MAX_REPEATS, requestTarget, type Target } from '@/lib/http/request-target';

const LOCALES = ['nl', 'en'];
const read = (raw: string) => requestTarget(raw, LOCALES);
const ok = (raw: string) => {
  const r = read(raw);
  if (!r.ok) throw new Error(`${raw}: ${r.status}`);
  return r as Target;
};
const status = (raw: string) => {
  const r = read(raw);
  return r.ok ? 200 : r.status;
};

const HELD = '/actueel/nieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie';

describe('requestTarget: one address for every spelling', () => {
  it('keeps an ordinary target as it is', () => {
    expect(ok('/zoeken?q=taal')).toMatchObject({ target: '/zoeken?q=taal', path: '/zoeken' });
    expect(ok('/zoeken?q=taal').url.pathname).toBe('/zoeken');
    expect(ok('/')).toMatchObject({ target: '/', path: '/' });
    expect(ok('/zoeken?')).toMatchObject({ target: '/zoeken', path: '/zoeken' });
  });

  it('reads every spelling of an address as that address, decoded', () => {
    const spellings = [
      HELD,
      '/actueel/nieuws/2099/01/01/gepland-voorbeeld-voor-de-redacti%65',
      '/actueel/nieuws/2099/01/01/gepland-voorbeeld-voor-de-redacti%65/',
      '/%61ctueel/nieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie',
      '/actueel/nieuws/2099/01/01/%67%65%70%6C%61%6E%64-voorbeeld-voor-de-redactie',
      '/actueel/nieuws/2099/01/01/%67%65%70%6c%61%6e%64-voorbeeld-voor-de-redactie',
      '/actueel/nieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie/',
      '/actueel/nieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie//',
      '//actueel///nieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie',
      '/actueel/./nieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie',
      '/actueel/x/../nieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie',
      '/actueel/x/%2e%2e/nieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie',
      '/actueel/%2E/nieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie/.',
      `http://evil.example${HELD}`,
      `HTTPS://evil.example:8443${HELD}/`,
    ];
    for (const raw of spellings) {
      expect(ok(raw).path, raw).toBe(HELD);
      expect(ok(raw).target, raw).toBe(HELD);
      expect(ok(raw).url.pathname, raw).toBe(HELD);
    }
  });

  it('reads the locale prefix in lower case and keeps it, query strings as sent', () => {
    expect(ok(`/EN${HELD}`).path).toBe(`/en${HELD}`);
    expect(ok(`/%65n${HELD}`).path).toBe(`/en${HELD}`);
    expect(ok(`/En/`).path).toBe('/en');
    expect(ok(`/NL${HELD}?a=1`)).toMatchObject({ path: `/nl${HELD}`, target: `/nl${HELD}?a=1` });
    // Only the prefix: the rest of the address keeps its case (and is then simply not found).
    expect(ok('/en/Actueel').path).toBe('/en/Actueel');
    expect(ok('/english/x').path).toBe('/english/x');
    expect(ok('/zoeken?q=%c0&x=%26').target).toBe('/zoeken?q=%c0&x=%26');
  });

  it('gives what is not ASCII one encoding, in upper-case hex', () => {
    const r = ok('/caf%c3%a9/%C3%A9t%c3%A9');
    expect(r.path).toBe('/café/été');
    expect(r.target).toBe('/caf%C3%A9/%C3%A9t%C3%A9');
    expect(r.url.pathname).toBe(r.target);
    // Characters RFC 3986 allows in a path stay as they are, encoded or not.
    expect(ok("/a%21b!c$&'()*+,=:@~").target).toBe("/a!b!c$&'()*+,=:@~");
  });

  it('reads "//host/x" and absolute targets as paths on this host', () => {
    expect(ok('//evil.example/zoeken').path).toBe('/evil.example/zoeken');
    expect(ok('//evil.example/zoeken').url.host).toBe('localhost');
    expect(ok('http://evil.example/zoeken/?q=1').target).toBe('/zoeken?q=1');
    expect(ok('HTTPS://evil.example').target).toBe('/');
    expect(ok('http://evil.example?q=1').target).toBe('/?q=1');
    expect(ok('http://evil.example/zoeken').url.host).toBe('localhost');
  });

  it('refuses with 400 what could be read two ways, and what does not decode', () => {
    const bad = [
      '*',
      'evil.example:443',
      'ftp://evil.example/x',
      'http://[::1',
      '/%c0',
      '/%E0%A4%A',
      '/a%zz/%ff',
      '/a%',
      '/a%2',
      // An encoded slash, a backslash as sent or encoded.
      '/actueel%2Fnieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie',
      '/actueel%2fnieuws',
      '/actueel\\nieuws',
      '/actueel%5Cnieuws',
      // Path parameters, as sent or encoded.
      `${HELD};x`,
      `${HELD};`,
      `${HELD}%3Bjsessionid=1`,
      // A percent sign itself: decoded twice by some.
      '/actueel/nieuws/2099/01/01/gepland-voorbeeld-voor-de-redacti%2565',
      '/%25',
      // Spaces, control and invisible characters, which a renderer may trim.
      `${HELD}%20`,
      `${HELD}%09`,
      `${HELD}%0a`,
      `${HELD}%0D`,
      `${HELD}%00`,
      `${HELD}%7f`,
      `${HELD}%e2%80%8b`,
      `${HELD}%C2%A0`,
      `/%20${HELD}`,
      // Query and fragment marks inside the path, fragments at all.
      `${HELD}%3F`,
      `${HELD}%23`,
      `${HELD}#x`,
      '/zoeken?q=1#x',
      // Characters a path never holds unencoded.
      '/a b',
      '/a"b',
      '/a<b>',
      '/a[b]',
      '/a|b',
      '/a^b',
      '/a`b',
      '/a{b}',
      // Next's internal spellings of an address.
      `${HELD}.rsc`,
      `${HELD}.prefetch.rsc`,
      `${HELD}%2ersc`,
      `${HELD}.segments/_tree.segment.rsc`,
      `${HELD}.segments/`,
      '/contact.rsc',
      // Above the root.
      '/..',
      '/../etc/passwd',
      '/a/../../b',
      '/%2e%2e/x',
    ];
    for (const raw of bad) expect(status(raw), raw).toBe(400);
  });

  it('refuses with 414 a query string with too many parameters, repeats of one name, or too long', () => {
    const many = (n: number, piece: (i: number) => string) => Array.from({ length: n }, (_, i) => piece(i)).join('&');
    expect(status(`/themas/x?${many(3990, () => 'p')}`)).toBe(414);
    expect(status(`/themas/x?${many(MAX_PARAMS + 1, (i) => `p${i}=1`)}`)).toBe(414);
    expect(status(`/themas/x?${many(MAX_REPEATS + 1, () => 'thema=armoede')}`)).toBe(414);
    expect(status(`/themas/x?${many(MAX_REPEATS + 1, () => 'a[]=')}`)).toBe(414);
    // The same name, spelled otherwise: one name to URLSearchParams, one name here.
    expect(status(`/themas/x?${many(MAX_REPEATS + 1, (i) => (i % 2 ? 'p' : '%70'))}`)).toBe(414);
    expect(status(`/themas/x?${many(MAX_REPEATS + 1, (i) => (i % 2 ? 'a+b' : 'a%20b'))}`)).toBe(414);
    // Empty pieces count too: they are work for a parser all the same.
    expect(status(`/themas/x?${'&'.repeat(MAX_PARAMS)}`)).toBe(414);
    expect(status(`/zoeken?q=${'a'.repeat(MAX_QUERY_CHARS)}`)).toBe(414);
    // Refused before the path is looked at, so a broken path with a long query is a 414 too.
    expect(status(`/%c0?${many(MAX_PARAMS + 1, () => 'p')}`)).toBe(414);
  });

  it('lets through what a filter form makes, with room to spare', () => {
    // Every option of the biggest filter form today (24 fields), three times over.
    const form = [
      'q=taal',
      'sorteer=titel',
      ...Array(18).fill('thema=armoede'),
      ...Array(33).fill('provincie=noord-brabant'),
      ...Array(15).fill('gemeente=den-bosch'),
    ];
    expect(status(`/interventies?${[...form, ...form].join('&')}`)).toBe(200);
    expect(status(`/themas/x?${Array.from({ length: MAX_PARAMS }, (_, i) => `p${i}`).join('&')}`)).toBe(200);
    expect(status(`/themas/x?${Array(MAX_REPEATS).fill('p').join('&')}`)).toBe(200);
    // An encoded & is part of a value: one parameter, however many.
    expect(status(`/zoeken?q=${'a%26'.repeat(1000)}`)).toBe(200);
    expect(status(`/zoeken?q=${'x'.repeat(3000)}`)).toBe(200);
  });
});
