import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FORM_PAGES, PAGE_TYPES } from './pages';

// The Nu HTML Checker (vnu-jar from npm, run with the machine's Java) on every page type.

const EXTRA = {
  ...FORM_PAGES,
  search: '/zoeken?q=armoede',
  searchNone: '/zoeken?q=xyzzyqq',
  filteredList: '/interventies?thema=armoede&onderwijstype=po',
  events: '/actueel/activiteiten?wanneer=afgelopen',
  finderFound: '/regiocoordinatoren?gemeente=den+bosch',
  finderChoose: '/regiocoordinatoren?gemeente=bergen',
  municipalitiesFiltered: '/gemeenten?provincie=Limburg',
  notFound: '/bestaat-niet',
  english: '/en/gemeenten',
};

test('every page type is valid HTML (zero errors from the Nu HTML Checker)', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-vnu-'));
  const names = new Map<string, string>();
  for (const [type, url] of Object.entries({ ...PAGE_TYPES, ...EXTRA })) {
    const file = path.join(dir, `${type}.html`);
    fs.writeFileSync(file, await (await request.get(url)).text());
    names.set(file, url);
  }
  const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
  let output = '';
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // vnu exits non-zero when it finds errors and writes them (as JSON) to stderr.
    output = (error as { stderr?: string }).stderr ?? String(error);
  }
  const messages = output ? (JSON.parse(output) as { messages: { url: string; message: string; lastLine?: number; extract?: string }[] }).messages : [];
  const readable = messages.map(
    (m) => `${names.get(decodeURIComponent(m.url.replace(/^file:/, ''))) ?? m.url}:${m.lastLine ?? '?'} ${m.message} ${m.extract ?? ''}`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  expect(readable).toEqual([]);
});
