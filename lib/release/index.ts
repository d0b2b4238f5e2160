// The releases of this installation: in PostgreSQL when DATABASE_URL is set (servers on several
// machines), else in a folder (GKA_RELEASES_DIR, default .data/releases).
import path from 'node:path';
import { dataDir, openDatabase } from '../db';
import { fileReleaseStore } from './file-store';
import { pgReleaseStore } from './pg-store';
import type { ReleaseStore } from './store';

export { ReleaseError, type Envelope, type ReleaseFile } from './envelope';
export { nextRelease, skippedLine, type Decision, type Following } from './follow';
export type { ReleasePointer, ReleaseStore, ReleaseSummary } from './store';

export function releasesDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.GKA_RELEASES_DIR ?? path.join(dataDir(), 'releases'));
}

/** The store for this installation, and how to close what it opened. */
export async function openReleaseStore(log: (line: string) => void = console.log): Promise<{ store: ReleaseStore; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { store: fileReleaseStore(releasesDir(), { log }), close: async () => {} };
  const db = await openDatabase({ url });
  return { store: pgReleaseStore(db, { log }), close: () => db.close() };
}
