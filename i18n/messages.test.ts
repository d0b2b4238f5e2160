import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import nl from '@/messages/nl.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('messages', () => {
  it('nl and en have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });
  it('has no empty English strings', () => {
    const empty = keys(en).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en) === '');
    expect(empty).toEqual([]);
  });
});
