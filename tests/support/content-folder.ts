import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { documentTypes } from '@/contentlayer.config';

/** The checkout, for the real content folder. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The content types as the checker reads them. */
export const CONTENT_TYPES = documentTypes.map((t) => t.def()) as never;

/**
 * A scratch folder for one test file, made before its tests and removed after them.
 * `contentWith` fills a subfolder with the real vocabulary (themes, municipalities, regions)
 * plus the given files, so a test writes only what it is about.
 */
export function scratchContent() {
  const scratch = {
    dir: '',
    contentWith(name: string, files: Record<string, string>) {
      const dir = path.join(scratch.dir, name);
      for (const folder of ['themas', 'gemeenten', 'regios']) fs.cpSync(path.join(ROOT, 'content', folder), path.join(dir, folder), { recursive: true });
      for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
      }
      return dir;
    },
  };
  beforeAll(() => {
    scratch.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-editors-'));
  });
  afterAll(() => fs.rmSync(scratch.dir, { recursive: true, force: true }));
  return scratch;
}
