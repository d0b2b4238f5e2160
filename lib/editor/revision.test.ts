import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRevision, revisionOf } from './revision';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-revision-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readRevision', () => {
  const content = path.join(dir, 'inhoud');
  fs.mkdirSync(path.join(content, 'nieuws'), { recursive: true });
  fs.writeFileSync(path.join(content, 'nieuws/echt.md'), 'tekst');
  fs.writeFileSync(path.join(dir, 'geheim.txt'), 'niet van de site');
  fs.symlinkSync(path.join(dir, 'geheim.txt'), path.join(content, 'nieuws/koppeling.md'));
  fs.symlinkSync(dir, path.join(content, 'elders'));

  it('reads a plain file with its sha256, and nothing for a missing one', () => {
    expect(readRevision(content, 'nieuws/echt.md')).toEqual({ text: 'tekst', revision: revisionOf('tekst') });
    expect(readRevision(content, 'nieuws/nergens.md')).toBeNull();
    expect(readRevision(content, 'nieuws/echt.md/onder')).toBeNull();
  });

  it('reads no symbolic link and nothing through a folder that leads elsewhere', () => {
    expect(readRevision(content, 'nieuws/koppeling.md')).toBeNull();
    expect(readRevision(content, 'elders/geheim.txt')).toBeNull();
  });
});
