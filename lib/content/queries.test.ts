import { describe, expect, it } from 'vitest';
import { pageWindow } from './queries';

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps a long list short: first, last, two either side, gaps as null', () => {
    expect(pageWindow(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(pageWindow(1, 500)).toEqual([1, 2, 3, null, 500]);
    expect(pageWindow(5, 500)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 500]);
  });
});
