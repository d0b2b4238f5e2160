// The revision of a content file: the sha256 of its bytes. A draft remembers the revision it was
// based on; publishing compares it with the file on disk (lib/editor/repository.ts, conflicts), so
// a change made meanwhile by another editor, a commit or an import is never overwritten.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const isInside = (folder: string, file: string) => file.startsWith(folder + path.sep);

/** sha256 hex of the bytes (a string counts as its UTF-8 bytes, as it is written). */
export function revisionOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The text and revision of `relativePath` under `contentDir`, or null when there is no such file.
 * The path is the caller's to check (repository.ts checkPath): this only reads.
 */
export function readRevision(contentDir: string, relativePath: string): { text: string; revision: string } | null {
  const file = path.join(contentDir, relativePath);
  let bytes: Buffer;
  try {
    // Only a plain file inside the content folder: a symbolic link (a commit may bring one) or a
    // folder on the way that leads elsewhere is no document the editor reads or writes.
    if (!fs.lstatSync(file).isFile() || !isInside(fs.realpathSync(contentDir), fs.realpathSync(file))) return null;
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
  return { text: bytes.toString('utf8'), revision: revisionOf(bytes) };
}
