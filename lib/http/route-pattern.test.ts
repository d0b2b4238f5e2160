import { describe, expect, it } from 'vitest';
import { compilePattern, firstMatch } from './route-pattern';

describe('route patterns', () => {
  it('matches fixed, named and rest segments', () => {
    expect(compilePattern('/').match('/')).toEqual({});
    expect(compilePattern('/').match('/themas')).toBeUndefined();
    expect(compilePattern('/themas/:slug').match('/themas/armoede')).toEqual({ slug: 'armoede' });
    expect(compilePattern('/themas/:slug').match('/themas')).toBeUndefined();
    expect(compilePattern('/themas/:slug').match('/themas/a/b')).toBeUndefined();
    expect(compilePattern('/actueel/nieuws/:year/:month/:day/:slug').match('/actueel/nieuws/2023/03/14/x')).toEqual({
      year: '2023',
      month: '03',
      day: '14',
      slug: 'x',
    });
    expect(compilePattern('/*path').match('/contact/vraag-stellen')).toEqual({ path: ['contact', 'vraag-stellen'] });
    expect(compilePattern('/*path').match('/')).toBeUndefined();
  });

  it('keeps segments with a dot (files) out of page parameters, unless asked', () => {
    expect(compilePattern('/regiocoordinatoren/:slug').match('/regiocoordinatoren/gemeenten.json')).toBeUndefined();
    expect(compilePattern('/*path').match('/deelafbeeldingen/home.png')).toBeUndefined();
    expect(compilePattern('/agenda/:file', { dots: true }).match('/agenda/x.ics')).toEqual({ file: 'x.ics' });
  });

  it('takes the first route that matches', () => {
    const routes = ['/interventies/bundel', '/interventies/:slug', '/*path'].map((p) => ({ pattern: compilePattern(p) }));
    expect(firstMatch(routes, '/interventies/bundel')?.route.pattern.pattern).toBe('/interventies/bundel');
    expect(firstMatch(routes, '/interventies/taalcafe')?.params).toEqual({ slug: 'taalcafe' });
    expect(firstMatch(routes, '/over-de-gka')?.params).toEqual({ path: ['over-de-gka'] });
  });

  it('refuses a rest segment that is not last', () => {
    expect(() => compilePattern('/*path/x')).toThrow(/laatste/);
  });
});
