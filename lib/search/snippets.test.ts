import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './snippets';
import { doc } from './test-docs';
import { termOf } from './text';

const byTerm = (w: string) => [termOf(w) ?? ''];
const text = (segments: { text: string; mark: boolean }[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('highlight', () => {
  it('marks the words whose index terms matched, as parts, not HTML', () => {
    expect(highlight('Lezen met <b>ouders</b>', new Set(['ouder']), byTerm)).toEqual([
      { text: 'Lezen met <b>', mark: false },
      { text: 'ouders', mark: true },
      { text: '</b>', mark: false },
    ]);
    expect(text(highlight('Ouders en de Ouderkamer', new Set([termOf('ouders')!])))).toBe('[Ouders] en de Ouderkamer');
  });
});

describe('snippet', () => {
  it('takes whole sentences around the first match, from the summary first', () => {
    const d = doc('a', { summary: 'Een korte samenvatting.', text: 'Eerste zin. Hier lezen kinderen. Nog een zin.' });
    expect(text(snippet(d, new Set([termOf('lezen')!]), byTerm))).toBe('Hier [lezen] kinderen. Nog een zin.');
    expect(text(snippet(d, new Set([termOf('samenvatting')!]), byTerm))).toBe('Een korte [samenvatting].');
    expect(text(snippet(d, new Set(['xyz']), byTerm))).toBe('Een korte samenvatting.');
    expect(text(snippet(doc('b', { text: 'Eerste zin. Tweede.' }), new Set(['xyz']), byTerm))).toBe('Eerste zin.');
  });
  it('cuts a long sentence around the match, with … where words were left out', () => {
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const d = doc('a', { text: long.replace('w30', 'lezen') });
    const shown = text(snippet(d, new Set([termOf('lezen')!]), byTerm));
    expect(shown.startsWith('… w22 ')).toBe(true);
    expect(shown.endsWith(' w53 …')).toBe(true);
    expect(shown).toContain('[lezen]');
  });
});
