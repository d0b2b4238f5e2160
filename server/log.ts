// One JSON line per request on stdout (time, method, path, status, duration, aborted), errors as
// one JSON line with their stack on stderr. Never the query string (searches, references, filters
// can be personal) and never a body.
//
// What a line used to cost, measured with `node --cpu-prof` on /themas (docs/architectuur.md,
// Benchmark): `new Date()` goes through Next's patched Date (it checks for a prerender on every
// call), JSON.stringify of an object per request, and a synchronous write to stdout, which on
// Linux blocks the whole server whenever the reader of the pipe (a terminal, journald) falls
// behind. So: the wall clock is read once a second and the ISO string made once a second, a line
// is a template string with only the path escaped, and lines go to the file descriptor in the
// background, in pieces of at most PIPE_BUF bytes (each lands whole, even beside console.log on
// the same pipe), never blocking the event loop.
import fs from 'node:fs';
import type http from 'node:http';
import { isProduction } from '@/lib/settings';

/** Lines each write hands over: a write to a pipe of at most 4,096 bytes is never torn. */
const PIPE_BUF = 4096;
/** Lines wait this long for others, so a busy server makes a few large writes, not one per turn. */
const GATHER_MS = 50;
/** A reader that stops reading costs at most this much memory; lines beyond it are counted. */
const MAX_WAITING_CHARS = 8 * 2 ** 20;

/**
 * Lines written in the background, in order, to an open file descriptor: a file, a pipe, a socket
 * or a terminal. `drain()` resolves when everything so far has been handed to the kernel.
 */
export function createLineWriter(fd: number, { gatherMs = GATHER_MS, maxWaitingChars = MAX_WAITING_CHARS } = {}) {
  let waiting: string[] = [];
  let waitingChars = 0;
  let dropped = 0;
  let broken = false;
  // The bytes being written, and how far the kernel has taken them.
  let chunk: Buffer | undefined;
  let offset = 0;
  // A piece handed to the thread pool: [offset, pieceEnd) of the chunk.
  let writing = false;
  let pieceEnd = 0;
  let timer: NodeJS.Timeout | undefined;
  let drained: (() => void)[] = [];

  function settle() {
    const done = drained;
    drained = [];
    for (const d of done) d();
  }

  function next() {
    timer = undefined;
    if (broken) return settle();
    if (!chunk || offset >= chunk.length) {
      if (dropped > 0) {
        waiting.unshift(
          `{"time":"${isoTime(wallClock())}","level":"warn","message":"${dropped} logregel(s) overgeslagen: de lezer van de uitvoer bleef achter"}\n`,
        );
        dropped = 0;
      }
      if (waiting.length === 0) {
        chunk = undefined;
        return settle();
      }
      chunk = Buffer.from(waiting.join(''));
      offset = 0;
      waiting = [];
      waitingChars = 0;
    }
    // Up to a line end within PIPE_BUF bytes; a line is never that long (paths are cut at 512).
    let end = chunk.length;
    if (end - offset > PIPE_BUF) {
      const newline = chunk.lastIndexOf(10, offset + PIPE_BUF - 1);
      end = newline >= offset ? newline + 1 : offset + PIPE_BUF;
    }
    writing = true;
    pieceEnd = end;
    fs.write(fd, chunk, offset, end - offset, null, (error, written) => {
      writing = false;
      if (error) {
        // A descriptor someone made non-blocking: the reader is behind, try again shortly.
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          timer = setTimeout(next, 10);
          return;
        }
        // The reader is gone (EPIPE) or the disk refuses: logging stops, serving goes on.
        broken = true;
        waiting = [];
        process.stderr.write(`Verzoeklog gestopt: schrijven naar de uitvoer mislukte (${(error as NodeJS.ErrnoException).code ?? error.message}).\n`);
        return settle();
      }
      offset += written;
      next();
    });
  }

  return {
    write(line: string) {
      if (broken) return;
      if (waitingChars + line.length > maxWaitingChars) {
        dropped++;
        return;
      }
      waiting.push(line);
      waitingChars += line.length;
      if (!chunk && !timer) timer = setTimeout(next, gatherMs).unref();
    },
    /** Writes what waits now and resolves when the kernel has everything (or writing failed). */
    drain(): Promise<void> {
      if (broken || (!chunk && waiting.length === 0 && dropped === 0)) return Promise.resolve();
      return new Promise((resolve) => {
        drained.push(resolve);
        if (!chunk) {
          clearTimeout(timer);
          next();
        }
      });
    },
    /**
     * At exit, when nothing asynchronous runs any more: what is not yet handed over, written now.
     * A piece the thread pool is writing is left to it.
     */
    flushSync() {
      if (broken) return;
      const rest = [...(chunk ? [chunk.subarray(writing ? pieceEnd : offset)] : []), Buffer.from(waiting.join(''))];
      chunk = undefined;
      waiting = [];
      for (const b of rest) {
        for (let at = 0; at < b.length;) {
          try {
            at += fs.writeSync(fd, b, at);
          } catch {
            return;
          }
        }
      }
    },
  };
}

