// One suite for both stores: the folder (file-store.ts) and the database (pg-store.ts, on PGlite in
// memory and on a real PostgreSQL server when there is one). Each store adds how its own
// failures are made: a folder a killed publish left, a crash before the pointer moved, a hand edit.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { emptyDocuments } from '@/lib/content/release';
import { draftRelease, type Documents } from './envelope';
import { fileReleaseStore, LOCK, MARKER, POINTER } from './file-store';
import { nextRelease } from './follow';
import { LEASE, LEASE_MS, pgReleaseStore } from './pg-store';
import type { ReleasePointer, ReleaseStore } from './store';
import { freshDatabase } from '@/tests/support/postgres';

const postgresUrl = inject('postgresUrl');

const empty = emptyDocuments;

let clock = Date.parse('2026-12-07T08:12:03Z');

/** A release of `title` with one theme and a photo (bytes that are not text, to catch any re-encoding). */
function release(title: string, photo = Buffer.from([0, 255, 10, 13, 0x89, 0x50, ...Buffer.from(title)])) {
  const documents = empty();
  documents.themes = [{ title, slug: 'armoede', url: '/themas/armoede' }] as unknown as Documents['themes'];
  clock += 1000;
  return draftRelease({ documents, files: [{ path: 'inhoud/themas/foto.jpg', data: photo }], createdAt: new Date(clock) });
}

type Harness = {
  store: ReleaseStore;
  /** A second store on the same place, as another process or server sees it. */
  other: () => ReleaseStore;
  lines: string[];
  /** Publishes, but dies before the release becomes the latest. */
  crashBeforeSwitch(draft: ReturnType<typeof release>): Promise<void>;
  /** Makes an older release the latest by hand. */
  setBack(to: ReleasePointer): Promise<void>;
  /** Spoils one byte of a release's file. */
  corruptFile(id: string): Promise<void>;
  done(): Promise<void>;
};

