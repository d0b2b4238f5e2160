// Staff accounts managed in the browser (/beheer/accounts): the forms read, the guard rails, the
// changes, and the form state that travels back through the redirect. Framework-free; the route
// handler (app/beheer/accounts/actie) passes gate() first and writes the audit log.
import { randomInt } from 'node:crypto';
import type { Database } from '../db';
import { choice, first, type RawQuery } from '../http/query';
import { isEmailAddress, passwordProblem, setRole, type Account } from './accounts';
import { isRole, ROLES, type Role } from './roles';

export const NAME_MAX = 100;

export const FIELDS = ['email', 'naam', 'rol', 'wachtwoord'] as const;
export type Field = (typeof FIELDS)[number];

/** What can be wrong with a form, a key of `staff.accounts.errors` in the messages. */
export const PROBLEMS = [
  'emailOngeldig',
  'emailBestaat',
  'naamTeLang',
  'rolOnbekend',
  'wachtwoord',
  'eigenRol',
  'zelf',
  'laatsteBeheerder',
  'onbekend',
] as const;
export type Problem = (typeof PROBLEMS)[number];
export type Problems = Partial<Record<Field, Problem>>;

// No 0/O, 1/l/i: the password is read off a screen and passed on by phone or on paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A password to pass on: 4 groups of 5 (about 99 bits), e.g. `k7mqz-…`; the new user may change it with the beheerder. */
export function generatePassword(): string {
  return Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')).join('-');
}

const normalize = (email: string) => email.trim().toLowerCase();
/** Empty is no name (git then records the address). */
const nameOf = (value: string | undefined) => value?.trim() || null;

export type NewAccount = { email: string; name: string | null; role: Role; password: string };

/** The add form. An address that has an account already is refused: adding never resets a password. */
export function readNewAccount(
  fields: Record<string, string>,
  accounts: readonly Account[],
): { ok: true; account: NewAccount } | { ok: false; problems: Problems } {
  const email = normalize(fields.email ?? '');
  const name = nameOf(fields.naam);
  const role = fields.rol;
  const password = fields.wachtwoord ?? '';
  const problems: Problems = {};
  if (!isEmailAddress(email)) problems.email = 'emailOngeldig';
  else if (accounts.some((a) => a.email === email)) problems.email = 'emailBestaat';
  if (name && [...name].length > NAME_MAX) problems.naam = 'naamTeLang';
  if (!isRole(role)) problems.rol = 'rolOnbekend';
  if (passwordProblem(password)) problems.wachtwoord = 'wachtwoord';
  if (Object.keys(problems).length || !isRole(role)) return { ok: false, problems };
  return { ok: true, account: { email, name, role, password } };
}

export type Edit = { email: string; name: string | null; role: Role };

/** An account's row: its name and role as the form sends them. */
export function readEdit(fields: Record<string, string>): { ok: true; edit: Edit } | { ok: false; problems: Problems } {
  const name = nameOf(fields.naam);
  const role = fields.rol;
  const problems: Problems = {};
  if (name && [...name].length > NAME_MAX) problems.naam = 'naamTeLang';
  if (!isRole(role)) problems.rol = 'rolOnbekend';
  if (Object.keys(problems).length || !isRole(role)) return { ok: false, problems };
  return { ok: true, edit: { email: normalize(fields.email ?? ''), name, role } };
}

/**
 * The guard rails: a beheerder keeps their own beheerder role and account (so nobody locks
 * themselves out by a slip), and there is always a beheerder left. `actor`: who asks.
 */
export function changeProblem(actor: string, target: string, change: { role: Role } | 'verwijderen', accounts: readonly Account[]): Problem | undefined {
  const account = accounts.find((a) => a.email === target);
  if (!account) return 'onbekend';
  const removesBeheerder = account.role === 'beheerder' && (change === 'verwijderen' || change.role !== 'beheerder');
  if (target === normalize(actor)) {
    if (change === 'verwijderen') return 'zelf';
    if (removesBeheerder) return 'eigenRol';
  }
  if (removesBeheerder && accounts.filter((a) => a.role === 'beheerder').length <= 1) return 'laatsteBeheerder';
  return undefined;
}

/** The name git records as author (lib/staff/accounts.ts StaffSession.name); null: the address. */
export async function setName(db: Database, email: string, name: string | null): Promise<void> {
  await db.query('update staff_accounts set name = $2 where email = $1', [normalize(email), name]);
}

/** Sets name and role; a changed role ends the account's sessions (setRole). What changed, for the audit log. */
export async function updateAccount(
  db: Database,
  before: Account,
  edit: Edit,
): Promise<{ role?: { van: Role; naar: Role }; name?: { van: string | null; naar: string | null } }> {
  const changed: Awaited<ReturnType<typeof updateAccount>> = {};
  if ((before.name ?? null) !== edit.name) {
    await setName(db, before.email, edit.name);
    changed.name = { van: before.name ?? null, naar: edit.name };
  }
  if (before.role !== edit.role) {
    await setRole(db, before.email, edit.role);
    changed.role = { van: before.role, naar: edit.role };
  }
  return changed;
}

/** The form's problems as query parameters for the redirect back (`fout-email=emailOngeldig`). */
export const problemsQuery = (problems: Problems): Record<string, string> =>
  Object.fromEntries(Object.entries(problems).map(([field, problem]) => [`fout-${field}`, problem]));

/** The problems a redirect brought back; anything else in the address is ignored. */
export function readProblems(raw: RawQuery): Problems {
  const problems: Problems = {};
  for (const field of FIELDS) {
    const problem = choice(raw, `fout-${field}`, PROBLEMS, undefined);
    if (problem) problems[field] = problem;
  }
  return problems;
}

export const DONE = ['toegevoegd', 'gewijzigd', 'ongewijzigd', 'verwijderd'] as const;
export type Done = (typeof DONE)[number];

/**
 * The accounts page's address state: what was just done (`gedaan`) or went wrong (`fout-*`) and to
 * which account (`account`), which form that was (`formulier`: toevoegen, or wijzigen for a row),
 * the add form's typed values (never the password), and the account whose deletion is asked.
 */
export function readAccountsQuery(raw: RawQuery) {
  const email = (name: string) => {
    const value = normalize(first(raw, name));
    return isEmailAddress(value) ? value : undefined;
  };
  return {
    done: choice(raw, 'gedaan', DONE, undefined),
    form: choice(raw, 'formulier', ['toevoegen', 'wijzigen'] as const, undefined),
    account: email('account'),
    problems: readProblems(raw),
    typed: { email: first(raw, 'email').slice(0, 254), naam: first(raw, 'naam').slice(0, NAME_MAX * 2), rol: choice(raw, 'rol', ROLES, 'redacteur') },
    confirmDelete: email('verwijderen'),
  };
}
