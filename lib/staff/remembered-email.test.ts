import { describe, expect, it } from 'vitest';
import { LOGIN_EMAIL_COOKIE, loginEmailCookie, rememberedEmail } from '@/lib/staff/remembered-email';

const valueOf = (cookie: string) => cookie.slice(LOGIN_EMAIL_COOKIE.length + 1).split(';')[0];

describe('the e-mail address kept after a failed staff login', () => {
  it('goes to the login page only, for ten minutes, out of reach of scripts and other sites', () => {
    const cookie = loginEmailCookie('e2e@example.org');
    expect(cookie).toMatch(/^__Secure-gka-inlog=/);
    expect(cookie).toContain('Path=/beheer/inloggen; HttpOnly; Secure; SameSite=Strict; Max-Age=600');
    expect(rememberedEmail(valueOf(cookie))).toBe('e2e@example.org');
  });

  it('keeps addresses with characters a cookie cannot hold as they are', () => {
    for (const email of ['jan+test@example.org', 'zoë;x=1@example.org', 'a,b@例え.jp']) {
      const cookie = loginEmailCookie(` ${email} `);
      expect(valueOf(cookie)).not.toMatch(/[;,\s]/);
      expect(rememberedEmail(valueOf(cookie))).toBe(email);
    }
  });

  it('forgets: after a login, and for anything that is not a plausible address', () => {
    expect(loginEmailCookie(null)).toContain('Max-Age=0');
    for (const bad of ['', 'geen-adres', `${'x'.repeat(260)}@example.org`, 'a b@example.org', 'a@b\u0000c']) {
      expect(loginEmailCookie(bad)).toContain('Max-Age=0');
    }
    for (const raw of [undefined, '', '%E0%A4%A', 'x%40y%40z', '%3Cscript%3E']) expect(rememberedEmail(raw)).toBe('');
  });
});