function suite(name: string, open: () => Promise<Harness>) {
  describe(name, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(() => h.done());

    it('gives the content hash of a release without loading it, for "nothing changed"', async () => {
      const a = release('Armoede');
      await h.store.publish(a.draft, a.files);
      expect(await h.other().contentHash(a.draft.id)).toBe(a.draft.source.contentHash);
      await expect(h.store.contentHash('20261207T081203Z-abcdef')).rejects.toThrow(/^Release 20261207T081203Z-abcdef bestaat niet/);
    });

    it('publishes and loads a release: the documents and byte-identical files', async () => {
      const a = release('Armoede');
      const published = await h.store.publish(a.draft, a.files);
      expect(await h.store.latest()).toEqual({ id: a.draft.id, seq: published.seq });
      expect(a.draft.id).toMatch(/^20261207T0812\d\dZ-[0-9a-f]{6}$/);
      const loaded = await h.other().load(a.draft.id);
      expect(loaded.envelope).toEqual({ ...a.draft, seq: published.seq });
      expect(loaded.envelope.counts.themes).toBe(1);
      expect(loaded.files.map((f) => [f.path, Buffer.compare(f.data, a.files[0].data)])).toEqual([['inhoud/themas/foto.jpg', 0]]);

      const b = release('Armoede bijgewerkt');
      const second = await h.store.publish(b.draft, b.files);
      expect(second.seq).toBeGreaterThan(published.seq);
      expect(await h.other().latest()).toEqual({ id: b.draft.id, seq: second.seq });
      expect((await h.store.list()).map((r) => r.id)).toEqual([b.draft.id, a.draft.id]);
    });

    it('a file that does not match its sha256 is never loaded', async () => {
      const a = release('Armoede');
      await h.store.publish(a.draft, a.files);
      await h.corruptFile(a.draft.id);
      await expect(h.store.load(a.draft.id)).rejects.toThrow(`Release ${a.draft.id} is beschadigd (inhoud/themas/foto.jpg klopt niet met zijn sha256)`);
    });

    it('a crash between writing and switching: the previous release stays the latest, whole', async () => {
      const a = release('Armoede');
      const first = await h.store.publish(a.draft, a.files);
      await h.crashBeforeSwitch(release('Half'));
      expect(await h.store.latest()).toEqual({ id: a.draft.id, seq: first.seq });
      expect((await h.store.load(a.draft.id)).envelope.documents.themes[0].title).toBe('Armoede');
      const c = release('Daarna');
      const next = await h.store.publish(c.draft, c.files);
      // The number the crashed publish took is not given out again.
      expect(next.seq).toBeGreaterThan(first.seq + 1);
      expect(await h.store.latest()).toEqual({ id: c.draft.id, seq: next.seq });
    });

    it('two publishes at once: the second is refused with one Dutch line, and nothing of it is written', async () => {
      const held = await h.store.lock();
      const b = release('Tweede');
      await expect(h.other().publish(b.draft, b.files)).rejects.toThrow(
        /^Er loopt al een publicatie \((pid \d+, )?gestart om .+\); probeer het over een minuut opnieuw\.$/,
      );
      const a = release('Eerste');
      await held.publish(a.draft, a.files);
      await held.release();
      expect((await h.store.list()).map((r) => r.id)).toEqual([a.draft.id]);
      // Given back: the next publish goes ahead.
      const c = release('Derde');
      await h.other().publish(c.draft, c.files);
      expect((await h.store.latest())?.id).toBe(c.draft.id);
    });

    it('a release older than the one served is not loaded; said once', async () => {
      const a = release('Armoede');
      const first = await h.store.publish(a.draft, a.files);
      const b = release('Nieuwer');
      const second = await h.store.publish(b.draft, b.files);
      const serving = { id: b.draft.id, seq: second.seq };
      await h.setBack({ id: a.draft.id, seq: first.seq });
      const latest = await h.store.latest();
      expect(latest).toEqual({ id: a.draft.id, seq: first.seq });
      const decision = nextRelease({ current: serving }, latest);
      expect(decision).toEqual({
        action: 'stay',
        skipped: a.draft.id,
        line: `Release ${a.draft.id} (nr. ${first.seq}) is ouder dan release ${b.draft.id} (nr. ${second.seq}): overgeslagen; de site blijft release ${b.draft.id} serveren.`,
      });
      expect(nextRelease({ current: serving, skipped: a.draft.id }, latest)).toEqual({ action: 'stay', skipped: a.draft.id });
    });

    it('prunes all but the newest, never the newest two', async () => {
      const ids: string[] = [];
      for (const title of ['een', 'twee', 'drie', 'vier']) {
        const r = release(title);
        await h.store.publish(r.draft, r.files);
        ids.push(r.draft.id);
      }
      expect(await h.store.prune(0)).toEqual(ids.slice(0, 2));
      expect((await h.store.list()).map((r) => r.id)).toEqual([ids[3], ids[2]]);
      expect((await h.store.load(ids[3])).files).toHaveLength(1);
      expect(await h.store.prune(5)).toEqual([]);
    });
  });
}

