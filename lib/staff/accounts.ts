// Staff accounts and sessions for /beheer. Accounts are made on the command line (npm run beheer);
// passwords are hashed with scrypt, which is memory-hard (128 MiB per hash at N=2^17, r=8, p=1,
// the OWASP minimum) and built into Node, so there is no native module to install. Sessions live
// in the database; the cookie holds a random value whose keyed hash is the key, and each session
// has its own CSRF token. Wrong passwords slow down one account from one address (throttle.ts).
import { createHmac, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Database } from '../db';
import { createHashQueue, QueueBusyError, type QueueTicket } from './hash-queue';
import type { LoginThrottle } from './throttle';
import { networkKey } from '../http/client-address';
import type { RateLimiter } from '../http/rate-limit';
import { isRole, type Role } from './roles';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))));

/** The parameters new hashes get; a stored hash records its own, and old ones are rehashed at login. */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 };
type Params = typeof SCRYPT_PARAMS;
// scrypt needs 128 × N × r bytes; parameters read from the database are held to a ceiling, so a
// changed row cannot make one login take gigabytes.
const memoryFor = ({ N, r }: Params) => 128 * N * r + 2 ** 20;
const saneParams = ({ N, r, p }: Params) => Number.isInteger(Math.log2(N)) && N >= 2 ** 10 && N <= 2 ** 20 && r >= 1 && r <= 16 && p >= 1 && p <= 4;

// At most two hashes at a time: each takes 128 MiB and a thread of libuv's pool (which also
// compresses pages). Eight more may wait, one per address and per account, and none longer than
// 10 s (on a busy machine one hash can take seconds): a burst of wrong logins cannot hold the
// real user behind it (hash-queue.ts).
const hashing = createHashQueue({ running: 2, waiting: 8, maxWaitMs: 10_000 });
/** Work that no visitor sends (an account made on the command line, a rehash): first in line. */
const OWN_TURN: QueueTicket = { keys: [], rank: 0 };

export const SESSION_COOKIE = '__Secure-gka_beheer';
/** The login form's token says this form id (lib/forms/token). */
export const STAFF_LOGIN_FORM = 'beheer-inloggen';
export const SESSION_HOURS = 8;
/** A session also ends after this long without a request: a browser left open in a shared office. */
export const IDLE_MINUTES = 60;
const MIN_PASSWORD_LENGTH = 12;

export async function hashPassword(password: string, params: Params = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(16);
  const key = await hashing.run(OWN_TURN, () => scrypt(password.normalize('NFC'), salt, 32, { ...params, maxmem: memoryFor(params) }));
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

const parse = (stored: string) => {
  const [scheme, n, r, p, salt, hash, extra] = stored.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (scheme !== 'scrypt' || !salt || !hash || extra !== undefined || !saneParams(params)) return undefined;
  return { params, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
};

/** Throws QueueBusyError when the hash cannot start in time (hash-queue.ts). */
export async function verifyPassword(password: string, stored: string, ticket: QueueTicket = OWN_TURN): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || parsed.hash.length < 16) return false;
  const { params, salt, hash } = parsed;
  const key = await hashing.run(ticket, () => scrypt(password.normalize('NFC'), salt, hash.length, { ...params, maxmem: memoryFor(params) }));
  return timingSafeEqual(key, hash);
}

/** Whether a stored hash was made with other parameters than new ones get. */
export function needsRehash(stored: string): boolean {
  const params = parse(stored)?.params;
  return !params || params.N !== SCRYPT_PARAMS.N || params.r !== SCRYPT_PARAMS.r || params.p !== SCRYPT_PARAMS.p;
}

// Compared against when the account does not exist: the same parameters as a real hash, so a
// wrong address costs exactly one hash, like a wrong password, and tells nothing. No password
// matches it (its key is no scrypt output of anything we know).
const DUMMY_HASH = `scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$${Buffer.alloc(16, 7).toString('base64')}$${Buffer.alloc(32).toString('base64')}`;

