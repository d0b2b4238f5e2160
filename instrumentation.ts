// Runs once when a Next server starts: the background jobs (e-mail, retention) run in the server
// process, next to the database they use. Not while building.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startBackgroundJobs } = await import('./lib/forms/jobs');
  startBackgroundJobs();
}