// ── The folder ───────────────────────────────────────────────────────────────────────────────────
suite('file store', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-releases-'));
  const lines: string[] = [];
  const open = () => fileReleaseStore(dir, { log: (l) => lines.push(l) });
  const setPointer = (to: ReleasePointer) => fs.writeFileSync(path.join(dir, POINTER), JSON.stringify(to));
  return {
    store: open(),
    other: open,
    lines,
    async crashBeforeSwitch(r) {
      // What a crash after the folder's rename and before the pointer's leaves on disk.
      const before = fs.readFileSync(path.join(dir, POINTER));
      await open().publish(r.draft, r.files);
      fs.writeFileSync(path.join(dir, POINTER), before);
    },
    async setBack(to) {
      setPointer(to);
    },
    async corruptFile(id) {
      const file = path.join(dir, id, 'inhoud/themas/foto.jpg');
      const data = fs.readFileSync(file);
      data[0] ^= 1;
      fs.writeFileSync(file, data);
    },
    async done() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('file store: what only a folder can get wrong', () => {
  let dir: string;
  let lines: string[];
  let store: ReleaseStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-releases-'));
    lines = [];
    store = fileReleaseStore(dir, { log: (l) => lines.push(l) });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a folder without VOLLEDIG or with a release.json that does not match it is never loaded', async () => {
    const a = release('Armoede');
    await store.publish(a.draft, a.files);
    fs.rmSync(path.join(dir, a.draft.id, MARKER));
    await expect(store.load(a.draft.id)).rejects.toThrow(`Release ${a.draft.id} is onvolledig (VOLLEDIG ontbreekt)`);
    expect(await store.list()).toEqual([]);

    const b = release('Tweede');
    await store.publish(b.draft, b.files);
    const json = path.join(dir, b.draft.id, 'release.json');
    fs.writeFileSync(json, fs.readFileSync(json, 'utf8').replace('Tweede', 'Tweedf'));
    await expect(store.load(b.draft.id)).rejects.toThrow(`Release ${b.draft.id} is beschadigd (release.json klopt niet met VOLLEDIG)`);
  });

  it('a folder a killed publish left half-written is never read, and prune removes it', async () => {
    const a = release('Armoede');
    await store.publish(a.draft, a.files);
    const dead = deadPid();
    const half = path.join(dir, `${release('Half').draft.id}.tmp-${dead}`);
    fs.mkdirSync(path.join(half, 'inhoud'), { recursive: true });
    fs.writeFileSync(path.join(half, 'release.json'), '{"format":1,"id":"');
    expect(await store.latest()).toEqual({ id: a.draft.id, seq: 1 });
    expect((await store.list()).map((r) => r.id)).toEqual([a.draft.id]);
    expect(await store.prune(2)).toEqual([path.basename(half)]);
    expect(fs.existsSync(half)).toBe(false);
  });

  it('the content hash of a damaged release is an error; of one stored before it was recorded, unknown', async () => {
    const a = release('Armoede');
    await store.publish(a.draft, a.files);
    const marker = path.join(dir, a.draft.id, MARKER);
    const { contentHash, ...older } = JSON.parse(fs.readFileSync(marker, 'utf8'));
    expect(contentHash).toBe(a.draft.source.contentHash);
    fs.writeFileSync(marker, JSON.stringify(older));
    expect(await store.contentHash(a.draft.id)).toBeUndefined();
    fs.appendFileSync(path.join(dir, a.draft.id, 'release.json'), ' ');
    await expect(store.contentHash(a.draft.id)).rejects.toThrow(`Release ${a.draft.id} is beschadigd (release.json klopt niet met VOLLEDIG)`);
  });

  it('a lock left by a process that is gone is taken over, with a line saying so', async () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, LOCK), JSON.stringify({ pid: deadPid(), startedAt: '2026-12-07T08:00:00.000Z' }));
    const a = release('Armoede');
    await store.publish(a.draft, a.files);
    expect(lines).toEqual([
      expect.stringMatching(/^Een eerdere publicatie \(pid \d+, gestart om 07-12-2026,? 09:00:00\) is niet afgemaakt; de vergrendeling is overgenomen\.$/),
    ]);
    expect(fs.existsSync(path.join(dir, LOCK))).toBe(false);
  });

  it('a pointer to a release that is not there, or an unreadable pointer, is an error with a Dutch line', async () => {
    fs.writeFileSync(path.join(dir, POINTER), '{"id":"20261207T081203Z-abcdef","seq":3}');
    await expect(store.load('20261207T081203Z-abcdef')).rejects.toThrow('Release 20261207T081203Z-abcdef bestaat niet in');
    fs.writeFileSync(path.join(dir, POINTER), '{"id":');
    await expect(store.latest()).rejects.toThrow(/^De verwijzing .*huidig is onleesbaar$/);
    await expect(store.load('../etc')).rejects.toThrow('Release ../etc bestaat niet (geen geldige naam)');
  });
});

