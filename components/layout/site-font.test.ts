import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_FONT } from './site-font';

describe('site font', () => {
  it('is the file the stylesheet loads, and the project has it', () => {
    expect(fs.readFileSync(path.join(process.cwd(), 'app/globals.css'), 'utf8')).toContain(`url('${SITE_FONT}')`);
    expect(fs.existsSync(path.join(process.cwd(), 'public', SITE_FONT))).toBe(true);
  });
});
