import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, ROOT, scratchContent } from '@/tests/support/content-folder';
import { checkContent } from '@/lib/content/check';
import { KINDS, scaffold, slugify } from '@/lib/content/scaffold';
import { formatProblem } from '@/lib/content/validate';

const { contentWith } = scratchContent();

describe('npm run nieuw', () => {
  it('refuses a municipality page for a name that is not a municipality, and suggests one', () => {
    const vocab = { themes: [], municipalities: [], regions: [], nextEpisode: 1, nextThemeOrder: 1 };
    expect(() => scaffold('gemeente', 'Bergen', '2026-11-23', vocab)).toThrow(/Bedoel je: Bergen \(L\.\), Bergen \(NH\.\)\?/);
    expect(() => scaffold('gemeente', 'Atlantis', '2026-11-23', vocab)).toThrow(/geen gemeente in de CBS-lijst/);
  });

  it('makes slugs from titles', () => {
    expect(slugify('Nieuwe GKA-gemeenten in 2027 (Súdwest)')).toBe('nieuwe-gka-gemeenten-in-2027-sudwest');
    expect(slugify("'s-Hertogenbosch & Den Haag!")).toBe('s-hertogenbosch-den-haag');
  });

  it('creates a file that passes the checks, for every type, as a concept', () => {
    const vocab = {
      themes: fs.readdirSync(path.join(ROOT, 'content/themas')).map((f) => f.slice(0, -3)),
      municipalities: fs.readdirSync(path.join(ROOT, 'content/gemeenten')).map((f) => f.slice(0, -3)),
      regions: fs.readdirSync(path.join(ROOT, 'content/regios')).map((f) => f.slice(0, -3)),
      nextEpisode: 1,
      nextThemeOrder: 99,
    };
    const files = Object.fromEntries(
      KINDS.map((kind) => {
        // A municipality page must be for a real municipality without a page yet.
        const f = scaffold(kind, kind === 'gemeente' ? 'Eindhoven' : `Nieuw ${kind} één`, '2026-11-23', vocab);
        expect(f.text).toContain('draft: true');
        return [f.path, f.text];
      }),
    );
    expect(Object.keys(files)).toContain('nieuws/nieuw-nieuws-een.md');
    expect(files['gemeenten/eindhoven.md']).toContain('cbsCode: GM0772');
    const dir = contentWith('scaffolded', files);
    expect(checkContent(dir, CONTENT_TYPES).map(formatProblem)).toEqual([]);
  });
});
