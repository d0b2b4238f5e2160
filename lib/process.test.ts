import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isRunning, oneAtATime } from './process';

describe('isRunning', () => {
  it('knows this process, and not one that has ended or a pid that cannot be', () => {
    expect(isRunning(process.pid)).toBe(true);
    const ended = spawnSync(process.execPath, ['-e', '0']).pid!;
    expect(isRunning(ended)).toBe(false);
    for (const pid of [0, -1, 1.5, Number.NaN]) expect(isRunning(pid)).toBe(false);
  });
});

describe('oneAtATime', () => {
  it('never runs two rounds at once, and runs once more when asked during a round', async () => {
    let active = 0;
    let most = 0;
    let rounds = 0;
    let release!: () => void;
    const task = oneAtATime(async () => {
      rounds++;
      most = Math.max(most, ++active);
      await new Promise<void>((r) => (release = r));
      active--;
    }, console.error);
    task.run();
    task.run();
    task.run();
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(rounds).toBe(2);
    release();
    await task.stop();
    task.run();
    expect({ rounds, most, stopped: task.stopped() }).toEqual({ rounds: 2, most: 1, stopped: true });
  });

  it('hands an error to onError and keeps going', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const task = oneAtATime(
      async () => {
        if (++n === 1) throw new Error('kapot');
      },
      (e) => errors.push(e),
    );
    task.run();
    await new Promise((r) => setTimeout(r, 10));
    task.run();
    await task.stop();
    expect({ n, errors: errors.map((e) => (e as Error).message) }).toEqual({ n: 2, errors: ['kapot'] });
  });
});
