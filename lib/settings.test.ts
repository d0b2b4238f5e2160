import { describe, expect, it } from 'vitest';
import { isProduction, productionProblems } from './settings';

const COMPLETE = {
  GKA_PRODUCTION: '1',
  SITE_URL: 'https://www.voorbeeld.nl',
  DATABASE_URL: 'postgres://gka@db.intern/gka',
  GKA_SECRET: 'x'.repeat(32),
  SMTP_URL: 'smtp://mail.intern:587',
  GKA_TRUSTED_PROXIES: '127.0.0.1',
};

describe('production settings', () => {
  it('is production only when asked for', () => {
    expect(isProduction({})).toBe(false);
    expect(isProduction({ GKA_PRODUCTION: '1' })).toBe(true);
  });

  it('has nothing to say when everything is set', () => {
    expect(productionProblems(COMPLETE)).toEqual([]);
  });

  it('names each missing setting in one line, and refuses to start without the ones servers must share', () => {
    const problems = productionProblems({ GKA_PRODUCTION: '1' });
    expect(problems.map((p) => [p.name, p.fatal])).toEqual([
      ['SITE_URL', true],
      ['DATABASE_URL', true],
      ['GKA_SECRET', true],
      ['SMTP_URL', false],
      ['GKA_TRUSTED_PROXIES', true],
    ]);
    for (const p of problems) {
      expect(p.message).not.toContain('\n');
      expect(p.message.startsWith(p.name)).toBe(true);
    }
  });

  it('does not start without GKA_TRUSTED_PROXIES unless the operator says visitors connect directly', () => {
    const withoutProxies = { ...COMPLETE, GKA_TRUSTED_PROXIES: undefined };
    const missing = productionProblems(withoutProxies);
    expect(missing.map((p) => [p.name, p.fatal])).toEqual([['GKA_TRUSTED_PROXIES', true]]);
    expect(missing[0].message).toContain('GKA_DIRECT_VISITORS=1');
    expect(productionProblems({ ...withoutProxies, GKA_DIRECT_VISITORS: '1' })).toEqual([]);
    // An empty value trusts no one: as good as missing.
    expect(productionProblems({ ...COMPLETE, GKA_TRUSTED_PROXIES: '' }).map((p) => p.name)).toEqual(['GKA_TRUSTED_PROXIES']);
    // Both at once contradict each other; anything but 1 is not a yes.
    const both = productionProblems({ ...COMPLETE, GKA_DIRECT_VISITORS: '1' });
    expect(both.map((p) => [p.name, p.fatal])).toEqual([['GKA_TRUSTED_PROXIES', true]]);
    expect(both[0].message).toContain('kies er één');
    for (const value of ['0', 'ja', 'true']) {
      expect(
        productionProblems({ ...withoutProxies, GKA_DIRECT_VISITORS: value }).map((p) => p.name),
        value,
      ).toEqual(['GKA_TRUSTED_PROXIES']);
      expect(
        productionProblems({ ...COMPLETE, GKA_DIRECT_VISITORS: value }).map((p) => p.name),
        value,
      ).toEqual(['GKA_DIRECT_VISITORS']);
    }
    for (const p of [...missing, ...both]) expect(p.message).not.toContain('\n');
  });

  it('explains a setting that is there but wrong', () => {
    const wrong = productionProblems({ ...COMPLETE, SITE_URL: 'http://www.voorbeeld.nl/nl', DATABASE_URL: 'mysql://x', GKA_SECRET: 'kort' });
    expect(wrong.map((p) => p.name)).toEqual(['SITE_URL', 'DATABASE_URL', 'GKA_SECRET']);
    expect(wrong[0].message).toContain('http://www.voorbeeld.nl/nl');
  });
});
