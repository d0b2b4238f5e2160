import { describe, expect, it } from 'vitest';
import { diffTexts, type DiffLine } from './diff';

/** A hunk's lines as a unified diff reads them: ' ' kept, '-' removed, '+' added. */
const unified = (lines: DiffLine[]) => lines.map((l) => `${l.kind === 'kept' ? ' ' : l.kind === 'removed' ? '-' : '+'}${l.text}`);

const FRONT = '---\ntitle: "Bericht"\ndate: "2026-12-07"\n---\n\n';

describe('diffTexts', () => {
  it('equal texts: no hunks', () => {
    expect(diffTexts('a\nb\n', 'a\nb\n')).toEqual({ hunks: [], added: 0, removed: 0 });
    expect(diffTexts('', '')).toEqual({ hunks: [], added: 0, removed: 0 });
  });

  it('a changed line in a hunk with three lines of context, numbered as a unified diff', () => {
    const before = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'].join('\n') + '\n';
    const after = before.replace('vijf', 'VIJF');
    const { hunks, added, removed } = diffTexts(before, after);
    expect([added, removed]).toEqual([1, 1]);
    expect(hunks).toHaveLength(1);
    expect(hunks[0]).toMatchObject({ oldStart: 2, oldCount: 7, newStart: 2, newCount: 7 });
    expect(unified(hunks[0].lines)).toEqual([' twee', ' drie', ' vier', '-vijf', '+VIJF', ' zes', ' zeven', ' acht']);
    expect(hunks[0].lines[3]).toMatchObject({ kind: 'removed', oldLine: 5 });
    expect(hunks[0].lines[4]).toMatchObject({ kind: 'added', newLine: 5 });
  });

  it('changes far apart are separate hunks; near ones share one', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `regel ${i + 1}`);
    const far = lines.map((l, i) => (i === 2 || i === 25 ? `${l} gewijzigd` : l));
    expect(diffTexts(lines.join('\n'), far.join('\n')).hunks.map((h) => [h.oldStart, h.oldCount])).toEqual([
      [1, 6],
      [23, 7],
    ]);
    const near = lines.map((l, i) => (i === 2 || i === 9 ? `${l} gewijzigd` : l));
    expect(diffTexts(lines.join('\n'), near.join('\n')).hunks).toHaveLength(1);
  });

  it('a new file is all added, a removed file all removed', () => {
    const text = `${FRONT}Tekst.\n`;
    const created = diffTexts('', text);
    expect(created).toMatchObject({ added: 6, removed: 0 });
    expect(created.hunks[0]).toMatchObject({ oldStart: 0, oldCount: 0, newStart: 1, newCount: 6 });
    expect(diffTexts(text, '').hunks[0]).toMatchObject({ oldStart: 1, oldCount: 6, newStart: 0, newCount: 0 });
  });

  it('marks the changed words inside a changed line', () => {
    const before = `${FRONT}De GKA telt 50 gemeenten in juli 2020.\n`;
    const after = `${FRONT}De GKA telt 101 gemeenten in maart 2023.\n`;
    const lines = diffTexts(before, after).hunks[0].lines.filter((l) => l.kind !== 'kept');
    expect(lines.map((l) => 'segments' in l && l.segments)).toEqual([
      [
        { text: 'De GKA telt ', changed: false },
        { text: '50', changed: true },
        { text: ' gemeenten in ', changed: false },
        { text: 'juli 2020', changed: true },
        { text: '.', changed: false },
      ],
      [
        { text: 'De GKA telt ', changed: false },
        { text: '101', changed: true },
        { text: ' gemeenten in ', changed: false },
        { text: 'maart 2023', changed: true },
        { text: '.', changed: false },
      ],
    ]);
  });

  it('a line replaced by an unrelated one gets no word highlights', () => {
    const lines = diffTexts('Over armoede op school.\n', 'Nieuwe leernetwerken voor schoolleiders!\n').hunks[0].lines;
    expect(lines.map((l) => l.kind !== 'kept' && l.segments)).toEqual([null, null]);
  });

  it('matches a paragraph to its own paragraph, not to a blank line (patience)', () => {
    const before = `${FRONT}Eerste alinea.\n\nTweede alinea.\n\nDerde alinea.\n`;
    const after = `${FRONT}Eerste alinea.\n\nNieuwe alinea.\n\nTweede alinea.\n\nDerde alinea.\n`;
    const { hunks, added, removed } = diffTexts(before, after);
    expect([added, removed]).toEqual([2, 0]);
    expect(unified(hunks[0].lines).filter((l) => !l.startsWith(' '))).toEqual(['+Nieuwe alinea.', '+']);
  });

  it('moved lines, repeated lines and lines without a final newline', () => {
    const before = '- a\n- a\n- b\n\n- a\nslot';
    const after = '- b\n- a\n\n- a\n- a\nslot\n';
    const { hunks } = diffTexts(before, after, { context: 100 });
    // Whatever the script, applying it gives the new text back, and dropping it the old.
    const lines = hunks.flatMap((h) => h.lines);
    expect(lines.filter((l) => l.kind !== 'removed').map((l) => l.text)).toEqual(after.trimEnd().split('\n'));
    expect(lines.filter((l) => l.kind !== 'added').map((l) => l.text)).toEqual(before.split('\n'));
  });

  it('any edit script it gives rebuilds both texts (random texts of few distinct lines)', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const text = () => Array.from({ length: random(30) }, () => ['', 'a', 'b', 'c', '- x', `uniek ${random(50)}`][random(6)]).join('\n');
      const [before, after] = [text(), text()];
      const lines = diffTexts(before, after, { context: 1000 }).hunks.flatMap((h) => h.lines);
      if (before === after) continue;
      // A final newline ends the last line (as diffTexts reads a text).
      const split = (t: string) => (t === '' ? [] : t.replace(/\n$/, '').split('\n'));
      expect(lines.filter((l) => l.kind !== 'added').map((l) => l.text)).toEqual(split(before));
      expect(lines.filter((l) => l.kind !== 'removed').map((l) => l.text)).toEqual(split(after));
    }
  });

  it('10,000 lines with half of them changed, or all replaced, in well under a second', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `Regel ${i} over gelijke kansen in de wijk ${i % 13}.`);
    const before = lines.join('\n');
    for (const after of [
      lines.map((l, i) => (i % 2 ? l : `${l} Gewijzigd.`)).join('\n'),
      lines.map((_, i) => `Iets heel anders ${i}`).join('\n'),
      Array.from({ length: 10_000 }, (_, i) => (i % 3 ? '' : '- punt')).join('\n'),
    ]) {
      const started = performance.now();
      const diff = diffTexts(before, after);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(diff.removed).toBeGreaterThan(0);
    }
  });
});
