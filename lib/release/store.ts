// Where releases are kept: a folder (one server, or servers sharing a disk) or PostgreSQL (servers
// on several machines). Both keep a release whole or not at all, publish one at a time, and say
// what went wrong in one Dutch phrase (ReleaseError).
import type { Draft, Envelope, ReleaseFile } from './envelope';

/** What a server polls: the release it should serve. `seq` orders releases, whatever the clocks say. */
export type ReleasePointer = { id: string; seq: number };

export type ReleaseSummary = ReleasePointer & { createdAt: string };

/** The publish lock, held: publish through it, then release it (also when something failed). */
export interface PublishLock {
  publish(draft: Draft, files: readonly ReleaseFile[]): Promise<Envelope>;
  release(): Promise<void>;
}

export interface ReleaseStore {
  /** Where the releases are, for the operator's line ("in .data/releases", "in PostgreSQL"). */
  readonly where: string;
  /** Takes the publish lock, or throws ReleaseError 'busy' with the line for the operator. */
  lock(): Promise<PublishLock>;
  /** lock(), publish, release: the new release is the latest when this resolves. */
  publish(draft: Draft, files: readonly ReleaseFile[]): Promise<Envelope>;
  /** The release servers should serve; cheap, polled every half second. */
  latest(): Promise<ReleasePointer | undefined>;
  /**
   * The content hash of whole release `id` (`source.contentHash` of its envelope) without loading
   * its documents, for "nothing changed"; undefined for a release stored before it was recorded.
   */
  contentHash(id: string): Promise<string | undefined>;
  /** The release with its files, every one checked; a ReleaseError when it is not whole. */
  load(id: string): Promise<{ envelope: Envelope; files: ReleaseFile[] }>;
  /** Whole releases, newest first. */
  list(): Promise<ReleaseSummary[]>;
  /** Removes all but the newest `keep` (at least two, and never the latest); returns the removed ids, oldest first. */
  prune(keep: number): Promise<string[]>;
}

/** `publish` of a store: take the lock, publish through it, give it back whatever happened. */
export async function publishUnderLock(lock: () => Promise<PublishLock>, draft: Draft, files: readonly ReleaseFile[]): Promise<Envelope> {
  const held = await lock();
  try {
    return await held.publish(draft, files);
  } finally {
    await held.release();
  }
}

/** Releases that prune keeps, whatever it is asked: the one being served and the one before it. */
export const ALWAYS_KEPT = 2;

export const busyLine = (startedAt: string, pid?: number) =>
  `Er loopt al een publicatie (${pid ? `pid ${pid}, ` : ''}gestart om ${clockTime(startedAt)}); probeer het over een minuut opnieuw.`;

export const takenOverLine = (startedAt: string, pid?: number) =>
  `Een eerdere publicatie (${pid ? `pid ${pid}, ` : ''}gestart om ${clockTime(startedAt)}) is niet afgemaakt; de vergrendeling is overgenomen.`;

/** The Amsterdam date and time, as the operator reads it. */
function clockTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'medium' });
}
