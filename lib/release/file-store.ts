// Releases in a folder (GKA_RELEASES_DIR, default .data/releases):
//
//   huidig                      {"id","seq"}: the release to serve, replaced atomically (temp + rename)
//   publiceren.lock             {"pid","startedAt"}: created exclusively by the one publish running
//   20261207T081203Z-ab12cd/    release.json, inhoud/…, and VOLLEDIG last ({"sha256" of release.json, "seq", "contentHash"})
//   <id>.tmp-<pid>/             a publish under way (or killed): never read, removed by prune
//
// A folder gets its name only after everything in it, VOLLEDIG last, is on disk (fsync), and the
// pointer moves only after that rename: a crash at any moment leaves the previous release current
// and whole. A folder without VOLLEDIG, or whose release.json does not match it, is never loaded.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { checkEnvelope, RELEASE_ID, ReleaseError, sealRelease, sha256, verifiedFiles, type Draft, type ReleaseFile } from './envelope';
import { ALWAYS_KEPT, busyLine, publishUnderLock, takenOverLine, type PublishLock, type ReleasePointer, type ReleaseStore, type ReleaseSummary } from './store';
import { isRunning } from '../process';

export const POINTER = 'huidig';
export const LOCK = 'publiceren.lock';
export const MARKER = 'VOLLEDIG';
const ENVELOPE = 'release.json';

const pointerSchema = z.object({ id: z.string().regex(RELEASE_ID), seq: z.number().int().positive() });
const markerSchema = z.object({ sha256: z.string(), seq: z.number().int().positive(), createdAt: z.string(), contentHash: z.string().optional() });
const lockSchema = z.object({ pid: z.number().int(), startedAt: z.string() });
const TEMP = /^(\d{8}T\d{6}Z-[0-9a-f]{6})\.tmp-(\d+)$/;

export type FileStoreOptions = {
  /** Where lines for the operator go (a stale lock taken over). */
  log?: (line: string) => void;
  now?: () => Date;
};

