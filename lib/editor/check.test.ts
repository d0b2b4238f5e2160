import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@/tests/support/content-folder';
import { checkDraft, checkForm, formField, pathProblems } from './check';
import { editorKind } from './model';

const CONTENT = path.join(ROOT, 'content');
const read = (rel: string) => fs.readFileSync(path.join(CONTENT, rel), 'utf8');
const news = editorKind('News')!;
const check = (rel: string, text: string | null) => checkDraft(new Map([[rel, text]]), CONTENT).get(rel);

describe('checking a draft', () => {
  it('finds nothing wrong with any real file saved as it is, within a second a save', () => {
    const files = fs
      .readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md') && f !== 'README.md' && !f.startsWith('zoeken'));
    const cold = performance.now();
    check(files[0], read(files[0]));
    console.log(`check, first save (reads the whole folder): ${(performance.now() - cold).toFixed(0)} ms`);
    const times: number[] = [];
    for (const rel of files) {
      const started = performance.now();
      expect(check(rel, read(rel)), rel).toEqual([]);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`check per save: median ${times[times.length >> 1].toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms (${files.length} files)`);
    expect(times.at(-1)).toBeLessThan(1000);
  });

  it('gives field problems in Dutch for the form, by the same rules as check:content', () => {
    const text = '---\ndate: "2024-02-30"\nsummary: s\nthemes: [armoed]\nmunicipalities: [ede]\n---\n\nTekst ![](./weg.png)\n';
    expect(check('nieuws/nieuw-bericht.md', text)).toEqual([
      { field: 'title', message: 'dit veld is verplicht', fix: 'vul titel in' },
      { field: 'date', message: 'geen geldige datum', fix: 'schrijf JJJJ-MM-DD tussen aanhalingstekens, bijvoorbeeld "2024-01-18"' },
      { field: 'themes', message: 'onbekend thema "armoed"', fix: expect.stringMatching(/^bedoel je "armoede"\? Kies uit: /) },
      { field: 'body', message: expect.stringContaining('afbeelding zonder alt-tekst'), fix: expect.any(String) },
    ]);
  });

  it('reports what a change breaks in other documents', () => {
    const used = fs
      .readdirSync(path.join(CONTENT, 'themas'))
      .find((f) => read(`interventies/${fs.readdirSync(path.join(CONTENT, 'interventies'))[0]}`).includes(f.slice(0, -3)));
    expect(used).toBeDefined();
    const problems = check(`themas/${used}`, null)!;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ field: '(document)', message: expect.stringMatching(/^[a-z]+\/[a-z0-9-]+\.md: themes\.\d+: onbekend thema "/) });
  });

  it('refuses a body over 1 MB with a clear Dutch message', () => {
    const started = performance.now();
    const problems = check('nieuws/groot.md', `---\ntitle: Groot\n---\n${'a'.repeat(10 * 1024 * 1024)}`);
    expect(problems).toEqual([{ field: 'body', message: 'de tekst is te lang (10,0 MB; hoogstens 1 MB)', fix: expect.any(String) }]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['nieuws/../../etc/passwd.md', 'het adres mag geen .. of lege delen bevatten'],
    ['../nieuws/x.md', 'het adres mag geen .. of lege delen bevatten'],
    ['nieuws/a\0b.md', 'het adres bevat tekens die niet in een bestandsnaam mogen'],
    ['/nieuws/x.md', 'het adres bevat tekens die niet in een bestandsnaam mogen'],
    ['nieuws\\x.md', 'het adres bevat tekens die niet in een bestandsnaam mogen'],
    ['nieuws/a/b.md', 'een / hoort niet in de naam'],
    ['nieuws/Hoofdletter.md', '"Hoofdletter" is geen geldige naam voor een adres'],
    ['nieuws/con.md', '"con" kan niet als naam worden gebruikt'],
    ['paginas/over/lpt1.md', '"lpt1" kan niet als naam worden gebruikt'],
    ['interventies/bundel.md', '"bundel" is al een vaste pagina van de site'],
    ['paginas/actueel/nieuw.md', 'dit adres hoort bij een vaste sectie van de site'],
    ['geheim/x.md', 'dit is geen pad van een document'],
    ['nieuws/x.txt', 'dit is geen pad van een document'],
  ])('refuses the path %j', (rel, message) => {
    expect(pathProblems(rel)).toEqual([{ field: 'slug', message, fix: expect.any(String) }]);
    expect(check(rel, '---\ntitle: x\n---\n')).toEqual([{ field: 'slug', message, fix: expect.any(String) }]);
  });

  it('takes pages in subfolders', () => {
    expect(pathProblems('paginas/over-ons/team.md')).toEqual([]);
    expect(pathProblems('nieuws/2026-nieuw-bericht.md')).toEqual([]);
  });

  it('names the form field a problem belongs to', () => {
    expect(formField(news, 'themes.0')).toBe('themes');
    expect(formField(editorKind('Publication')!, 'downloads.1.bytes')).toBe('files.1.file');
    expect(formField(editorKind('Event')!, 'sessions.2.start')).toBe('sessions.2.start');
    expect(formField(news, 'bestandsnaam')).toBe('slug');
    expect(formField(news, 'images.0')).toBe('body');
  });

  it('checks a posted form as the file it would save, keeping what was typed', () => {
    const values = { title: 'Nieuw "\ndraft: false', date: '2026-12-07', summary: 'S', themes: ['', 'armoede'], draft: ['false', 'true'], body: 'Tekst\r\n' };
    const { text, problems } = checkForm(news, 'nieuws/nieuw.md', values, { contentDir: CONTENT });
    expect(problems).toEqual([]);
    expect(text).toBe('---\ndraft: true\ntitle: "Nieuw \\"\\ndraft: false"\ndate: "2026-12-07"\nsummary: "S"\nthemes: [armoede]\n---\n\nTekst\n');
    const wrong = checkForm(
      editorKind('Event')!,
      'activiteiten/x.md',
      { title: 'T', summary: 'S', start: '2027-01-01', audience: ['', 'iedereen'], themes: [''], 'registration.how': 'H', 'registration.capacity': 'tien' },
      { contentDir: CONTENT },
    );
    expect(wrong.problems).toEqual([{ field: 'registration.capacity', message: 'geen getal', fix: 'schrijf alleen cijfers, bijvoorbeeld 12' }]);
  });
});

describe('a missing required field', () => {
  it('is said once, in Dutch, without the errors that follow from it', () => {
    const text = '---\ntitle: "Zonder datum"\nsummary: "S"\nthemes: []\n---\n\nTekst\n';
    const problems = checkDraft(new Map([['nieuws/zonder-datum.md', text]])).get('nieuws/zonder-datum.md')!;
    expect(problems.filter((p) => p.field === 'date')).toHaveLength(1);
    expect(problems.map((p) => p.message).join(' ')).not.toMatch(/Invalid input|kon niet worden berekend/i);
  });
});
