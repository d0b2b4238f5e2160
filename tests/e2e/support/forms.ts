// Helpers for posting the portal's forms the way a browser without JavaScript does.
import type { APIRequestContext } from '@playwright/test';

export const STAFF = { email: 'e2e@example.org', password: 'e2e-wachtwoord-lang-genoeg' };
/** An account only the lockout test uses, so the lockout does not hit the others. */
export const LOCKOUT = { email: 'slot@example.org', password: 'slot-wachtwoord-lang-genoeg' };

export function tokenFrom(html: string): string {
  const match = /name="formulier" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('geen formuliertoken op de pagina');
  return match[1];
}

export async function freshToken(request: APIRequestContext, path: string): Promise<string> {
  return tokenFrom(await (await request.get(path)).text());
}

export const QUESTION = { naam: 'Juf Test', email: 'juf@example.org', organisatie: 'De Regenboog', vraag: 'Hoe sluit onze school aan?' };

export async function post(request: APIRequestContext, fields: Record<string, string>, headers: Record<string, string> = {}, base = '') {
  return request.post(`${base}/formulieren/verzenden`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    data: new URLSearchParams(fields).toString(),
    maxRedirects: 0,
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
