import { describe, expect, it } from 'vitest';
import { insertLink, linkAddress, prefixLines, wrapSelection, type Edit, type Selection } from './markdown-tools';

/** `[` and `]` mark the selection in a test's text; `|` a caret. */
function sel(marked: string): Selection {
  const caret = marked.indexOf('|');
  if (caret >= 0) return { value: marked.replace('|', ''), start: caret, end: caret };
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { value: marked.replace('[', '').replace(']', ''), start, end };
}

/** The text after the edit, with its new selection marked the same way. */
function apply(s: Selection, edit: Edit): string {
  const value = s.value.slice(0, edit.from) + edit.insert + s.value.slice(edit.to);
  const [a, b] = edit.select;
  return a === b ? `${value.slice(0, a)}|${value.slice(a)}` : `${value.slice(0, a)}[${value.slice(a, b)}]${value.slice(b)}`;
}

const wrap = (marked: string, kind: 'bold' | 'italic') => apply(sel(marked), wrapSelection(sel(marked), kind, 'tekst'));
const prefix = (marked: string, kind: 'heading' | 'bullet' | 'numbered' | 'quote') => apply(sel(marked), prefixLines(sel(marked), kind));

describe('wrapSelection', () => {
  it('wraps the selection and keeps it selected', () => {
    expect(wrap('Een [mooi] woord', 'bold')).toBe('Een **[mooi]** woord');
    expect(wrap('Een [mooi] woord', 'italic')).toBe('Een *[mooi]* woord');
  });

  it('leaves spaces at the edges outside the markers', () => {
    expect(wrap('Een[ mooi ]woord', 'bold')).toBe('Een **[mooi]** woord');
  });

  it('inserts a placeholder to type over when nothing is selected', () => {
    expect(wrap('Een | woord', 'bold')).toBe('Een **[tekst]** woord');
    expect(wrap('|', 'italic')).toBe('*[tekst]*');
  });

  it('takes the markers off a second time, outside or inside the selection', () => {
    expect(wrap('Een **[mooi]** woord', 'bold')).toBe('Een [mooi] woord');
    expect(wrap('Een [**mooi**] woord', 'bold')).toBe('Een [mooi] woord');
    expect(wrap('Een *[mooi]* woord', 'italic')).toBe('Een [mooi] woord');
  });

  it('tells bold and italic apart, and handles both at once', () => {
    expect(wrap('Een **[mooi]** woord', 'italic')).toBe('Een ***[mooi]*** woord');
    expect(wrap('Een *[mooi]* woord', 'bold')).toBe('Een ***[mooi]*** woord');
    expect(wrap('Een ***[mooi]*** woord', 'italic')).toBe('Een **[mooi]** woord');
    expect(wrap('Een ***[mooi]*** woord', 'bold')).toBe('Een *[mooi]* woord');
  });
});

describe('insertLink', () => {
  it('makes the selection the text of the link', () => {
    const s = sel('Lees [het rapport] hier');
    expect(apply(s, insertLink(s, 'https://example.org/r.pdf', 'tekst van de link'))).toBe('Lees [[het rapport]](https://example.org/r.pdf) hier');
  });

  it('selects a placeholder for the text when nothing is selected', () => {
    const s = sel('Zie |');
    expect(apply(s, insertLink(s, '/contact', 'tekst van de link'))).toBe('Zie [[tekst van de link]](/contact)');
  });
});

describe('linkAddress', () => {
  it('takes web, e-mail and site addresses', () => {
    expect(linkAddress(' https://www.rijksoverheid.nl/onderwerpen ')).toBe('https://www.rijksoverheid.nl/onderwerpen');
    expect(linkAddress('www.gelijke-kansen.nl')).toBe('https://www.gelijke-kansen.nl');
    expect(linkAddress('gelijkekansen@minocw.nl')).toBe('mailto:gelijkekansen@minocw.nl');
    expect(linkAddress('mailto:gelijkekansen@minocw.nl')).toBe('mailto:gelijkekansen@minocw.nl');
    expect(linkAddress('/actueel/nieuws')).toBe('/actueel/nieuws');
    expect(linkAddress('#aanmelden')).toBe('#aanmelden');
  });

  it('escapes what would end the link early', () => {
    expect(linkAddress('https://example.org/een bestand (2).pdf')).toBe('https://example.org/een%20bestand%20%282%29.pdf');
  });

  it('refuses anything else', () => {
    for (const typed of ['', 'javascript:alert(1)', 'data:text/html,x', 'rapport', 'ftp://example.org', 'https://'])
      expect(linkAddress(typed), typed).toBeNull();
  });
});

describe('prefixLines', () => {
  it('makes the caret line a heading, keeping the caret by its text', () => {
    expect(prefix('Eerste\nTwee|de\nDerde', 'heading')).toBe('Eerste\n## Twee|de\nDerde');
    expect(prefix('|', 'heading')).toBe('## |');
  });

  it('replaces another heading level, and takes its own off a second time', () => {
    expect(prefix('### Kop|', 'heading')).toBe('## Kop|');
    expect(prefix('## K|op', 'heading')).toBe('K|op');
  });

  it('makes a list of the selected lines, skipping empty ones, and the whole lines stay selected', () => {
    expect(prefix('Intro\nee[n\n\ntwe]e\nSlot', 'bullet')).toBe('Intro\n[- een\n\n- twee]\nSlot');
    expect(prefix('[een\ntwee\ndrie]', 'numbered')).toBe('[1. een\n2. twee\n3. drie]');
  });

  it('turns one kind of list into the other, and a list back into lines', () => {
    expect(prefix('[- een\n- twee]', 'numbered')).toBe('[1. een\n2. twee]');
    expect(prefix('[1. een\n2. twee]', 'numbered')).toBe('[een\ntwee]');
    expect(prefix('[- een\n* twee]', 'bullet')).toBe('[een\ntwee]');
  });

  it('does not touch the line a selection ends at the start of', () => {
    expect(prefix('[een\n]twee', 'quote')).toBe('[> een]\ntwee');
  });

  it('keeps a quote of several paragraphs one quote', () => {
    expect(prefix('[een\n\ntwee]', 'quote')).toBe('[> een\n>\n> twee]');
    expect(prefix('[> een\n>\n> twee]', 'quote')).toBe('[een\n\ntwee]');
  });
});
