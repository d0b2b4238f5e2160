// Staff accounts and sessions for /beheer. Accounts are made on the command line (npm run beheer);
// passwords are hashed with scrypt, which is memory-hard (32 MiB per hash) and built into Node,
// so there is no native module to install. Sessions live in the database; the cookie holds a random
// value whose SHA-256 is the key, and each session has its own CSRF token.
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Database } from '../db';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))));

const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const MAXMEM = 64 * 1024 * 1024;

export const SESSION_COOKIE = 'gka_beheer';
/** The login form's token says this form id (lib/forms/token). */
export const STAFF_LOGIN_FORM = 'beheer-inloggen';
export const SESSION_HOURS = 8;
const MIN_PASSWORD_LENGTH = 12;
/** Failed logins in a row before an account waits LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, 32, { ...PARAMS, maxmem: MAXMEM });
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return timingSafeEqual(key, expected);
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben.`;
  if (password.length > 1024) return 'Het wachtwoord is te lang.';
  return undefined;
}

export async function createAccount(db: Database, email: string, password: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) throw new Error(`"${email}" is geen e-mailadres.`);
  const hash = await hashPassword(password);
  // Setting a new password for an existing account also unlocks it and ends its sessions.
  const rows = await db.query<{ id: string }>(
    `insert into staff_accounts (email, password_hash) values ($1, $2)
     on conflict (email) do update set password_hash = excluded.password_hash, failed_logins = 0, locked_until = null
     returning id::text as id`,
    [normalizeEmail(email), hash],
  );
  await db.query('delete from staff_sessions where account_id = $1::bigint', [rows[0].id]);
}

export async function deleteAccount(db: Database, email: string): Promise<boolean> {
  return (await db.query('delete from staff_accounts where email = $1 returning id', [normalizeEmail(email)])).length > 0;
}

export async function listAccounts(db: Database): Promise<{ email: string; createdAt: Date }[]> {
  return db.query(`select email, created_at as "createdAt" from staff_accounts order by email`);
}

// Compared against when the account does not exist, so that a wrong address takes as long as a
// wrong password and does not reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;

export type LoginResult = { ok: true; cookie: string } | { ok: false; reason: 'wrong' | 'locked' };

export async function login(db: Database, email: string, password: string, now: Date): Promise<LoginResult> {
  const rows = await db.query<{ id: string; hash: string; failed: number; lockedUntil: Date | null }>(
    `select id::text as id, password_hash as hash, failed_logins as failed, locked_until as "lockedUntil" from staff_accounts where email = $1`,
    [normalizeEmail(email)],
  );
  const account = rows[0];
  if (!account) {
    await verifyPassword(password, await (dummyHash ??= hashPassword('geen account')));
    return { ok: false, reason: 'wrong' };
  }
  if (account.lockedUntil && new Date(account.lockedUntil).getTime() > now.getTime()) return { ok: false, reason: 'locked' };
  if (!(await verifyPassword(password, account.hash))) {
    const failed = account.failed + 1;
    const lock = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
    await db.query('update staff_accounts set failed_logins = $2, locked_until = $3 where id = $1::bigint', [account.id, lock ? 0 : failed, lock]);
    return { ok: false, reason: lock ? 'locked' : 'wrong' };
  }
  await db.query('update staff_accounts set failed_logins = 0, locked_until = null where id = $1::bigint', [account.id]);
  const cookie = randomBytes(32).toString('base64url');
  await db.query('insert into staff_sessions (id_hash, account_id, csrf_token, created_at, expires_at) values ($1, $2::bigint, $3, $4, $5)', [
    sha256(cookie),
    account.id,
    randomBytes(24).toString('base64url'),
    now.toISOString(),
    new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
  ]);
  return { ok: true, cookie };
}

export interface StaffSession {
  email: string;
  csrf: string;
}

export async function sessionFor(db: Database, cookie: string | undefined, now: Date): Promise<StaffSession | undefined> {
  if (!cookie || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) return undefined;
  const rows = await db.query<StaffSession>(
    `select a.email, s.csrf_token as csrf from staff_sessions s join staff_accounts a on a.id = s.account_id where s.id_hash = $1 and s.expires_at > $2`,
    [sha256(cookie), now.toISOString()],
  );
  return rows[0];
}

export async function logout(db: Database, cookie: string | undefined): Promise<void> {
  if (cookie) await db.query('delete from staff_sessions where id_hash = $1', [sha256(cookie)]);
}

/** Constant-time comparison of the CSRF token a form sent with the session's own. */
export function csrfMatches(session: StaffSession, sent: unknown): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
