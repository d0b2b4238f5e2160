// A throwaway PostgreSQL server for the unit tests, started once per vitest run (globalSetup in
// vitest.config.mts) and stopped afterwards. Tests get its address with inject('postgresUrl') and
// make a database of their own in it (freshDatabase). DATABASE_URL_TEST points at an existing
// server instead (its user must be allowed to create databases). Without PostgreSQL installed
// the PostgreSQL half of the tests is skipped, except on CI, where that is an error (npm test
// installs it: scripts/test.mjs).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://… of a server the tests may create databases in; null when there is none */
    postgresUrl: string | null;
  }
}

const PG_ROOT = '/usr/lib/postgresql';

/** The newest installed PostgreSQL's bin folder (Debian layout), if any. */
export function postgresBin(): string | undefined {
  if (!fs.existsSync(PG_ROOT)) return undefined;
  const versions = fs
    .readdirSync(PG_ROOT)
    .filter((v) => fs.existsSync(path.join(PG_ROOT, v, 'bin', 'initdb')) && fs.existsSync(path.join(PG_ROOT, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(PG_ROOT, versions[0], 'bin') : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningPostgres {
  url: string;
  stop(): void;
}

/** initdb + pg_ctl start in a fresh temporary folder; as root through the postgres user. */
export async function startPostgres(bin: string): Promise<RunningPostgres> {
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  if (asRoot) {
    const user = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (user.status !== 0)
      throw new Error('PostgreSQL weigert als root te draaien en er is geen gebruiker "postgres" (apt-get install -y postgresql maakt die aan).');
    const uid = Number(user.stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    fs.chownSync(dir, uid, gid);
  }
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]] : [path.join(bin, command), args];
    // cwd: the postgres user cannot read root's working directory.
    const result = spawnSync(file, argv, { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
  };
  const stop = () => {
    run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const init = run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions']);
  if (!init.ok) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb mislukt:\n${init.output}`);
  }
  // A free port can be taken between asking and listening: then try another.
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const options = `-F -c fsync=off -c full_page_writes=off -c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir}`;
    const started = run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', '-o', options, 'start']);
    if (started.ok) return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
    if (attempt === 2) {
      const serverLog = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
      stop();
      throw new Error(`PostgreSQL start niet:\n${started.output}\n${serverLog}`);
    }
  }
}

/** A new, empty database in the server at `url`; drop() removes it again. */
export async function freshDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { Client } = (await import('pg')).default;
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    async drop() {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        // A closed pool's connections can take a moment to end on the server; forcing them would
        // make their pool report "terminating connection".
        for (let attempt = 0; ; attempt++) {
          try {
            await client.query(`drop database if exists ${name}${attempt === 40 ? ' with (force)' : ''}`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== '55006' || attempt === 40) throw error;
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

/** vitest globalSetup: one server for the whole run, its address provided to every test file. */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL_TEST) {
    project.provide('postgresUrl', process.env.DATABASE_URL_TEST);
    return;
  }
  const bin = postgresBin();
  if (!bin) {
    const message = `PostgreSQL ontbreekt (geen initdb onder ${PG_ROOT}/*/bin): installeer het met "apt-get install -y postgresql".`;
    if (process.env.CI) throw new Error(message);
    console.warn(`\n⚠ ${message} De tests tegen een PostgreSQL-server worden overgeslagen; PGlite wordt wel getest.\n`);
    project.provide('postgresUrl', null);
    return;
  }
  const server = await startPostgres(bin);
  // Also when vitest exits without running teardown.
  const onExit = () => server.stop();
  process.once('exit', onExit);
  project.provide('postgresUrl', server.url);
  return () => {
    process.off('exit', onExit);
    server.stop();
  };
}
