import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectDownload } from './attachments';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-attachments-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a publication’s file under public/', () => {
  const publicDir = path.join(dir, 'public');
  fs.mkdirSync(path.join(publicDir, 'downloads'), { recursive: true });
  fs.writeFileSync(path.join(publicDir, 'downloads/rapport.pdf'), '%PDF-1.7');
  const dirs = { contentDir: path.join(dir, 'inhoud'), publicDir };

  it('reads the size of a file under public/', () => {
    expect(collectDownload({ title: 'R', file: '/downloads/rapport.pdf' }, 'publicaties', dirs)).toMatchObject({ bytes: 8 });
  });

  it('never a file outside it', () => {
    const outside = collectDownload({ title: 'R', file: '/../../../etc/passwd' }, 'publicaties', dirs);
    expect(outside).toMatchObject({ bytes: null, problem: expect.stringContaining('onder public/') });
  });
});
