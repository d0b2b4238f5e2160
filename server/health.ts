// GET /health: the process is up (and how full its page cache is). GET /ready: it can serve
// everything, so a proxy or an orchestrator may send it visitors: the migrations are applied, the
// database answers, the search index is built, and it is not shutting down. JSON, never cached,
// no addresses, names or messages from the database (those go to the error log).
import type http from 'node:http';
import { database } from '@/lib/db';
import { migrations } from '@/lib/db/migrations';
import { contentSecurityPolicy, SECURITY_HEADERS } from '@/lib/http/security-headers';
import { logError, requestCount } from './log';

/** A database that does not answer within this is reported as unreachable, not waited for. */
const CHECK_MS = 2_000;

export interface HealthSources {
  cache: () => object;
  searchReady: () => boolean;
  stopping: () => boolean;
}

function send(res: http.ServerResponse, status: number, body: object) {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  res.setHeader('Content-Security-Policy', contentSecurityPolicy());
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.statusCode = status;
  res.end(JSON.stringify(body));
}

async function databaseCheck(): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`de database antwoordt niet binnen ${CHECK_MS / 1000} s`), CHECK_MS);
  });
  const check = (async () => {
    try {
      const db = await database();
      const applied = new Set((await db.query<{ id: string }>('select id from schema_migrations')).map((r) => r.id));
      const missing = migrations.filter((m) => !applied.has(m.id)).length;
      return missing ? `${missing} migratie(s) nog niet uitgevoerd` : undefined;
    } catch (error) {
      logError('Gereedheid: database', error);
      return 'de database is niet bereikbaar';
    }
  })();
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Answers /health and /ready; false for every other address. */
export function createHealth(sources: HealthSources) {
  return async (res: http.ServerResponse, pathname: string): Promise<boolean> => {
    if (pathname === '/health') {
      send(res, 200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()), requests: requestCount(), cache: sources.cache() });
      return true;
    }
    if (pathname !== '/ready') return false;
    const reasons: string[] = [];
    if (sources.stopping()) reasons.push('de server stopt');
    if (!sources.searchReady()) reasons.push('de zoekindex is nog niet gebouwd');
    const db = await databaseCheck();
    if (db) reasons.push(db);
    send(res, reasons.length ? 503 : 200, reasons.length ? { status: 'not-ready', reasons } : { status: 'ready' });
    return true;
  };
}
