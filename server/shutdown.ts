// SIGTERM (systemd stop, a rolling restart) ends the server without cutting anyone off: it stops
// accepting connections (nginx sends new requests to the other servers), lets the requests under
// way finish within a bound, stops the background jobs between two mails (and a publication from
// /beheer under way, within the same bound), and closes the
// database, so PostgreSQL sees its connections end instead of breaking.
import type http from 'node:http';
import { closeDatabase } from '@/lib/db';
import { stopBackgroundJobs } from '@/lib/forms/jobs';
import { stopAlerts } from '@/lib/alerts';
import { stopPublishing } from '@/lib/editor/publishing';
import { flushLog, logError, logEvent } from './log';

/** GKA_SHUTDOWN_MS: how long requests under way may take to finish (default 10 s). */
const GRACE_MS = Number(process.env.GKA_SHUTDOWN_MS ?? 10_000);
/** How long idle kept-alive connections may still bring a request once stopping. */
const DRAIN_MS = 1_500;

let stopping = false;

/** For /ready: once stopping, the proxy should send this server nothing new. */
export const isStopping = () => stopping;

export function gracefulShutdown(server: http.Server, stopRenderer: () => void) {
  const open = new Set<http.ServerResponse>();
  let allDone: (() => void) | undefined;
  // Before the portal's own handler, so a request that arrives on a kept-alive connection while
  // stopping is answered with "Connection: close".
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    open.add(res);
    if (stopping) res.shouldKeepAlive = false;
    res.once('close', () => {
      open.delete(res);
      if (stopping && open.size === 0) allDone?.();
    });
  });

  async function stop(signal: string) {
    if (stopping) return;
    stopping = true;
    logEvent({ event: 'stopping', signal, inFlight: open.size });
    // No new connections. Node's close() would also drop idle kept-alive connections at once, and
    // a proxy may be sending a request on one at that very moment: it gets a reset and counts it as
    // a failure of this server. So they stay open for a moment, every answer on them says
    // "Connection: close", and what is still idle after that is closed.
    const closeIdle = server.closeIdleConnections.bind(server);
    server.closeIdleConnections = () => {};
    server.close();
    for (const res of open) if (!res.headersSent) res.shouldKeepAlive = false;
    stopRenderer();
    await new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref());
    closeIdle();
    const finished =
      open.size === 0 ||
      (await new Promise<boolean>((resolve) => {
        allDone = () => resolve(true);
        setTimeout(() => resolve(false), GRACE_MS).unref();
      }));
    if (!finished)
      console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', message: `${open.size} verzoek(en) na ${GRACE_MS} ms afgebroken` }));
    server.closeAllConnections();
    try {
      // The mail being sent is finished (the SMTP timeouts bound it), but not beyond the grace:
      // a mail cut off is sent again after its claim.
      await Promise.race([
        Promise.all([stopBackgroundJobs(), stopPublishing(), stopAlerts()]),
        new Promise((resolve) => setTimeout(resolve, GRACE_MS).unref()),
      ]);
      await closeDatabase();
    } catch (error) {
      logError('Afsluiten', error);
    }
    // Every request line is written before the process ends; a reader that stopped reading holds
    // the exit up only so long (what it did not take is then written synchronously at exit).
    await Promise.race([flushLog(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    process.exit(0);
  }
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
