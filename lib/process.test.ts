import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isRunning } from './process';

describe('isRunning', () => {
  it('knows this process, and not one that has ended or a pid that cannot be', () => {
    expect(isRunning(process.pid)).toBe(true);
    const ended = spawnSync(process.execPath, ['-e', '0']).pid!;
    expect(isRunning(ended)).toBe(false);
    for (const pid of [0, -1, 1.5, Number.NaN]) expect(isRunning(pid)).toBe(false);
  });
});
