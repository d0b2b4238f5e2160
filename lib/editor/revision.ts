import { createHash } from 'node:crypto';

/** The revision of a content file: sha256 hex of its bytes. A save names the revision it started from. */
export function revisionOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
