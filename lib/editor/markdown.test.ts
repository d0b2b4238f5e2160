import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@/tests/support/content-folder';
import { editorKind } from './model';
import { MarkdownError, newMarkdown, parseMarkdown, serializeMarkdown, updateMarkdown } from './markdown';

const news = editorKind('News')!;
const event = editorKind('Event')!;
const contentFiles = () =>
  fs
    .readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();

describe('Markdown files', () => {
  it('come back byte for byte, for every file under content/', () => {
    const files = contentFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const rel of files) {
      const text = fs.readFileSync(path.join(ROOT, 'content', rel), 'utf8');
      const file = parseMarkdown(text);
      expect(serializeMarkdown(file), rel).toBe(text);
      // Saving unchanged values through the model writes the same bytes too.
      const kind = editorKind(rel.split('/')[0])!;
      expect(updateMarkdown(file, kind, file.data, file.body), rel).toBe(text);
    }
  });

  it('changes only the keys that changed, keeping comments, quoting and the body', () => {
    const text = '---\ntitle: "Oud" # de kop\ndate: "2024-01-02"\nsummary: Kort.\nthemes: [armoede]\ndraft: false\n---\n\nTekst *met* opmaak.  \n';
    const file = parseMarkdown(text);
    const out = updateMarkdown(file, news, { ...file.data, title: 'Nieuw', themes: ['armoede', 'taal'], draft: undefined, municipalities: ['ede'] }, file.body);
    expect(out).toBe(
      '---\ntitle: "Nieuw" # de kop\ndate: "2024-01-02"\nsummary: Kort.\nthemes: [armoede, taal]\nmunicipalities: [ede]\ndraft: false\n---\n\nTekst *met* opmaak.  \n',
    );
    const removed = updateMarkdown(file, news, { ...file.data, summary: undefined, draft: true }, 'Andere tekst\n');
    expect(removed).toBe('---\ntitle: "Oud" # de kop\ndate: "2024-01-02"\nthemes: [armoede]\ndraft: true\n---\nAndere tekst\n');
  });

  it('changes one field of a group and one item of a list of groups', () => {
    const text = fs.readFileSync(path.join(ROOT, 'content/activiteiten/startbijeenkomst-gka-leernetwerken.md'), 'utf8');
    const file = parseMarkdown(text);
    const registration = { ...(file.data.registration as object), deadline: '2023-11-20' };
    const out = updateMarkdown(file, event, { ...file.data, registration }, file.body);
    expect(out).toBe(text.replace('deadline: "2023-11-17"', 'deadline: "2023-11-20"'));
  });

  it('writes a new file in model order, as the content files are written', () => {
    const out = newMarkdown(news, { themes: ['armoede'], summary: 'Kort: zo.', title: 'Een titel', date: '2026-12-07', draft: true }, 'Tekst.\n');
    expect(out).toBe('---\ndraft: true\ntitle: "Een titel"\ndate: "2026-12-07"\nsummary: "Kort: zo."\nthemes: [armoede]\n---\n\nTekst.\n');
    const withSessions = newMarkdown(event, { title: 'T', sessions: [{ title: 'Een', start: '2027-01-01' }] }, '');
    expect(withSessions).toBe('---\ntitle: "T"\nsessions:\n  - title: "Een"\n    start: "2027-01-01"\n---\n\n');
  });

  it.each([
    '"\ndraft: false',
    'Let op: dit',
    'Titel # geen commentaar',
    '\'quote\' en "dubbel"',
    '---\ntitle: x',
    'true',
    '2024-01-01',
    '[a, b]',
    '&anker *ref',
  ])('keeps %j a plain text value (no YAML injection)', (title) => {
    const created = parseMarkdown(newMarkdown(news, { title, themes: [title] }, ''));
    expect(created.data).toEqual({ title, themes: [title] });
    const plain = parseMarkdown('---\ntitle: Gewoon\ndraft: true\n---\n');
    const edited = parseMarkdown(updateMarkdown(plain, news, { ...plain.data, title }, plain.body));
    expect(edited.data).toEqual({ title, draft: true });
  });

  it('says in Dutch what is wrong with a file it cannot read', () => {
    expect(() => parseMarkdown('Geen velden')).toThrow(MarkdownError);
    expect(() => parseMarkdown('---\ntitle: a: b\n---\n')).toThrow(/geen geldige YAML/);
  });
});

describe('ticked boxes', () => {
  it('keep the order of the file for what was chosen before', () => {
    const file = parseMarkdown('---\ntitle: T\nthemes: [taal, armoede]\n---\n');
    expect(updateMarkdown(file, news, { ...file.data, themes: ['armoede', 'gezondheid', 'taal'] }, '')).toBe(
      '---\ntitle: T\nthemes: [taal, armoede, gezondheid]\n---\n',
    );
  });
});
