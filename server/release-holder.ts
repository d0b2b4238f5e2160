// The release a server serves, and the switch to a newer one. Framework-free: the store, the
// preparation (opening the release, building its search index, rendering its timed pages) and the
// log are handed in, so tests drive it with fakes.
//
// A request takes `current()` once and uses that object to the end; the switch is one assignment
// after the new release is fully prepared. The previous release stays in memory as long as a
// request still holds it (nothing else refers to it), so no request ever sees a mix.

import { nextRelease, skippedLine } from '@/lib/release/follow';
import type { ReleasePointer } from '@/lib/release/store';

export type ReleaseRef = ReleasePointer;

export type ReleaseSource<Loaded> = {
  /** The newest complete release in the store, or undefined when there is none. */
  latest(): Promise<ReleaseRef | undefined>;
  /** The release, checked whole (checksums): throws with a Dutch message when it is not. */
  load(ref: ReleaseRef): Promise<Loaded>;
};

export type Holder<Prepared> = {
  current(): Prepared;
  ref(): ReleaseRef;
  /** Looks once for a newer release and switches to it; resolves when done (or nothing to do). */
  check(): Promise<'switched' | 'unchanged' | 'refused'>;
  /** Polls every `intervalMs` until stop(). */
  watch(intervalMs: number): void;
  stop(): void;
};

export async function createReleaseHolder<Loaded, Prepared>({
  source,
  prepare,
  log,
  onSwitch,
}: {
  source: ReleaseSource<Loaded>;
  /** Everything a release needs before it serves its first request. */
  prepare: (loaded: Loaded, ref: ReleaseRef) => Prepared | Promise<Prepared>;
  /** One Dutch line for the operator. */
  log: (line: string) => void;
  onSwitch?: (next: Prepared, previous: Prepared) => void;
}): Promise<Holder<Prepared>> {
  const first = await source.latest();
  if (!first) throw new Error('Er is nog geen release: draai npm run publiceer (of npm run build).');
  let ref = first;
  let prepared = (await prepare(await source.load(first), first)) as Prepared;
  // Each problem is said once, not at every poll.
  let skipped: string | undefined;
  let unreachable = false;
  let running: Promise<'switched' | 'unchanged' | 'refused'> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function checkOnce(): Promise<'switched' | 'unchanged' | 'refused'> {
    let latest: ReleasePointer | undefined;
    try {
      latest = await source.latest();
    } catch (error) {
      const line = skippedLine(`De releaseopslag kon niet worden gelezen (${(error as Error).message})`, ref);
      if (!unreachable) log(line);
      unreachable = true;
      return 'refused';
    }
    unreachable = false;
    const decision = nextRelease({ current: ref, skipped }, latest);
    if (decision.action === 'stay') {
      if (decision.line) log(decision.line);
      skipped = decision.skipped;
      // A release already skipped is still not served.
      return decision.line || (latest && latest.id === skipped) ? 'refused' : 'unchanged';
    }
    const target = decision.release;
    const started = performance.now();
    let next: Prepared;
    try {
      // A release is never a promise: Awaited<Prepared> is Prepared.
      next = (await prepare(await source.load(target), target)) as Prepared;
    } catch (error) {
      log(skippedLine(`Release ${target.id} (nr. ${target.seq}) niet geladen: ${(error as Error).message}`, ref));
      skipped = target.id;
      return 'refused';
    }
    const previous = prepared;
    prepared = next;
    ref = target;
    log(`Release ${target.id} (nr. ${target.seq}) wordt geserveerd (klaargezet in ${Math.round(performance.now() - started)} ms).`);
    onSwitch?.(next, previous);
    return 'switched';
  }

  const holder: Holder<Prepared> = {
    current: () => prepared,
    ref: () => ref,
    check() {
      // One check at a time: a slow load is never started twice.
      running ??= checkOnce().finally(() => (running = undefined));
      return running;
    },
    watch(intervalMs) {
      const tick = () => {
        timer = setTimeout(() => void holder.check().finally(() => timer && tick()), intervalMs);
        timer.unref();
      };
      tick();
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
  return holder;
}