const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben.`;
  if (password.length > 1024) return 'Het wachtwoord is te lang.';
  return undefined;
}

export const isEmailAddress = (email: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) && email.length <= 254;

/**
 * A new account, or a new password for an existing one (which also ends its sessions). A new
 * account gets `role`; without one, the first account is a beheerder (someone must be able to
 * make the others) and later ones redacteur. An existing account keeps its role unless one is given.
 */
export async function createAccount(db: Database, email: string, password: string, role?: Role): Promise<{ role: Role; created: boolean }> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  if (!isEmailAddress(email)) throw new Error(`"${email}" is geen e-mailadres.`);
  const hash = await hashPassword(password);
  const rows = await db.query<{ id: string; role: Role; created: boolean }>(
    `insert into staff_accounts (email, password_hash, role)
     values ($1, $2, coalesce($3, case when exists (select 1 from staff_accounts) then 'redacteur' else 'beheerder' end))
     on conflict (email) do update set password_hash = excluded.password_hash, role = coalesce($3, staff_accounts.role)
     returning id::text as id, role, (xmax = 0) as created`,
    [normalizeEmail(email), hash, role ?? null],
  );
  await db.query('delete from staff_sessions where account_id = $1::bigint', [rows[0].id]);
  return { role: rows[0].role, created: rows[0].created };
}

/** Gives an account another role, and ends its sessions so the new role holds at once. */
export async function setRole(db: Database, email: string, role: Role): Promise<boolean> {
  const rows = await db.query<{ id: string }>('update staff_accounts set role = $2 where email = $1 returning id::text as id', [normalizeEmail(email), role]);
  if (rows.length) await db.query('delete from staff_sessions where account_id = $1::bigint', [rows[0].id]);
  return rows.length > 0;
}

export async function deleteAccount(db: Database, email: string): Promise<boolean> {
  return (await db.query('delete from staff_accounts where email = $1 returning id', [normalizeEmail(email)])).length > 0;
}

export type Account = { email: string; name: string | null; role: Role; createdAt: Date };

export async function listAccounts(db: Database): Promise<Account[]> {
  return db.query(`select email, name, role, created_at as "createdAt" from staff_accounts order by email`);
}

/** `busy`: too many logins at once; nothing was checked and nothing counted, try again shortly. */
export type LoginResult = { ok: true; cookie: string } | { ok: false; reason: 'wrong' | 'locked' | 'busy' };

export interface LoginAttempt {
  email: string;
  password: string;
  /** The sender's address (lib/http/client-address.ts): the throttle counts per account and address. */
  client: string;
  /** Login attempts per address and per network (networkKey), counted here: they order the hash queue. */
  attempts: RateLimiter;
  now: Date;
  throttle: LoginThrottle;
  /** The key session ids are hashed with (lib/secret.ts secretFor('sessies')). */
  sessionKey: string;
}

/**
 * A login. Known and unknown addresses go the same way: the same throttle, one hash of the same
 * cost, the same answers. A throttled key is answered at once, without a hash, whether or not
 * its account exists; the right password from another address still gets in.
 */
export async function login(db: Database, attempt: LoginAttempt): Promise<LoginResult> {
  const email = normalizeEmail(attempt.email);
  const now = attempt.now.getTime();
  const key = `${email}\n${attempt.client}`;
  if ((await attempt.throttle.waitMs(key, now)) > 0) return { ok: false, reason: 'locked' };
  const rows = await db.query<{ id: string; hash: string }>(`select id::text as id, password_hash as hash from staff_accounts where email = $1`, [email]);
  const account = rows[0];
  // Its place in the queue: the attempts this address and its network made lately, this one
  // included, so whoever keeps trying (also when spread over the /64s of one /48) waits behind
  // someone trying for the first time in a while. One place per address and per account.
  const network = networkKey(attempt.client);
  const rank = (await attempt.attempts.count(attempt.client, now)) + (await attempt.attempts.count(network, now)) - 1;
  let right: boolean;
  try {
    right = await verifyPassword(attempt.password, account?.hash ?? DUMMY_HASH, { keys: [`adres:${attempt.client}`, `account:${email}`], rank });
  } catch (error) {
    // Nothing was checked: the throttle counts nothing.
    if (error instanceof QueueBusyError) return { ok: false, reason: 'busy' };
    throw error;
  }
  if (!account || !right) {
    const wait = await attempt.throttle.failed(key, now);
    return { ok: false, reason: wait > 0 ? 'locked' : 'wrong' };
  }
  await attempt.throttle.succeeded(key);
  // Made with weaker parameters than today's: now that the password is at hand, hash it anew
  // (when the queue is busy, at a later login).
  if (needsRehash(account.hash)) {
    const fresh = await hashPassword(attempt.password).catch((error: unknown) => {
      if (error instanceof QueueBusyError) return undefined;
      throw error;
    });
    if (fresh) await db.query('update staff_accounts set password_hash = $2 where id = $1::bigint', [account.id, fresh]);
  }
  const cookie = randomBytes(32).toString('base64url');
  await db.query('insert into staff_sessions (id_hash, account_id, csrf_token, created_at, expires_at) values ($1, $2::bigint, $3, $4, $5)', [
    sessionId(attempt.sessionKey, cookie),
    account.id,
    randomBytes(24).toString('base64url'),
    attempt.now.toISOString(),
    new Date(now + SESSION_HOURS * 3_600_000).toISOString(),
  ]);
  return { ok: true, cookie };
}

export interface StaffSession {
  accountId: string;
  email: string;
  /** What git records as the author: the name when the account has one, else the address. */
  name: string;
  /** Read from the account at every request: a changed role holds at once. */
  role: Role;
  csrf: string;
}

/**
 * The session of a cookie: unexpired (SESSION_HOURS after login) and used within IDLE_MINUTES.
 * Each request moves the idle clock (at most one write a minute per session).
 */
export async function sessionFor(db: Database, cookie: string | undefined, now: Date, sessionKey: string): Promise<StaffSession | undefined> {
  if (!cookie || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) return undefined;
  const id = sessionId(sessionKey, cookie);
  const idleSince = new Date(now.getTime() - IDLE_MINUTES * 60_000).toISOString();
  const rows = await db.query<StaffSession & { seen: Date }>(
    `select a.id::text as "accountId", a.email, coalesce(nullif(a.name, ''), a.email) as name, a.role, s.csrf_token as csrf,
            coalesce(s.last_seen_at, s.created_at) as seen
     from staff_sessions s join staff_accounts a on a.id = s.account_id
     where s.id_hash = $1 and s.expires_at > $2 and coalesce(s.last_seen_at, s.created_at) > $3`,
    [id, now.toISOString(), idleSince],
  );
  const row = rows[0];
  if (!row || !isRole(row.role)) return undefined;
  if (now.getTime() - new Date(row.seen).getTime() > 60_000)
    await db.query('update staff_sessions set last_seen_at = $2 where id_hash = $1', [id, now.toISOString()]);
  return { accountId: row.accountId, email: row.email, name: row.name, role: row.role, csrf: row.csrf };
}

export async function logout(db: Database, cookie: string | undefined, sessionKey: string): Promise<void> {
  if (cookie) await db.query('delete from staff_sessions where id_hash = $1', [sessionId(sessionKey, cookie)]);
}

/** Constant-time comparison of the CSRF token a form sent with the session's own. */
export function csrfMatches(session: StaffSession, sent: unknown): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What the database keeps of a session cookie: its HMAC under the sessions' own key, never the cookie. */
const sessionId = (key: string, cookie: string) => createHmac('sha256', key).update(cookie).digest('hex');
