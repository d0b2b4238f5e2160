import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, ROOT, scratchContent } from '@/tests/support/content-folder';
import { checkContent, checkFields, type TypeDef } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/validate';

const { contentWith } = scratchContent();

describe('npm run check:content', () => {
  it('prints path:line — field: what is wrong — how to fix it, for every problem at once', () => {
    const dir = contentWith('broken', {
      'nieuws/bericht.md': '---\ntitle: Bericht\ndate: "2024-02-30"\nsummary: Een bericht.\nthemes:\n  - armoed\nauteur: Jan\n---\n\nTekst ![](./weg.png)\n',
      'activiteiten/x.md': '---\ntitle: Bijeenkomst\nsummary: s\nstart: "2024-01-18T20:00"\nend: "2024-01-18T16:00"\naudience: [leraren]\nthemes: []\n---\n',
      'interventies/kapot.md': '---\ntitle: Zonder gemeente: test\nmunicipality: atlantis\n---\n',
      'interventies/zonder-titel.md': '---\nsummary: s\nmunicipality: atlantis\nthemes: [armoede]\nschoolTypes: [hbo]\ntargetGroup: x\nsource: s\n---\n',
      'interventies/zonder-bron.md': '---\ntitle: T\nsummary: s\nmunicipality: ede\nthemes: [armoede]\nschoolTypes: [po]\ntargetGroup: x\nsource: ""\n---\n',
      'podcast/a.md': '---\nnumber: 1\ntitle: A\ndescription: d\n---\n',
      'podcast/b.md': '---\nnumber: 1\ntitle: B\ndescription: d\n---\n',
      'nieuws/sub/verdwaald.md': '---\ntitle: B\n---\n',
      'zoeken/synoniemen.yml': '- [vve, voorschoolse educatie]\n- [vve]\n',
    });
    const lines = checkContent(dir, CONTENT_TYPES).map((p) => formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)) }));
    const allowedThemes = fs.readdirSync(path.join(ROOT, 'content/themas')).map((f) => f.slice(0, -3)).sort().join(', ');
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
        expect.stringMatching(/^interventies\/zonder-bron\.md:8 — source: de bron is leeg — schrijf in source waar het feit vandaan komt/),
        expect.stringMatching(/^podcast\/b\.md:2 — number: aflevering 1 bestaat al \(.*podcast\/a\.md\) — kies een ander nummer$/),
        expect.stringMatching(/^zoeken\/synoniemen\.yml:2 — synoniemen: "vve" staat ook in de groep op regel 1 — /),
        expect.stringMatching(/^nieuws\/sub\/verdwaald\.md:1 — map: dit bestand hoort bij geen inhoudssoort — zet het direct in een van de mappen: themas, nieuws/),
      ]),
    );
  });

  it('finds nothing wrong in the real content', () => {
    expect(checkContent(path.join(ROOT, 'content'), CONTENT_TYPES).map(formatProblem)).toEqual([]);
  });

  it('checks the fields of a group and of each item of a list of groups, filling in their defaults, as the build does', () => {
    const event = (CONTENT_TYPES as unknown as TypeDef[]).find((t) => t.name === 'Event')!;
    const { data, problems } = checkFields(event, { registration: { deadline: '2027-01-01', kleur: 'rood' }, sessions: [{ start: '2027-01-01' }, 'los'] });
    expect(problems.filter((p) => p.field.includes('.')).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'registration.how: verplicht veld ontbreekt',
      'registration.kleur: onbekend veld',
      'sessions.0.title: verplicht veld ontbreekt',
      'sessions.1: hoort groep velden te zijn',
    ]);
    expect(data.registration).toMatchObject({ closed: false });
  });
});
