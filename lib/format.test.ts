import { describe, expect, it } from 'vitest';
import { formatBytes } from '@/lib/format';

describe('formatBytes', () => {
  it('writes file sizes the Dutch way', () => {
    expect(formatBytes(1_234_567)).toBe('1,2 MB');
    expect(formatBytes(350_000)).toBe('350 kB');
    expect(formatBytes(512)).toBe('512 bytes');
  });
});