export function fileReleaseStore(dir: string, { log = console.log, now = () => new Date() }: FileStoreOptions = {}): ReleaseStore {
  const at = (...parts: string[]) => path.join(dir, ...parts);

  async function latest(): Promise<ReleasePointer | undefined> {
    let text: string;
    try {
      text = await fsp.readFile(at(POINTER), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const parsed = pointerSchema.safeParse(parseJson(text));
    if (!parsed.success) throw new ReleaseError('corrupt', `De verwijzing ${at(POINTER)} is onleesbaar`);
    return parsed.data;
  }

  /** The marker of a whole release folder, or why the folder is not one. */
  async function marker(id: string) {
    let text: string;
    try {
      text = await fsp.readFile(at(id, MARKER), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const exists = fs.existsSync(at(id));
      throw new ReleaseError(
        exists ? 'incomplete' : 'missing',
        exists ? `Release ${id} is onvolledig (${MARKER} ontbreekt)` : `Release ${id} bestaat niet in ${dir}`,
      );
    }
    const parsed = markerSchema.safeParse(parseJson(text));
    if (!parsed.success) throw new ReleaseError('corrupt', `Release ${id} is beschadigd (${MARKER} is onleesbaar)`);
    return parsed.data;
  }

  async function contentHash(id: string) {
    if (!RELEASE_ID.test(id)) throw new ReleaseError('missing', `Release ${id} bestaat niet (geen geldige naam)`);
    const m = await marker(id);
    // Hashing release.json is cheap beside parsing and checking it: a damaged one is still found.
    if (sha256(await fsp.readFile(at(id, ENVELOPE))) !== m.sha256)
      throw new ReleaseError('corrupt', `Release ${id} is beschadigd (${ENVELOPE} klopt niet met ${MARKER})`);
    return m.contentHash;
  }

  async function load(id: string) {
    if (!RELEASE_ID.test(id)) throw new ReleaseError('missing', `Release ${id} bestaat niet (geen geldige naam)`);
    const { sha256: expected, seq } = await marker(id);
    const json = await fsp.readFile(at(id, ENVELOPE));
    if (sha256(json) !== expected) throw new ReleaseError('corrupt', `Release ${id} is beschadigd (${ENVELOPE} klopt niet met ${MARKER})`);
    const envelope = checkEnvelope(parseJson(json.toString('utf8')), id);
    if (envelope.seq !== seq) throw new ReleaseError('corrupt', `Release ${id} is beschadigd (nummer ${envelope.seq} in ${ENVELOPE}, ${seq} in ${MARKER})`);
    const files = await verifiedFiles(envelope, (p) => fsp.readFile(at(id, p)).catch(() => undefined));
    return { envelope, files };
  }

  /** Whole releases by their markers (small), newest first. */
  async function list(): Promise<ReleaseSummary[]> {
    const names = fs.existsSync(dir) ? await fsp.readdir(dir) : [];
    const found: ReleaseSummary[] = [];
    for (const id of names.filter((n) => RELEASE_ID.test(n))) {
      const m = await marker(id).catch(() => undefined);
      if (m) found.push({ id, seq: m.seq, createdAt: m.createdAt });
    }
    return found.sort((a, b) => b.seq - a.seq);
  }

  async function lock(): Promise<PublishLock> {
    fs.mkdirSync(dir, { recursive: true });
    const mine = { pid: process.pid, startedAt: now().toISOString() };
    for (let attempt = 0; ; attempt++) {
      try {
        fs.writeFileSync(at(LOCK), JSON.stringify(mine), { flag: 'wx' });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === 2) throw error;
      }
      const text = fs.readFileSync(at(LOCK), 'utf8');
      const holder = lockSchema.safeParse(parseJson(text));
      if (holder.success && isRunning(holder.data.pid)) throw new ReleaseError('busy', busyLine(holder.data.startedAt, holder.data.pid));
      // Stale: moved aside under a name of our own, so of two publishes that both found it stale
      // only one removes it; then checked, so a lock another publish has just made is put back.
      const aside = at(`${LOCK}.oud-${process.pid}`);
      try {
        fs.renameSync(at(LOCK), aside);
      } catch {
        continue;
      }
      if (fs.readFileSync(aside, 'utf8') !== text) {
        fs.renameSync(aside, at(LOCK));
        continue;
      }
      fs.rmSync(aside, { force: true });
      log(holder.success ? takenOverLine(holder.data.startedAt, holder.data.pid) : `De vergrendeling ${at(LOCK)} was onleesbaar; overgenomen.`);
    }
    let held = true;
    return {
      async publish(draft, files) {
        if (!held) throw new Error('publish after release');
        return write(draft, files);
      },
      async release() {
        if (!held) return;
        held = false;
        const text = fs.existsSync(at(LOCK)) ? fs.readFileSync(at(LOCK), 'utf8') : '';
        if (text === JSON.stringify(mine)) fs.rmSync(at(LOCK), { force: true });
      },
    };
  }

  async function write(draft: Draft, files: readonly ReleaseFile[]) {
    const pointer = await latest().catch(() => undefined);
    const seq = Math.max(pointer?.seq ?? 0, ...(await list()).map((r) => r.seq)) + 1;
    const { envelope, json } = sealRelease(draft, seq, files);
    if (fs.existsSync(at(draft.id))) throw new ReleaseError('conflict', `Release ${draft.id} bestaat al in ${dir}`);
    const temp = at(`${draft.id}.tmp-${process.pid}`);
    fs.rmSync(temp, { recursive: true, force: true });
    // A release without images has no file to make its folder.
    fs.mkdirSync(temp, { recursive: true });
    const folders = new Set([temp]);
    for (const f of files) {
      const file = path.join(temp, f.path);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      for (let d = path.dirname(file); d !== temp; d = path.dirname(d)) folders.add(d);
      writeDurably(file, f.data);
    }
    writeDurably(path.join(temp, ENVELOPE), json);
    for (const folder of folders) syncFolder(folder);
    writeDurably(
      path.join(temp, MARKER),
      JSON.stringify({ sha256: sha256(json), seq, createdAt: envelope.createdAt, contentHash: envelope.source.contentHash }),
    );
    syncFolder(temp);
    fs.renameSync(temp, at(draft.id));
    syncFolder(dir);
    const next = at(`${POINTER}.tmp-${process.pid}`);
    writeDurably(next, JSON.stringify({ id: draft.id, seq } satisfies ReleasePointer));
    fs.renameSync(next, at(POINTER));
    syncFolder(dir);
    return envelope;
  }

  return {
    where: dir,
    lock,
    publish: (draft, files) => publishUnderLock(lock, draft, files),
    latest,
    contentHash,
    load,
    list,
    async prune(keep) {
      const current = await latest().catch(() => undefined);
      const whole = await list();
      const kept = new Set(whole.slice(0, Math.max(keep, ALWAYS_KEPT)).map((r) => r.id));
      if (current) kept.add(current.id);
      const removed: string[] = [];
      for (const r of whole)
        if (!kept.has(r.id)) {
          fs.rmSync(at(r.id), { recursive: true, force: true });
          removed.push(r.id);
        }
      // Folders of publishes that were killed: their process is gone.
      for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
        const temp = TEMP.exec(name);
        if (temp && !isRunning(Number(temp[2]))) {
          fs.rmSync(at(name), { recursive: true, force: true });
          removed.push(name);
        }
      }
      return removed.sort();
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function writeDurably(file: string, data: string | Uint8Array) {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A new name in a folder is on disk only once the folder itself is synced. */
function syncFolder(folder: string) {
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