/** The pid of a process that has ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

// ── The database ─────────────────────────────────────────────────────────────────────────────────
function databaseHarness(db: Database, others: Database[], done: () => Promise<void>): Harness {
  const lines: string[] = [];
  const dbs = [db, ...others];
  let turn = 0;
  return {
    store: pgReleaseStore(db, { log: (l) => lines.push(l) }),
    other: () => pgReleaseStore(dbs[++turn % dbs.length], { log: (l) => lines.push(l) }),
    lines,
    async crashBeforeSwitch(r) {
      // The statement fails after the release row, at its files: nothing of it may remain.
      await db.query(`create function fail() returns trigger language plpgsql as $$ begin raise exception 'stroom uitgevallen'; end $$`);
      await db.query('create trigger fail before insert on content_release_files for each row execute function fail()');
      try {
        await expect(pgReleaseStore(db).publish(r.draft, r.files)).rejects.toThrow('stroom uitgevallen');
      } finally {
        await db.query('drop trigger fail on content_release_files');
        await db.query('drop function fail()');
      }
      expect(await db.query('select id from content_releases where id = $1', [r.draft.id])).toEqual([]);
      expect(await db.query("select count(*)::int as n from job_leases where run_at > now() - interval '1 hour'")).toEqual([{ n: 0 }]);
    },
    async setBack(to) {
      await db.query('delete from content_releases where seq > $1', [to.seq]);
    },
    async corruptFile(id) {
      await db.query(
        `update content_release_files set data = overlay(data placing '\\x01'::bytea from 1 for 1) where seq = (select seq from content_releases where id = $1)`,
        [id],
      );
    },
    done,
  };
}

let memory: Database | undefined;
afterAll(() => memory?.close());

suite('PGlite store', async () => {
  memory ??= await openDatabase();
  await memory.query('truncate content_releases, job_leases restart identity cascade');
  return databaseHarness(memory, [], async () => {});
});

describe.skipIf(!postgresUrl)('PostgreSQL', () => {
  suite('PostgreSQL store', async () => {
    const fresh = await freshDatabase(postgresUrl!);
    const dbs = [await openDatabase({ url: fresh.url }), await openDatabase({ url: fresh.url })];
    return databaseHarness(dbs[0], [dbs[1]], async () => {
      for (const db of dbs) await db.close();
      await fresh.drop();
    });
  });
});

describe('PGlite store: the lease', () => {
  it('a lease left by a publisher that died is taken over after its period, with a line saying so', async () => {
    memory ??= await openDatabase();
    await memory.query('truncate content_releases, job_leases restart identity cascade');
    const lines: string[] = [];
    const started = new Date('2026-12-07T08:00:00Z');
    const died = await pgReleaseStore(memory, { now: () => started }).lock();
    const soon = pgReleaseStore(memory, { now: () => new Date(started.getTime() + 60_000), log: (l) => lines.push(l) });
    await expect(soon.lock()).rejects.toThrow(/^Er loopt al een publicatie \(gestart om 07-12-2026,? 09:00:00\)/);
    const later = pgReleaseStore(memory, { now: () => new Date(started.getTime() + LEASE_MS), log: (l) => lines.push(l) });
    const held = await later.lock();
    expect(lines).toEqual([expect.stringMatching(/^Een eerdere publicatie \(gestart om 07-12-2026,? 09:00:00\) is niet afgemaakt/)]);
    // The publisher that was only slow comes back: its lease is gone, so it writes nothing.
    const late = release('Te laat');
    await expect(died.publish(late.draft, late.files)).rejects.toThrow(
      `De vergrendeling van deze publicatie is verlopen en door een andere overgenomen; release ${late.draft.id} is niet gepubliceerd.`,
    );
    await died.release();
    expect(await memory.query('select run_at from job_leases where name = $1 and run_at > $2::timestamptz', [LEASE, started.toISOString()])).toHaveLength(1);
    const now = release('Nu');
    await held.publish(now.draft, now.files);
    await held.release();
    expect((await later.latest())?.id).toBe(now.draft.id);
  });
});
