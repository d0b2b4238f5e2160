// Whether a process still runs, for the lock files that name their holder's pid (the PGlite
// folder, the release store's publish lock).

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
