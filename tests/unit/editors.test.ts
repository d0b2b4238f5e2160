// What the editors' guide (docs/redactie.md) promises: the checker's messages, the scaffolder,
// images with alt text, concepts and scheduled publication.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agenda, Event, Intervention, Municipality, News, Page, PodcastEpisode, Publication, Region, Theme } from '@/contentlayer.config';
import { checkContent } from '@/lib/content/check';
import { collectImages, withImages } from '@/lib/content/images';
import { isPublished } from '@/lib/content/queries';
import { KINDS, scaffold, slugify } from '@/lib/content/scaffold';
import { formatProblem } from '@/lib/content/validate';

const types = [Theme, News, Publication, Agenda, Municipality, Region, Intervention, Event, PodcastEpisode, Page].map((t) => t.def()) as never;
const root = path.resolve(import.meta.dirname, '../..');
let work: string;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEElEQVR4nGP4z8DwH4YZAAj+Av7fzzZSAAAAAElFTkSuQmCC', 'base64');

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-editors-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A content folder with the real vocabulary (themes, municipalities, regions) plus the given files. */
function contentWith(name: string, files: Record<string, string>) {
  const dir = path.join(work, name);
  for (const folder of ['themas', 'gemeenten', 'regios']) fs.cpSync(path.join(root, 'content', folder), path.join(dir, folder), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('npm run check:content', () => {
  it('prints path:line — field: what is wrong — how to fix it, for every problem at once', () => {
    const dir = contentWith('broken', {
      'nieuws/bericht.md': '---\ntitle: Bericht\ndate: "2024-02-30"\nsummary: Een bericht.\nthemes:\n  - armoed\nauteur: Jan\n---\n\nTekst ![](./weg.png)\n',
      'activiteiten/x.md': '---\ntitle: Bijeenkomst\nsummary: s\nstart: "2024-01-18T20:00"\nend: "2024-01-18T16:00"\naudience: [leraren]\nthemes: []\n---\n',
      'interventies/kapot.md': '---\ntitle: Zonder gemeente: test\nmunicipality: atlantis\n---\n',
      'interventies/zonder-titel.md': '---\nsummary: s\nmunicipality: atlantis\nthemes: [armoede]\nschoolTypes: [hbo]\ntargetGroup: x\nexample: true\n---\n',
      'podcast/a.md': '---\nnumber: 1\ntitle: A\ndescription: d\n---\n',
      'podcast/b.md': '---\nnumber: 1\ntitle: B\ndescription: d\n---\n',
      'nieuws/sub/verdwaald.md': '---\ntitle: B\n---\n',
    });
    const lines = checkContent(dir, types).map((p) => formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)) }));
    const allowedThemes = fs.readdirSync(path.join(root, 'content/themas')).map((f) => f.slice(0, -3)).sort().join(', ');
    expect(lines).toEqual(
      expect.arrayContaining([
        'nieuws/bericht.md:3 — date: geen geldige datum — schrijf JJJJ-MM-DD tussen aanhalingstekens, bijvoorbeeld "2024-01-18"',
        `nieuws/bericht.md:6 — themes.0: onbekend thema "armoed" — bedoel je "armoede"? Kies uit: ${allowedThemes}`,
        expect.stringMatching(/^nieuws\/bericht\.md:7 — auteur: onbekend veld — Toegestane velden: /),
        'nieuws/bericht.md:9 — body: afbeelding zonder alt-tekst; het bestand staat niet naast de Markdown (./weg.png) — zet de afbeelding naast het Markdown-bestand en schrijf ![wat er op de afbeelding te zien is](./bestand.jpg)',
        'activiteiten/x.md:5 — end: het einde (2024-01-18T16:00) ligt vóór de start (2024-01-18T20:00) — zet het einde na de start',
        expect.stringMatching(/^interventies\/kapot\.md:2 — front matter: de velden zijn geen geldige YAML/),
        'interventies/zonder-titel.md:2 — title: verplicht veld ontbreekt — voeg een regel "title: …" toe (tekst)',
        expect.stringMatching(/^interventies\/zonder-titel\.md:3 — municipality: onbekende gemeente "atlantis" — Kies uit: /),
        expect.stringMatching(/^interventies\/zonder-titel\.md:5 — schoolTypes\.0: onbekend onderwijstype "hbo" — bedoel je "mbo"\?/),
        expect.stringMatching(/^podcast\/b\.md:2 — number: aflevering 1 bestaat al \(.*podcast\/a\.md\) — kies een ander nummer$/),
        expect.stringMatching(/^nieuws\/sub\/verdwaald\.md:1 — map: dit bestand hoort bij geen inhoudssoort — zet het direct in een van de mappen: themas, nieuws/),
      ]),
    );
  });

  it('finds nothing wrong in the real content', () => {
    expect(checkContent(path.join(root, 'content'), types).map(formatProblem)).toEqual([]);
  });
});

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
      themes: fs.readdirSync(path.join(root, 'content/themas')).map((f) => f.slice(0, -3)),
      municipalities: fs.readdirSync(path.join(root, 'content/gemeenten')).map((f) => f.slice(0, -3)),
      regions: fs.readdirSync(path.join(root, 'content/regios')).map((f) => f.slice(0, -3)),
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
    expect(checkContent(dir, types).map(formatProblem)).toEqual([]);
  });
});

