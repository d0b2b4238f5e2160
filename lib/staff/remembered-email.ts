// After a failed staff login the form comes back with the e-mail address filled in (WCAG 2.2,
// 3.3.7 redundant entry): the login answers with a redirect, so the address goes along in a
// cookie that only the login page receives, for ten minutes, and never in the address bar or a
// log line. The password is never kept.
import { urls } from '@/lib/urls';

export const LOGIN_EMAIL_COOKIE = '__Secure-gka-inlog';
const MAX_LENGTH = 254;

/** The Set-Cookie value that keeps `email` for the login page, or forgets it (null). */
export function loginEmailCookie(email: string | null): string {
  const attributes = `Path=${urls.staffLogin()}; HttpOnly; Secure; SameSite=Strict`;
  const kept = email === null ? '' : rememberedEmail(encodeURIComponent(email.trim()));
  return kept ? `${LOGIN_EMAIL_COOKIE}=${encodeURIComponent(kept)}; ${attributes}; Max-Age=600` : `${LOGIN_EMAIL_COOKIE}=; ${attributes}; Max-Age=0`;
}

/** The address from the cookie, or '' for anything that is not a plausible one. */
export function rememberedEmail(value: string | undefined): string {
  if (!value) return '';
  let email: string;
  try {
    email = decodeURIComponent(value);
  } catch {
    return '';
  }
  return email.length <= MAX_LENGTH && /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+$/u.test(email) ? email : '';
}
