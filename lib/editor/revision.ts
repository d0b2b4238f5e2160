// The revision of a content file: the sha256 of its bytes. A draft remembers the revision it was
// based on; publishing compares it with the file on disk (lib/editor/repository.ts, conflicts), so
// a change made meanwhile by another editor, a commit or an import is never overwritten.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** sha256 hex of the bytes (a string counts as its UTF-8 bytes, as it is written). */
export function revisionOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The text and revision of `relativePath` under `contentDir`, or null when there is no such file.
 * The path is the caller's to check (repository.ts checkPath): this only reads.
 */
export function readRevision(contentDir: string, relativePath: string): { text: string; revision: string } | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(contentDir, relativePath));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return { text: bytes.toString('utf8'), revision: revisionOf(bytes) };
}
