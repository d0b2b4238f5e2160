import { describe, expect, it } from 'vitest';
import { createLoginThrottle, LOGIN_THROTTLE } from './throttle';

const MIN = 60_000;

describe('login throttle', () => {
  it('lets the first wrong passwords pass, then doubles the wait up to the ceiling', () => {
    const t = createLoginThrottle();
    const waits: number[] = [];
    for (let n = 1; n <= 10; n++) {
      t.failed('a', 0);
      waits.push(t.waitMs('a', 0));
    }
    expect(waits).toEqual([0, 0, 0, 0, 1 * MIN, 2 * MIN, 4 * MIN, 8 * MIN, 15 * MIN, 15 * MIN]);
  });

  it('keeps keys apart, forgets after a day and after a right password', () => {
    const t = createLoginThrottle();
    for (let n = 0; n < 5; n++) t.failed('account|outsider', 0);
    expect(t.waitMs('account|outsider', 0)).toBe(MIN);
    expect(t.waitMs('account|real user', 0)).toBe(0);
    t.failed('account|outsider', 0);
    expect(t.waitMs('account|outsider', LOGIN_THROTTLE.forgetMs)).toBe(0);
    for (let n = 0; n < 5; n++) t.failed('b', 0);
    t.succeeded('b');
    expect(t.waitMs('b', 0)).toBe(0);
  });

  it('holds at most maxKeys keys, dropping the oldest', () => {
    const t = createLoginThrottle({ ...LOGIN_THROTTLE, free: 0, maxKeys: 2 });
    t.failed('first', 0);
    t.failed('second', 0);
    t.failed('third', 0);
    expect(t.waitMs('first', 0)).toBe(0);
    expect(t.waitMs('third', 0)).toBe(MIN);
  });
});
