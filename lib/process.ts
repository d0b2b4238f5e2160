// The process and its background work: whether a process still runs (for the lock files that
// name their holder's pid: the PGlite folder, the release store's publish lock), and a task that
// runs one round at a time (the web editor's publishing, the e-mail alerts).

/** True while `pid` runs; a process of another user counts too (EPERM: it exists). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A background task run one round at a time: asked while a round runs, it runs once more right
 * after (a kick during a round is never lost), never two rounds at once. After stop() no round
 * starts; stop() resolves when the running one is done.
 */
export function oneAtATime(round: () => Promise<unknown>, onError: (error: unknown) => void) {
  let running: Promise<unknown> | undefined;
  let again = false;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = round()
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return {
    run,
    stopped: () => stopped,
    async stop() {
      stopped = true;
      await running;
    },
  };
}

/** A background job's failure, as one JSON line on stderr (the operator's log): what failed, why, where. */
export function logJobError(what: string, error: unknown): void {
  const e = error instanceof Error ? error : new Error(String(error));
  console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', message: `${what}: ${e.message}`, stack: e.stack }));
}
