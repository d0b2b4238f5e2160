// The portal's database: embedded PostgreSQL (PGlite) in `.data/` by default, so `npm start` needs
// no server, or a PostgreSQL server when DATABASE_URL is set. Both run the same SQL.
import fs from 'node:fs';
import path from 'node:path';
import { migrations } from './migrations';
import { isRunning } from '../process';

export type Row = Record<string, unknown>;

export interface Database {
  readonly kind: 'pglite' | 'postgresql';
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… ; when absent, PGlite */
  url?: string;
  /** PGlite data folder; absent (and no url) means in memory, for tests */
  dir?: string;
}

/** Where `npm start` keeps its data: GKA_DATA_DIR or `.data/` in the project. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.GKA_DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.data'));
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const db = options.url ? await openPostgres(options.url) : await openPglite(options.dir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function openPostgres(url: string): Promise<Database> {
  const { Pool } = (await import('pg')).default;
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle connection that the server ends (a restart, a terminated backend) is reported here;
  // without a listener that error would end the whole process. The pool opens a new one.
  pool.on('error', (error) => console.error(`PostgreSQL: verbinding verbroken: ${error.message}`));
  // Fail here, with the reason, rather than on the first visitor's submission.
  await pool.query('select 1');
  return {
    kind: 'postgresql',
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    close: () => pool.end(),
  };
}

async function openPglite(dir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const release = dir ? lockDataDir(dir) : () => {};
  let pg;
  try {
    pg = await PGlite.create(dir);
  } catch (error) {
    release();
    throw error;
  }
  return {
    kind: 'pglite',
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pg.query<T>(sql, params)).rows;
    },
    async close() {
      await pg.close();
      release();
    },
  };
}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * The lock names the process that holds it; a lock left by a process that no longer runs (a crash,
 * kill -9) is taken over.
 */
function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, '..', `${path.basename(dir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lock, 'utf8'));
      if (holder === process.pid || !isRunning(holder)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      throw new Error(
        `De database in ${dir} is in gebruik door proces ${holder} (draait npm start?). ` +
          'Stop dat proces eerst, of gebruik een PostgreSQL-server via DATABASE_URL.',
      );
    }
  }
  throw new Error(`Kon ${lock} niet aanmaken`);
}

/** Any number; the key of the advisory lock that lets one server at a time migrate. */
const MIGRATION_LOCK = 4_262_017;

export async function migrate(db: Database): Promise<void> {
  for (const step of migrations) {
    // One statement, so the step and its record commit together on both engines. Two servers
    // starting at once on one PostgreSQL take turns through the lock (held until the statement
    // commits): without it both create the same tables and one fails to start.
    await db.query(`do $migration$ begin
      perform pg_advisory_xact_lock(${MIGRATION_LOCK});
      create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now());
      if not exists (select 1 from schema_migrations where id = '${step.id}') then
        ${step.sql}
        insert into schema_migrations (id) values ('${step.id}');
      end if;
    end $migration$`);
  }
}

const SHARED = Symbol.for('gka.database');
type Shared = typeof globalThis & { [SHARED]?: Promise<Database> };

/**
 * The server's one connection. Kept on globalThis because Next bundles this module more than
 * once (routes, instrumentation, the serve script): two PGlite instances on one folder must
 * never exist in one process.
 */
export function database(): Promise<Database> {
  const shared = globalThis as Shared;
  shared[SHARED] ??= openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dir: path.join(dataDir(), 'pglite') }).catch(
    (error: unknown) => {
      delete shared[SHARED];
      throw error;
    },
  );
  return shared[SHARED];
}

/** On shutdown: the pool's connections ended (PostgreSQL) or the folder's lock released (PGlite). */
export async function closeDatabase(): Promise<void> {
  const shared = globalThis as Shared;
  const opening = shared[SHARED];
  delete shared[SHARED];
  const db = await opening?.catch(() => undefined);
  await db?.close();
}
