// The screenshots in docs/redactie.md (docs/redactie/*.png), made by hand, not part of `npm test`:
//
//   npm run build
//   node scripts/run-ts.mjs scripts/redactie-screenshots.ts [--port 4700] [--controle]
//
// With --controle every page it visits is also saved whole, uncropped, in a folder in the temporary
// folder (its name is printed), to look for layout problems beyond what the docs show.
// Like tests/e2e/editor.spec.ts it runs the production server on a copy of content/ that is a git
// repository of its own in the temporary folder, with accounts of its own, and walks the editor's
// story: a redacteur writes a news item, an eindredacteur reviews and publishes it, two people save
// the same change, history, import, accounts. Nothing in the project's own content or data changes.
// The PNGs are reduced to a palette (sharp) to stay small; look at each before using it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { png } from '../tests/support/upload-files';
import { stopServer } from '../tests/e2e/support/server';
import { startEditorSite } from '../tests/e2e/support/editor-site';

const portFlag = process.argv.indexOf('--port');
const PORT = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 4700;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = path.join(process.cwd(), 'docs/redactie');
const CHECK = process.argv.includes('--controle') ? fs.mkdtempSync(path.join(os.tmpdir(), 'gka-redactie-controle-')) : undefined;
const PASSWORD = 'schermafdrukken-wachtwoord';
const REDACTEUR = 'redacteur@example.org';
const EIND = 'eindredacteur@example.org';
const BEHEERDER = 'beheerder@example.org';

const site = await startEditorSite(PORT, {
  accounts: [
    [REDACTEUR, 'redacteur'],
    [EIND, 'eindredacteur'],
    [BEHEERDER, 'beheerder'],
  ],
  password: PASSWORD,
});
const { work, server } = site;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
fs.mkdirSync(OUT, { recursive: true });

/** With --controle: the whole page, as it is, to look at. */
async function look(name: string, page: Page) {
  if (CHECK) fs.writeFileSync(path.join(CHECK, `${name}.png`), await page.screenshot({ fullPage: true }));
}

/** A PNG of the page (its top `height` pixels, else the viewport) or of one part of it; reduced to a palette. */
async function shot(name: string, target: Page | Locator, options: { height?: number } = {}) {
  const page = 'goto' in target ? target : undefined;
  const raw = page ? await page.screenshot({ fullPage: options.height !== undefined }) : await target.screenshot();
  if (page) await look(name, page);
  const image = sharp(raw);
  const { width = 0, height = 0 } = await image.metadata();
  if (options.height) image.extract({ left: 0, top: 0, width, height: Math.min(height, options.height) });
  const file = path.join(OUT, `${name}.png`);
  await image.png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toFile(file);
  const made = await sharp(file).metadata();
  console.log(`${name}.png  ${made.width}×${made.height}  ${Math.round(fs.statSync(file).size / 1024)} KB`);
}

async function logIn(b: Browser, email: string, width = 1280, height = 900): Promise<Page> {
  const page = await (await b.newContext({ baseURL: ORIGIN, viewport: { width, height }, locale: 'nl-NL' })).newPage();
  await page.goto('/beheer/inloggen');
  await page.fill('#email', email);
  await page.fill('#wachtwoord', PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/beheer$/);
  return page;
}

const changeId = (page: Page) => /\/beheer\/wijzigingen\/(\d+)/.exec(page.url())![1];

async function approve(page: Page, id: string, note: string, capture?: string) {
  await page.goto(`/beheer/wijzigingen/${id}`);
  await page.fill('#notitie', note);
  await page.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
  await page.waitForLoadState();
  if (capture) await shot(capture, page);
  await page.getByText('Gepubliceerd', { exact: true }).waitFor({ timeout: 90_000 });
}

