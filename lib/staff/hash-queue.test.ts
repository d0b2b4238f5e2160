import { describe, expect, it } from 'vitest';
import { createHashQueue, QueueBusyError, type QueueOptions, type QueueTicket } from './hash-queue';

// A fake clock and fake hashes: each hash ends when the test says so.
function setup(options: Partial<QueueOptions> = {}) {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let ids = 0;
  const queue = createHashQueue({
    running: 2,
    waiting: 3,
    maxWaitMs: 10_000,
    setTimer: (fn, ms) => {
      timers.set(++ids, { at: now + ms, fn });
      return ids;
    },
    clearTimer: (id) => timers.delete(id as number),
    ...options,
  });
  const finish = new Map<string, () => void>();
  const outcome = new Map<string, string>();
  const started: string[] = [];
  const ask = (name: string, ticket: QueueTicket) => {
    const done = queue
      .run(ticket, () => {
        started.push(name);
        return new Promise<string>((resolve) => finish.set(name, () => resolve(name)));
      })
      .then(
        () => outcome.set(name, 'done'),
        (error: unknown) => outcome.set(name, error instanceof QueueBusyError ? 'busy' : 'error'),
      );
    return done;
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return {
    queue,
    ask,
    started,
    outcome,
    settle,
    async end(name: string) {
      finish.get(name)!();
      await settle();
    },
    async advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers])
        if (t.at <= now) {
          timers.delete(id);
          t.fn();
        }
      await settle();
    },
  };
}

const from = (address: string, rank = 1, account = `${address}@example.org`): QueueTicket => ({ keys: [`adres:${address}`, `account:${account}`], rank });

describe('the password hash queue', () => {
  it('runs two at once and then serves the waiting in order, never more than the bound', async () => {
    const q = setup();
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) void q.ask(name, from(name));
    await q.settle();
    expect(q.started).toEqual(['a', 'b']);
    expect(q.queue.size).toEqual({ running: 2, waiting: 3 });
    // The sixth found the queue full and was answered at once, not held.
    expect(q.outcome.get('f')).toBe('busy');
    await q.end('a');
    expect(q.started).toEqual(['a', 'b', 'c']);
    await q.end('b');
    await q.end('c');
    expect(q.started).toEqual(['a', 'b', 'c', 'd', 'e']);
    await q.end('d');
    await q.end('e');
    expect([...q.outcome.values()].filter((o) => o === 'done')).toHaveLength(5);
    expect(q.queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it('answers "busy" to a hash that cannot start within the deadline, and never starts it', async () => {
    const q = setup({ maxWaitMs: 5_000 });
    void q.ask('a', from('a'));
    void q.ask('b', from('b'));
    void q.ask('c', from('c'));
    await q.advance(4_999);
    expect(q.outcome.get('c')).toBeUndefined();
    await q.advance(1);
    expect(q.outcome.get('c')).toBe('busy');
    await q.end('a');
    expect(q.started).toEqual(['a', 'b']);
    // One that does start in time runs to the end, however long the hash takes.
    void q.ask('d', from('d'));
    await q.advance(3_000);
    await q.end('b');
    expect(q.started).toEqual(['a', 'b', 'd']);
    await q.advance(60_000);
    await q.end('d');
    expect(q.outcome.get('d')).toBe('done');
  });

  it('keeps one waiting hash per address and per account', async () => {
    const q = setup({ waiting: 10 });
    void q.ask('a', from('x'));
    void q.ask('b', from('y'));
    void q.ask('waiting', from('2001:db8:1::/64', 2, 'beheer@example.nl'));
    // The same /64 again, for another account: refused while its first still waits.
    void q.ask('same address', from('2001:db8:1::/64', 3, 'ander@example.nl'));
    // Another address for the same account, with no better standing: refused too.
    void q.ask('same account', from('2001:db8:2::/64', 2, 'beheer@example.nl'));
    await q.settle();
    expect(q.outcome.get('same address')).toBe('busy');
    expect(q.outcome.get('same account')).toBe('busy');
    expect(q.queue.size.waiting).toBe(1);
    // Once it runs, the address may queue again.
    await q.end('a');
    void q.ask('again', from('2001:db8:1::/64', 3, 'ander@example.nl'));
    await q.settle();
    expect(q.queue.size.waiting).toBe(1);
    expect(q.outcome.get('again')).toBeUndefined();
  });

  it('serves a client that tries for the first time ahead of addresses that keep trying, even into a full queue', async () => {
    const q = setup({ waiting: 4 });
    void q.ask('a', from('a', 5));
    void q.ask('b', from('b', 5));
    for (let i = 1; i <= 4; i++) void q.ask(`sprayer ${i}`, from(`2001:db8:${i}::/64`, 3, 'beheer@example.nl'.replace('beheer', `x${i}`)));
    await q.settle();
    expect(q.queue.size.waiting).toBe(4);
    // The real user (first attempt) pushes out the one that would be served last, and goes first.
    void q.ask('real user', from('198.51.100.20', 1, 'beheer@example.nl'));
    await q.settle();
    expect(q.outcome.get('sprayer 4')).toBe('busy');
    await q.end('a');
    expect(q.started.at(-1)).toBe('real user');
    // Another sprayer with the same standing as those waiting cannot get in.
    void q.ask('sprayer 5', from('2001:db8:5::/64', 3, 'x5@example.nl'));
    void q.ask('sprayer 6', from('2001:db8:6::/64', 3, 'x6@example.nl'));
    await q.settle();
    expect(q.outcome.get('sprayer 6')).toBe('busy');
  });

  it('lets the real user take the place of a sprayer that holds their account', async () => {
    const q = setup();
    void q.ask('a', from('a', 9));
    void q.ask('b', from('b', 9));
    void q.ask('sprayer', from('2001:db8:7::/64', 4, 'beheer@example.nl'));
    void q.ask('real user', from('198.51.100.20', 1, 'beheer@example.nl'));
    await q.settle();
    expect(q.outcome.get('sprayer')).toBe('busy');
    await q.end('b');
    expect(q.started).toEqual(['a', 'b', 'real user']);
  });

  it('passes the hash’s own error on, and frees its place', async () => {
    const queue = createHashQueue({ running: 1, waiting: 1, maxWaitMs: 1_000 });
    await expect(queue.run(from('a'), () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
    expect(await queue.run(from('a'), async () => 'heel')).toBe('heel');
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });
});
