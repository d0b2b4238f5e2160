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
      ['GKA_TRUSTED_PROXIES', false],
    ]);
    for (const p of problems) {
      expect(p.message).not.toContain('\n');
      expect(p.message.startsWith(p.name)).toBe(true);
    }
  });

  it('explains a setting that is there but wrong', () => {
    const wrong = productionProblems({ ...COMPLETE, SITE_URL: 'http://www.voorbeeld.nl/nl', DATABASE_URL: 'mysql://x', GKA_SECRET: 'kort' });
    expect(wrong.map((p) => p.name)).toEqual(['SITE_URL', 'DATABASE_URL', 'GKA_SECRET']);
    expect(wrong[0].message).toContain('http://www.voorbeeld.nl/nl');
  });
});