describe('images in content', () => {
  it('reads the size, publishes the file and rewrites the <img>', () => {
    const dir = contentWith('images', { 'nieuws/foto.png': '' });
    fs.writeFileSync(path.join(dir, 'nieuws/foto.png'), PNG);
    const publicDir = path.join(work, 'public');
    const images = collectImages('Tekst ![Kinderen lezen samen](./foto.png)', 'nieuws', { contentDir: dir, publicDir });
    expect(images).toEqual([{ src: './foto.png', alt: 'Kinderen lezen samen', url: '/inhoud/nieuws/foto.png', width: 3, height: 2 }]);
    expect(fs.existsSync(path.join(publicDir, 'inhoud/nieuws/foto.png'))).toBe(true);
    expect(withImages('<p><img src="./foto.png" alt="Kinderen lezen samen"></p>', images)).toBe(
      '<p><img src="/inhoud/nieuws/foto.png" alt="Kinderen lezen samen" width="3" height="2" loading="lazy" decoding="async"></p>',
    );
  });

  it('reports a missing alt text and an unknown type', () => {
    const images = collectImages('![](./foto.png) ![Tekst](./doc.pdf)', 'nieuws', { contentDir: work, publicDir: path.join(work, 'public') });
    expect(images.map((i) => i.problem)).toEqual(['afbeelding zonder alt-tekst; het bestand staat niet naast de Markdown', 'onbekend soort afbeelding (.pdf)']);
  });
});

describe('concepts and scheduled publication', () => {
  it('hides concepts outside development and scheduled items before their day', () => {
    expect(isPublished({ draft: true }, '2026-11-23', false)).toBe(false);
    expect(isPublished({ draft: true }, '2026-11-23', true)).toBe(true);
    expect(isPublished({ publishDate: '2026-11-24' }, '2026-11-23', true)).toBe(false);
    expect(isPublished({ publishDate: '2026-11-23' }, '2026-11-23', false)).toBe(true);
    expect(isPublished({}, '2026-11-23', false)).toBe(true);
  });
});

describe('safety of content HTML and images', () => {
  it('keeps images inside the content folder and survives ">" in alt text', () => {
    const outside = collectImages('![Kaart](./../../geheim.png)', 'nieuws', { contentDir: work, publicDir: path.join(work, 'public') });
    expect(outside[0].problem).toContain('in dezelfde map');
    const image = { src: './g.png', alt: 'Groei > 10%', url: '/inhoud/nieuws/g.png', width: 3, height: 2 };
    expect(withImages('<p><img src="./g.png" alt="Groei > 10%"></p>', [image])).toBe(
      '<p><img src="/inhoud/nieuws/g.png" alt="Groei > 10%" width="3" height="2" loading="lazy" decoding="async"></p>',
    );
  });
});
