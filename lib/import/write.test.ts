import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAll, type WriteFs } from './write';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-write-'));
  fs.writeFileSync(path.join(dir, 'a.md'), 'oud a');
  fs.writeFileSync(path.join(dir, 'c.md'), 'oud c');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const state = () => Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
const files = () => [
  { path: path.join(dir, 'a.md'), text: 'nieuw a' },
  { path: path.join(dir, 'b.md'), text: 'nieuw b' },
  { path: path.join(dir, 'c.md'), text: 'nieuw c' },
];

/** The real file system, with the n-th call of one function failing. */
function failing(name: 'renameSync' | 'writeFileSync', n: number): WriteFs {
  let calls = 0;
  return {
    ...fs,
    [name]: (...args: unknown[]) => {
      if (++calls === n) throw Object.assign(new Error(`${name} mislukt`), { code: 'EIO' });
      return (fs[name] as (...a: unknown[]) => unknown)(...args);
    },
  } as WriteFs;
}

describe('writing all files or none', () => {
  it('writes every file and leaves no temporary files', () => {
    writeAll(files());
    expect(state()).toEqual({ 'a.md': 'nieuw a', 'b.md': 'nieuw b', 'c.md': 'nieuw c' });
  });

  it('changes nothing when a temporary file cannot be written', () => {
    expect(() => writeAll(files(), failing('writeFileSync', 3))).toThrow('writeFileSync mislukt');
    expect(state()).toEqual({ 'a.md': 'oud a', 'c.md': 'oud c' });
  });

  it('puts back what was replaced and removes what was new when a rename fails halfway', () => {
    expect(() => writeAll(files(), failing('renameSync', 3))).toThrow('renameSync mislukt');
    expect(state()).toEqual({ 'a.md': 'oud a', 'c.md': 'oud c' });
  });
});
