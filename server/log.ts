// One JSON line per request on stdout (method, path, status, duration), errors as one JSON line
// with their stack on stderr. Never the query string (searches, references, filters can be
// personal) and never a body. Lines are gathered and written once per turn of the event loop: a
// write per request would cost the server a system call per visitor.
import type http from 'node:http';

const pending: string[] = [];
let scheduled = false;
const enabled = process.env.GKA_REQUEST_LOG !== '0';

export function flushLog() {
  scheduled = false;
  if (pending.length === 0) return;
  process.stdout.write(pending.join(''));
  pending.length = 0;
}

/** The path as asked, without the query string, and not longer than anyone needs to read. */
export const pathOf = (url: string | undefined) => (url ?? '/').split('?', 1)[0].split('#', 1)[0].slice(0, 512);

let requests = 0;
/** Requests since start, for /health: a rolling restart sees the proxy use a server again. */
export const requestCount = () => requests;

/** Call first for every request: the line is written when the response is done or cut off. */
export function logRequest(req: http.IncomingMessage, res: http.ServerResponse) {
  requests++;
  if (!enabled) return;
  const start = performance.now();
  const method = req.method;
  const path = pathOf(req.url);
  res.once('close', () => {
    const line: Record<string, unknown> = {
      time: new Date().toISOString(),
      method,
      path,
      status: res.statusCode,
      ms: Math.round((performance.now() - start) * 10) / 10,
    };
    if (!res.writableFinished) line.aborted = true;
    pending.push(`${JSON.stringify(line)}\n`);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flushLog);
    }
  });
}

export function logError(what: string, error: unknown) {
  const e = error instanceof Error ? error : new Error(String(error));
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', message: `${what}: ${e.message}`, stack: e.stack })}\n`);
}