// The wall clock, read through Date once a second and otherwise from performance.now(), which
// Next leaves alone (it patches Date.now and `new Date()` to watch prerenders for the clock).
let wallBase = 0;
let monoBase = -Infinity;
function wallClock(mono = performance.now()) {
  if (mono - monoBase >= 1000) {
    wallBase = Date.now();
    monoBase = mono;
  }
  return wallBase + (mono - monoBase);
}

let second = -1;
let secondPrefix = '';
/** 2026-12-07T04:07:04.620Z, with the part up to the second made once a second. */
export function isoTime(ms: number) {
  const whole = Math.floor(ms);
  const s = Math.floor(whole / 1000);
  if (s !== second) {
    second = s;
    secondPrefix = new Date(s * 1000).toISOString().slice(0, 20);
  }
  return `${secondPrefix}${String(whole - s * 1000).padStart(3, '0')}Z`;
}

/** The path as asked, without the query string, and not longer than anyone needs to read. */
export function pathOf(url: string | undefined) {
  const u = url ?? '/';
  let end = u.length;
  const q = u.indexOf('?');
  if (q !== -1) end = q;
  const h = u.indexOf('#');
  if (h !== -1 && h < end) end = h;
  return u.slice(0, Math.min(end, 512));
}

// Most paths need no escaping in JSON; the rest (quotes, backslashes, control characters, what
// is not ASCII) get JSON.stringify's.
const PLAIN = /^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/;
const jsonString = (s: string) => (PLAIN.test(s) ? `"${s}"` : JSON.stringify(s));

// In production nginx keeps the access log (deploy/nginx/gka.conf, gka_privacy: no query, no
// address), so the servers write none unless GKA_REQUEST_LOG=1: a line per request still costs a
// server about 8 % of its CPU per request (npm run bench, requestLog). Elsewhere (npm start) on.
const enabled = process.env.GKA_REQUEST_LOG === undefined ? !isProduction() : process.env.GKA_REQUEST_LOG !== '0';
const out = createLineWriter(1);
// A crash or process.exit() elsewhere: what was not yet handed over goes out now, synchronously.
process.once('exit', () => out.flushSync());

/** Everything logged so far, on its way out: the graceful shutdown awaits this before exiting. */
export const flushLog = () => out.drain();

let requests = 0;
/** Requests since start, for /health: a rolling restart sees the proxy use a server again. */
export const requestCount = () => requests;

function written(this: http.ServerResponse) {
  const at = performance.now();
  const start = (this as Logged)[START];
  const line = `{"time":"${isoTime(wallClock(at))}","method":${jsonString(start.method)},"path":${jsonString(start.path)},"status":${this.statusCode},"ms":${Math.round((at - start.at) * 10) / 10}${this.writableFinished ? '' : ',"aborted":true'}}\n`;
  out.write(line);
}
const START = Symbol('log start');
type Logged = http.ServerResponse & { [START]: { at: number; method: string; path: string } };

/** Call first for every request: the line is written when the response is done or cut off. */
export function logRequest(req: http.IncomingMessage, res: http.ServerResponse) {
  requests++;
  if (!enabled) return;
  (res as Logged)[START] = { at: performance.now(), method: req.method ?? '', path: pathOf(req.url) };
  res.on('close', written);
}

/** A line about the server itself (started, stopping), in order with the request lines. */
export function logEvent(fields: Record<string, string | number>) {
  out.write(`${JSON.stringify({ time: isoTime(wallClock()), ...fields })}\n`);
}

export function logError(what: string, error: unknown) {
  const e = error instanceof Error ? error : new Error(String(error));
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', message: `${what}: ${e.message}`, stack: e.stack })}\n`);
}
