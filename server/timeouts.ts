// How long a client may take to send a request. Node's defaults hold a slow client for minutes
// (the head 60 s, the whole request 300 s, checked only every 30 s): a few hundred such sockets
// would hold the server's connections. Browsers and nginx (which buffers a body before passing
// it on) send a head at once and a form of at most 256 KiB (lib/http/form-body.ts) in seconds.
import type http from 'node:http';

/** The head (request line and headers) within this. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** The whole request, a form's body included, within this. */
export const REQUEST_TIMEOUT_MS = 30_000;

const milliseconds = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/**
 * The server's timeouts: GKA_HEADERS_TIMEOUT_MS and GKA_REQUEST_TIMEOUT_MS change them (tests
 * use short ones). Node checks them every `connectionsCheckingInterval`: a quarter of the
 * shorter one, at most a second, so a slow client is closed close to its bound.
 */
export function serverTimeouts(env: Record<string, string | undefined>): http.ServerOptions {
  const headersTimeout = milliseconds(env.GKA_HEADERS_TIMEOUT_MS, HEADERS_TIMEOUT_MS);
  // Node refuses a head timeout longer than the request's.
  const requestTimeout = Math.max(headersTimeout, milliseconds(env.GKA_REQUEST_TIMEOUT_MS, REQUEST_TIMEOUT_MS));
  return { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.min(1_000, Math.ceil(headersTimeout / 4)) };
}
