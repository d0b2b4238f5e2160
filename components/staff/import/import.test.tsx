// The import's form and dry-run report as HTML: what an editor reads and where each control leads.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DryRun } from '@/lib/import';
import { ImportForm } from './ImportForm';
import { ImportReport } from './ImportReport';

const file = (rel: string, row: number, action: DryRun['files'][number]['action'], fields: string[] = []) => ({
  rel,
  row,
  action,
  fields,
  text: '---\n---\n',
  baseRevision: action === 'nieuw' ? null : 'ab'.repeat(32),
});
const empty: DryRun = { problems: [], files: [], skipped: [], untouched: [], counts: { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 } };

describe('the import form', () => {
  const html = renderToStaticMarkup(<ImportForm action="/beheer/import" csrf="token-1" />);

  it('uploads a file with its kind and the session token, as multipart, without JavaScript', () => {
    const form = /<form [^>]*>/.exec(html)![0];
    for (const attribute of ['method="post"', 'action="/beheer/import"', 'encType="multipart/form-data"']) expect(form).toContain(attribute);
    expect(html).toContain('<input type="hidden" name="csrf" value="token-1"/>');
    expect(html).toContain('name="bestand"');
    expect(html.match(/name="soort"/g)).toHaveLength(2);
    expect(html).toContain('hooguit 5 MB en 5.000 rijen');
  });

  it('offers the templates and the guide that used to be on the public pages', () => {
    for (const name of ['interventies.xlsx', 'interventies.csv', 'gemeenten.xlsx', 'gemeenten.csv'])
      expect(html).toContain(`href="/beheer/import/sjabloon/${name}"`);
    expect(html).toContain('Importeer eerst de gemeenten');
    expect(html).not.toMatch(/npm run|docs\//);
  });

  it('comes back with an error summary that links to each wrong field and takes focus', () => {
    const again = renderToStaticMarkup(<ImportForm action="/beheer/import" csrf="t" kind="gemeenten" errors={{ file: true }} />);
    expect(again).toMatch(/<div id="fouten" role="group" aria-labelledby="fouten-titel" tabindex="-1" autofocus=""/);
    expect(again).toContain('<a href="#import-bestand" class="text-error underline">Kies een spreadsheet (.xlsx of .csv).</a>');
    expect(again).toContain('aria-describedby="import-bestand-hint import-bestand-fout" aria-invalid="true"');
    expect(again).toMatch(/id="import-soort-gemeenten"[^>]* checked="" value="gemeenten"/);
    expect(html).not.toContain('id="fouten"');
  });
});

describe('the dry-run report', () => {
  it('counts what would change, lists it with a link each, and offers the next step', () => {
    const dryRun: DryRun = {
      ...empty,
      files: [
        file('interventies/een-zwolle.md', 2, 'gewijzigd', ['summary', 'themes']),
        file('interventies/twee-zwolle.md', 3, 'nieuw'),
        file('interventies/drie-zwolle.md', 4, 'ongewijzigd'),
      ],
      skipped: [{ row: 5, reason: 'de voorbeeldrij van het sjabloon' }],
      untouched: ['interventies/oud-zwolle.md'],
      counts: { nieuw: 1, gewijzigd: 1, ongewijzigd: 1 },
    };
    const html = renderToStaticMarkup(
      <ImportReport fileName="lijst.xlsx" dryRun={dryRun} hrefOf={(rel) => `/beheer/voorbeeld/${rel}`}>
        <button>Aanbieden</button>
      </ImportReport>,
    );
    expect(html).toContain('Er is nog niets veranderd. 1 nieuw, 1 gewijzigd, 1 ongewijzigd, 1 niet in het bestand.');
    expect(html).toContain('<a href="/beheer/voorbeeld/interventies/een-zwolle.md">interventies/een-zwolle.md</a>');
    expect(html).toContain('summary, themes');
    expect(html).toContain('1 pagina verandert niet');
    expect(html).toContain('1 pagina staat niet in het bestand');
    expect(html).toContain('Rij 5: de voorbeeldrij van het sjabloon');
    expect(html).toContain('<button>Aanbieden</button>');
  });

  it('lists every problem with its row and column, and offers no next step', () => {
    const dryRun: DryRun = {
      ...empty,
      problems: [
        { row: 1, message: 'dit is een webpagina (HTML) of een XML-bestand, geen spreadsheet', fix: 'sla het op als .xlsx' },
        { row: 3, column: 'gemeente', message: 'onbekende gemeente "Amsterdm" (bedoel je "Amsterdam"?)' },
        { message: 'door deze import: iets in een ander bestand' },
      ],
    };
    const html = renderToStaticMarkup(
      <ImportReport fileName="lijst.xlsx" dryRun={dryRun}>
        <button>Aanbieden</button>
      </ImportReport>,
    );
    expect(html).toContain('3 problemen in het bestand');
    expect(html).toContain('<td class="p-2 align-top">3</td><td class="p-2 align-top font-mono">gemeente</td>');
    expect(html).toContain('<td class="p-2 align-top">1</td><td class="p-2 align-top font-mono">de hele rij</td>');
    expect(html).toContain('<td class="p-2 align-top">het hele bestand</td>');
    expect(html).not.toContain('Aanbieden');
    expect(html).not.toContain('nieuw, ');
  });
});
