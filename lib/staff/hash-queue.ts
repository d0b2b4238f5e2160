// Password hashes are expensive on purpose (128 MiB and a libuv thread each), so only a few run at
// once and the rest wait. A plain first-come queue lets anyone who sends many wrong logins, from
// many addresses, put the real user behind all of them. This queue is bounded in three ways:
// - a limited number may wait; a newcomer to a full queue is told "busy" at once, never held;
// - one waiting hash per key (the client's /64 and the account): a sprayer gets one place per
//   address and one per account, however many requests it sends;
// - a deadline: a hash that cannot start within `maxWaitMs` is not started at all ("busy").
// Who goes first: the lowest rank (accounts.ts: the recent password checks of the client's address
// and of its network), then first come. A newcomer with a lower rank than a waiting request that it collides
// with (a key taken, or the queue full) takes that one's place, and the one pushed out is told
// "busy": someone logging in for the first time in a while goes ahead of addresses that keep trying.
// Framework-free, with the timers passed in, so tests can run it on a fake clock.

export class QueueBusyError extends Error {
  constructor() {
    super('Te druk: de wachtwoordcontrole kan nu niet beginnen.');
    this.name = 'QueueBusyError';
  }
}

export interface QueueOptions {
  /** Hashes at the same time. */
  running: number;
  /** Hashes waiting to start; more are turned away. */
  waiting: number;
  /** Longest wait before a hash starts; past it the request is answered "busy". */
  maxWaitMs: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface QueueTicket {
  /** At most one waiting request per key: e.g. `adres:…` and `account:…`. */
  keys: string[];
  /** Lower goes first; equal ranks go in order of arrival. */
  rank: number;
}

interface Waiting {
  keys: string[];
  rank: number;
  order: number;
  timer: unknown;
  start: () => void;
  refuse: () => void;
}

export interface HashQueue {
  /** Runs `work` when its turn comes; rejects with QueueBusyError when it cannot start in time. */
  run<T>(ticket: QueueTicket, work: () => Promise<T>): Promise<T>;
  /** For tests and the health of the server: how many run and wait now. */
  readonly size: { running: number; waiting: number };
}

export function createHashQueue(options: QueueOptions): HashQueue {
  const { running: maxRunning, waiting: maxWaiting, maxWaitMs } = options;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms).unref());
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as NodeJS.Timeout));
  let running = 0;
  let arrivals = 0;
  const waiting: Waiting[] = [];
  // Served before `b`: lower rank, then earlier arrival.
  const before = (a: Waiting, b: Waiting) => a.rank < b.rank || (a.rank === b.rank && a.order < b.order);

  const remove = (entry: Waiting) => {
    const i = waiting.indexOf(entry);
    if (i >= 0) waiting.splice(i, 1);
    clearTimer(entry.timer);
  };
  const next = () => {
    while (running < maxRunning && waiting.length > 0) {
      const first = waiting.reduce((best, w) => (before(w, best) ? w : best));
      remove(first);
      first.start();
    }
  };

  return {
    get size() {
      return { running, waiting: waiting.length };
    },
    run<T>(ticket: QueueTicket, work: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const entry: Waiting = {
          keys: ticket.keys,
          rank: ticket.rank,
          order: arrivals++,
          timer: undefined,
          start: () => {
            running++;
            // The place is free before the caller hears the outcome, so its next request finds it free.
            const release = () => {
              running--;
              next();
            };
            Promise.resolve()
              .then(work)
              .then(
                (value) => {
                  release();
                  resolve(value);
                },
                (error: unknown) => {
                  release();
                  reject(error);
                },
              );
          },
          refuse: () => reject(new QueueBusyError()),
        };
        if (running < maxRunning && waiting.length === 0) return entry.start();
        // Those the newcomer collides with: a waiting request with one of its keys, or, when the
        // queue is full, the one that would be served last. It gets in only ahead of all of them.
        const rivals = new Set(waiting.filter((w) => w.keys.some((k) => ticket.keys.includes(k))));
        const last = waiting.reduce<Waiting | undefined>((worst, w) => (!worst || before(worst, w) ? w : worst), undefined);
        if (waiting.length - rivals.size >= maxWaiting && last && !rivals.has(last)) rivals.add(last);
        if ([...rivals].some((r) => !before(entry, r))) return entry.refuse();
        for (const r of rivals) {
          remove(r);
          r.refuse();
        }
        entry.timer = setTimer(() => {
          remove(entry);
          entry.refuse();
        }, maxWaitMs);
        waiting.push(entry);
      });
    },
  };
}
