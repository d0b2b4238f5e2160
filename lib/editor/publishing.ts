// The publication of approved changes, in the background of every server: take the oldest queued
// change (one statement, so two servers never take the same one), publish it (write, commit,
// release: `publish` below, lib/editor/publish.ts), record the outcome and the audit line. The
// editor's page shows the step the change is at (content_changes.publish_step).
import type { Database } from '../db';
import { oneAtATime } from '../process';
import { audit } from '../staff/audit';
import { markFailed, markPublished, requeueStale, setPublishStep, takeQueued, type Change } from './changes';

export type PublishOutcome = { ok: true; commitSha: string | null; releaseId: string | null } | { ok: false; reason: string };

/** Publishes one change; `step` reports progress in Dutch (`schrijven`, `vastleggen`, …). */
export type PublishFn = (change: Change, step: (label: string) => Promise<void>) => Promise<PublishOutcome>;

/** Publishes queued changes one after another until none is left; returns how many it took. */
export async function publishQueued(db: Database, publish: PublishFn): Promise<number> {
  let taken = 0;
  await requeueStale(db);
  for (;;) {
    const change = await takeQueued(db);
    if (!change) return taken;
    taken++;
    let outcome: PublishOutcome;
    try {
      outcome = await publish(change, (label) => setPublishStep(db, change.id, label));
    } catch (error) {
      outcome = { ok: false, reason: `Er ging iets onverwachts mis: ${(error as Error).message}` };
    }
    if (outcome.ok) {
      await markPublished(db, change.id, outcome);
      await audit(db, {
        actor: change.reviewerEmail,
        action: 'publiceren',
        target: `wijziging ${change.id}`,
        outcome: 'ok',
        detail: { release: outcome.releaseId, commit: outcome.commitSha, bestanden: change.files.map((f) => f.path) },
      });
    } else {
      await markFailed(db, change.id, outcome.reason);
      await audit(db, {
        actor: change.reviewerEmail,
        action: 'publiceren',
        target: `wijziging ${change.id}`,
        outcome: 'mislukt',
        detail: { reden: outcome.reason },
      });
    }
  }
}

const SHARED = Symbol.for('gka.editorPublishing');
type Worker = { kick: () => void; stop: () => Promise<void> };
type WithWorker = typeof globalThis & { [SHARED]?: Worker };

/**
 * Starts the worker of this process: it looks for queued changes every `intervalMs` and at once
 * when kicked (right after an approval on this server).
 */
export function startPublishing(db: () => Promise<Database>, publish: PublishFn, intervalMs = 2_000, onError: (error: unknown) => void = console.error): void {
  const shared = globalThis as WithWorker;
  if (shared[SHARED]) return;
  const { run, stop } = oneAtATime(() => db().then((d) => publishQueued(d, publish)), onError);
  const timer = setInterval(run, intervalMs);
  timer.unref();
  shared[SHARED] = {
    kick: run,
    async stop() {
      clearInterval(timer);
      await stop();
    },
  };
  run();
}

/** An approval on this server: start at once rather than at the next tick. */
export const kickPublishing = () => (globalThis as WithWorker)[SHARED]?.kick();

export async function stopPublishing(): Promise<void> {
  const shared = globalThis as WithWorker;
  await shared[SHARED]?.stop();
  delete shared[SHARED];
}