try {
  // The redacteur: the start of the editor, then a new news item saved with a problem.
  const writer = await logIn(browser, REDACTEUR);
  await writer.getByRole('link', { name: 'Inhoud', exact: true }).click();
  await shot('inhoud', writer);
  await writer.getByRole('link', { name: 'Nieuw: nieuwsbericht' }).first().click();
  await writer.getByLabel('Naam in het webadres').fill('leernetwerk-scholen-2027');
  await writer.getByLabel('Titel (verplicht)').fill('Nieuw leernetwerk voor scholen');
  await writer.getByLabel('Datum (verplicht)').fill('2027-01-15');
  await writer.getByRole('checkbox', { name: 'Professionalisering' }).check();
  await writer.getByLabel('Tekst', { exact: true }).fill('## Wat is het?\n\nScholen leren van elkaar in een leernetwerk.\n');
  await writer.getByRole('button', { name: 'Opslaan als concept' }).click();
  await writer.getByText('Opgeslagen als concept, met problemen').waitFor();
  await shot('formulier-met-fouten', writer, { height: 1250 });

  // Fixed, with an image and its alt text.
  await writer.getByLabel('Samenvatting (verplicht)').fill('Scholen kunnen vanaf januari 2027 meedoen aan een nieuw leernetwerk.');
  await writer.locator('#bestand').setInputFiles({ name: 'leernetwerk.png', mimeType: 'image/png', buffer: png({ width: 640, height: 400 }) });
  await writer.locator('#alt').fill('Leraren praten in kleine groepjes aan tafels');
  await shot('afbeelding-toevoegen', writer.locator('fieldset').filter({ hasText: 'Een afbeelding toevoegen' }));
  await writer.getByRole('button', { name: 'Opslaan als concept' }).click();
  await writer.getByText('Opgeslagen als concept. Het staat nog niet op de site.').waitFor();
  const newsId = changeId(writer);

  await writer.goto(`/beheer/wijzigingen/${newsId}`);
  await shot('wijziging-concept', writer);
  await writer.getByRole('link', { name: 'Voorbeeld van de pagina' }).click();
  await shot('voorbeeld-pagina', writer);
  await writer.goto(`/beheer/wijzigingen/${newsId}`);
  await writer.getByRole('button', { name: 'Ter controle voorleggen' }).click();
  await writer.waitForLoadState();

  // The same form at phone width.
  const phone = await logIn(browser, REDACTEUR, 375, 812);
  await phone.goto(`/beheer/wijzigingen/${newsId}/bewerken`);
  await shot('telefoon-formulier', phone, { height: 1500 });

  // The eindredacteur reviews and publishes; the page shows the steps.
  const reviewer = await logIn(browser, EIND);
  await reviewer.goto(`/beheer/wijzigingen/${newsId}`);
  await reviewer.fill('#notitie', 'Nieuw bericht over het leernetwerk voor scholen');
  await shot('controleren', reviewer.locator('section[aria-labelledby="acties-titel"]'));
  await approve(reviewer, newsId, 'Nieuw bericht over het leernetwerk voor scholen', 'publiceren');

  // Two people on one change: the redacteur's later save is refused and shows what changed.
  await writer.goto('/beheer/inhoud/gemeenten/zwolle');
  const summary = writer.getByLabel('Samenvatting (verplicht)');
  await summary.fill(`${await summary.inputValue()} Zwolle werkt onder meer aan taal.`);
  await writer.getByRole('button', { name: 'Opslaan als concept' }).click();
  await writer.getByText('Opgeslagen als concept.').first().waitFor();
  const zwolle = changeId(writer);
  await reviewer.goto(`/beheer/wijzigingen/${zwolle}/bewerken`);
  const theirs = reviewer.getByLabel('Samenvatting (verplicht)');
  await theirs.fill((await theirs.inputValue()).replace('aan taal', 'aan taal en ouderbetrokkenheid'));
  await reviewer.getByRole('button', { name: 'Opslaan als concept' }).click();
  await reviewer.getByText('Opgeslagen als concept.').first().waitFor();
  await writer.getByLabel('Looptijd GKA-agenda').fill('2019-2022');
  await writer.getByRole('button', { name: 'Opslaan als concept' }).click();
  await writer.getByText('Niet opgeslagen:').waitFor();
  await shot('tegelijk-bewerkt', writer);
  // The redacteur keeps the other's sentence and saves again; a beheerder (not a writer of it) publishes.
  await writer.getByLabel('Samenvatting (verplicht)').fill(await theirs.inputValue());
  await writer.getByRole('button', { name: 'Opslaan en ter controle voorleggen' }).click();
  await writer.waitForLoadState();
  const admin = await logIn(browser, BEHEERDER);
  await approve(admin, zwolle, 'Samenvatting van Zwolle aangevuld');

  // History: the earlier version, with the way back.
  await writer.goto('/beheer/geschiedenis/gemeenten/zwolle');
  await writer.getByRole('link', { name: 'Bekijk wat deze versie veranderde' }).last().click();
  await shot('geschiedenis', writer, { height: 1200 });

  // Import: the dry run of a spreadsheet (a CSV made from the template's own first row of names).
  const template = await (await writer.request.get('/beheer/import/sjabloon/gemeenten.csv')).text();
  const header = template.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  const columns = header.split(/[;,]/);
  const separator = header.includes(';') ? ';' : ',';
  const row: Record<string, string> = {
    gemeente: 'Zwolle',
    aangesloten: '2019',
    agendaperiode: '2019-2021',
    samenvatting: 'Zwolle ondertekende in 2019 een GKA-agenda met scholen en partners.',
    themas: 'taalbevordering',
  };
  const csv = `\uFEFF${header}\n${columns.map((c) => row[c.trim()] ?? '').join(separator)}\n`;
  await writer.goto('/beheer/import');
  await writer.getByRole('radio', { name: 'Gemeenten' }).check();
  await writer.locator('input[type=file]').setInputFiles({ name: 'gemeenten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await writer.getByRole('button', { name: 'Bekijk wat de import zou doen' }).click();
  await writer.waitForLoadState();
  await shot('importeren', writer);

  // The beheerder: accounts and roles.
  await admin.goto('/beheer/accounts');
  await shot('accounts', admin.locator('section[aria-labelledby="toevoegen-titel"]'));
  await admin.goto('/beheer/logboek');
  await look('logboek', admin);

  // Only to look at: the pages at phone width.
  if (CHECK) {
    const small = await logIn(browser, BEHEERDER, 375, 812);
    for (const [name, address] of [
      ['inhoud', '/beheer/inhoud'],
      ['wijziging', `/beheer/wijzigingen/${zwolle}`],
      ['geschiedenis', '/beheer/geschiedenis/gemeenten/zwolle'],
      ['import', '/beheer/import'],
      ['accounts', '/beheer/accounts'],
      ['logboek', '/beheer/logboek'],
      ['controle', '/beheer/controle'],
      ['nieuw-activiteit', '/beheer/inhoud/activiteiten/nieuw'],
    ]) {
      await small.goto(address);
      await look(`telefoon-${name}`, small);
    }
    const wide = await logIn(browser, REDACTEUR);
    await wide.goto('/beheer/inhoud/activiteiten/nieuw');
    await look('nieuw-activiteit', wide);
    await wide.goto(`/beheer/wijzigingen/${newsId}/voorbeeld?weergave=lijst`);
    await look('voorbeeld-lijst', wide);
    console.log(`Hele pagina's om te bekijken: ${CHECK}`);
  }
} finally {
  await browser.close();
  await stopServer(server);
  fs.rmSync(work, { recursive: true, force: true });
}
