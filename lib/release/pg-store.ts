// Releases in PostgreSQL (migration 004-content-releases), for servers on several machines; also
// on PGlite. A release and its files are written by one statement, so a server sees a release
// whole or not at all, and a publisher killed half-way leaves nothing. The latest release is the
// one with the highest seq: one index lookup, cheap enough to poll every half second.
//
// One publish at a time through the lease (lib/db/leases.ts), not an advisory lock: lib/db gives a
// pool without a connection of one's own, so a session lock could not be held across the content
// build (seconds to minutes) and a transaction lock would last one statement. The lease survives
// that, frees itself after LEASE_MS when a publisher dies, and its run_at works as a fencing token:
// the release is written only while that exact lease is still held.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Database } from '../db';
import { takeLease } from '../db/leases';
import { checkEnvelope, ReleaseError, sealRelease, sha256, verifiedFiles, type Draft, type ReleaseFile } from './envelope';
import { ALWAYS_KEPT, busyLine, publishUnderLock, takenOverLine, type PublishLock, type ReleasePointer, type ReleaseStore, type ReleaseSummary } from './store';

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

export const LEASE = 'publiceren';
/** Longer than a publish of 10,000 interventions takes (the content build is most of it). */
export const LEASE_MS = 10 * 60_000;

export type PgStoreOptions = { log?: (line: string) => void; now?: () => Date };

export function pgReleaseStore(db: Database, { log = console.log, now = () => new Date() }: PgStoreOptions = {}): ReleaseStore {
  async function latest(): Promise<ReleasePointer | undefined> {
    const [row] = await db.query<{ id: string; seq: string | number }>('select id, seq from content_releases order by seq desc limit 1');
    return row && { id: row.id, seq: Number(row.seq) };
  }

  async function lock(): Promise<PublishLock> {
    const at = now();
    const [before] = await db.query<{ run_at: Date | string }>('select run_at from job_leases where name = $1', [LEASE]);
    if (!(await takeLease(db, LEASE, LEASE_MS, at))) throw new ReleaseError('busy', busyLine(new Date(before?.run_at ?? at).toISOString()));
    // A lease not given back and not expired would have refused us: one that is there was left by a publisher that died.
    const previous = before ? new Date(before.run_at) : undefined;
    if (previous && Number.isFinite(previous.getTime())) log(takenOverLine(previous.toISOString()));
    const held = at.toISOString();
    let holding = true;
    return {
      async publish(draft, files) {
        if (!holding) throw new Error('publish after release');
        return write(draft, files, held);
      },
      async release() {
        if (!holding) return;
        holding = false;
        await db.query(`update job_leases set run_at = '-infinity' where name = $1 and run_at = $2::timestamptz`, [LEASE, held]);
      },
    };
  }

  async function write(draft: Draft, files: readonly ReleaseFile[], lease: string) {
    const [{ seq }] = await db.query<{ seq: string | number }>(`select nextval(pg_get_serial_sequence('content_releases', 'seq')) as seq`);
    const { envelope, json } = sealRelease(draft, Number(seq), files);
    const rows = await db
      .query<{ seq: string | number }>(
        `with lease as (
           select 1 from job_leases where name = $1 and run_at = $2::timestamptz for share
         ), release as (
           insert into content_releases (seq, id, created_at, sha256, envelope, content_hash)
           select $3, $4, $5::timestamptz, $6, $7, $11 from lease
           returning seq
         ), files as (
           insert into content_release_files (seq, path, sha256, data)
           select release.seq, f.path, f.sha256, f.data from release cross join unnest($8::text[], $9::text[], $10::bytea[]) as f(path, sha256, data)
         )
         select seq from release`,
        [
          LEASE,
          lease,
          envelope.seq,
          envelope.id,
          envelope.createdAt,
          sha256(json),
          await gzip(json),
          files.map((f) => f.path),
          files.map((f) => f.sha256),
          files.map((f) => f.data),
          envelope.source.contentHash,
        ],
      )
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === '23505') throw new ReleaseError('conflict', `Release ${draft.id} bestaat al in PostgreSQL`);
        throw error;
      });
    if (rows.length === 0)
      throw new ReleaseError(
        'busy',
        `De vergrendeling van deze publicatie is verlopen en door een andere overgenomen; release ${draft.id} is niet gepubliceerd.`,
      );
    return envelope;
  }

  return {
    where: 'PostgreSQL',
    lock,
    publish: (draft, files) => publishUnderLock(lock, draft, files),
    latest,
    async contentHash(id) {
      const [row] = await db.query<{ content_hash: string | null }>('select content_hash from content_releases where id = $1', [id]);
      if (!row) throw new ReleaseError('missing', `Release ${id} bestaat niet in PostgreSQL`);
      return row.content_hash ?? undefined;
    },
    async load(id) {
      const [row] = await db.query<{ seq: string | number; sha256: string; envelope: Uint8Array }>(
        'select seq, sha256, envelope from content_releases where id = $1',
        [id],
      );
      if (!row) throw new ReleaseError('missing', `Release ${id} bestaat niet in PostgreSQL`);
      let json: Buffer;
      try {
        json = await gunzip(row.envelope);
      } catch {
        throw new ReleaseError('corrupt', `Release ${id} is beschadigd (release.json is niet te lezen)`);
      }
      if (sha256(json) !== row.sha256) throw new ReleaseError('corrupt', `Release ${id} is beschadigd (release.json klopt niet met zijn sha256)`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(json.toString('utf8'));
      } catch {
        parsed = undefined;
      }
      const envelope = checkEnvelope(parsed, id);
      if (envelope.seq !== Number(row.seq))
        throw new ReleaseError('corrupt', `Release ${id} is beschadigd (nummer ${envelope.seq} in release.json, ${row.seq} in de tabel)`);
      const stored = await db.query<{ path: string; data: Uint8Array }>('select path, data from content_release_files where seq = $1', [row.seq]);
      const byPath = new Map(stored.map((f) => [f.path, Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength)]));
      return { envelope, files: await verifiedFiles(envelope, async (p) => byPath.get(p)) };
    },
    async list(): Promise<ReleaseSummary[]> {
      const rows = await db.query<{ id: string; seq: string | number; created_at: Date | string }>(
        'select id, seq, created_at from content_releases order by seq desc',
      );
      return rows.map((r) => ({ id: r.id, seq: Number(r.seq), createdAt: new Date(r.created_at).toISOString() }));
    },
    async prune(keep) {
      const rows = await db.query<{ id: string }>(
        `delete from content_releases where seq < (
           select coalesce(min(seq), 0) from (select seq from content_releases order by seq desc limit $1) newest
         ) returning id`,
        [Math.max(Math.floor(keep), ALWAYS_KEPT)],
      );
      return rows.map((r) => r.id).sort();
    },
  };
}
