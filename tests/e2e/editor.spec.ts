// The web editor in /beheer (issue 24), on a production server of its own whose content folder is a
// git repository of its own (a copy of the real content): a redacteur writes and proposes, an
// eindredacteur reviews and publishes, the site serves it within seconds; history, restore,
// withdrawal; and the hostile cases, each refused in Dutch with nothing stored or published.
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { png } from '@/tests/support/upload-files';
import { stopServer } from './support/server';
import { startEditorSite, type EditorSite } from './support/editor-site';

// Ports of its own (3170–3179 in CI); E2E_EDITOR_PORT moves them for a run beside another.
const PORT = Number(process.env.E2E_EDITOR_PORT ?? 3170);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'redactie-wachtwoord-lang-genoeg';
const REDACTEUR = 'redacteur@example.org';
const EIND = 'eindredacteur@example.org';
const EIND2 = 'tweede-eindredacteur@example.org';
const BEHEERDER = 'beheerder@example.org';

test.describe.configure({ mode: 'serial' });
// Each publication runs the content build of the real content; logins cost a scrypt hash each.
test.setTimeout(240_000);

let site: EditorSite;
const log: string[] = [];
const content = () => site.content;
const git = (...args: string[]) => site.git(...args);

test.beforeAll(async () => {
  site = await startEditorSite(PORT, {
    accounts: [
      [REDACTEUR, 'redacteur'],
      [EIND, 'eindredacteur'],
      [EIND2, 'eindredacteur'],
      [BEHEERDER, 'beheerder'],
    ],
    password: PASSWORD,
    onLine: (line) => log.push(line),
  });
});

test.afterAll(async () => {
  if (site) {
    await stopServer(site.server);
    fs.rmSync(site.work, { recursive: true, force: true });
  }
});

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

async function logIn(browser: Browser, email: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL: ORIGIN, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto('/beheer/inloggen');
  await page.fill('#email', email);
  await page.fill('#wachtwoord', PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/beheer$/);
  return page;
}

/** The change page's number from its address. */
const changeId = (page: Page) => /\/beheer\/wijzigingen\/(\d+)/.exec(page.url())![1];

/** Approves a change with a note and waits until its page says it is published; the seconds it took. */
async function approve(page: Page, id: string, note: string): Promise<number> {
  await page.goto(`/beheer/wijzigingen/${id}`);
  await page.fill('#notitie', note);
  const started = Date.now();
  await page.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
  await expect(page.getByText('Gepubliceerd', { exact: true })).toBeVisible({ timeout: 60_000 });
  return (Date.now() - started) / 1000;
}

const slug = `gka-bijeenkomst-${Date.now().toString(36)}`;
const marker = `zoekwoord${Date.now().toString(36)}`;
let newsId = '';
let newsUrl = '';

for (const javaScriptEnabled of [true, false]) {
  test(`a redacteur writes a news item with an image and proposes it; an eindredacteur publishes it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const name = javaScriptEnabled ? slug : `${slug}-zonder-js`;
    const writer = await logIn(browser, REDACTEUR, javaScriptEnabled);
    await writer.getByRole('link', { name: 'Inhoud', exact: true }).click();
    await writer.getByRole('link', { name: 'Nieuw: nieuwsbericht' }).click();
    // axe runs in the page: only with JavaScript.
    if (javaScriptEnabled) expect(await axe(writer)).toEqual([]);
    await writer.getByLabel('Naam in het webadres').fill(name);
    await writer.getByLabel('Titel (verplicht)').fill(`Bijeenkomst voor scholen ${name}`);
    await writer.getByLabel('Datum (verplicht)').fill('2026-12-01');
    await writer.getByLabel('Samenvatting (verplicht)').fill('Een fictief bericht uit de end-to-end-test van de webredactie.');
    await writer.getByRole('checkbox', { name: 'Armoede' }).check();
    await writer.getByLabel('Tekst', { exact: true }).fill(`## Wat er gebeurt\n\nScholen praten over ${marker}.\n`);
    await writer.locator('#bestand').setInputFiles({ name: 'klas foto.png', mimeType: 'image/png', buffer: png({ width: 320, height: 200 }) });
    await writer.locator('#alt').fill('Een klaslokaal met tafels in groepjes');
    await writer.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect(writer.getByText('Opgeslagen als concept')).toBeVisible();
    const id = /\/beheer\/wijzigingen\/(\d+)\/bewerken/.exec(writer.url())![1];

    // The preview: the site's own page, with the image from the upload, before anything is published.
    const started = Date.now();
    await writer.goto(`/beheer/wijzigingen/${id}/voorbeeld`);
    // The target is a second; the test allows for a busy machine and says what it measured.
    console.log(`Voorbeeld in ${Date.now() - started} ms (JavaScript ${javaScriptEnabled ? 'aan' : 'uit'})`);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(writer.getByRole('heading', { level: 1 })).toHaveText(`Bijeenkomst voor scholen ${name}`);
    await expect(writer.getByRole('region', { name: 'Voorbeeld' })).toContainText('nog niet gepubliceerd');
    const image = writer.getByRole('img', { name: 'Een klaslokaal met tafels in groepjes' });
    await expect(image).toHaveAttribute('src', /\/beheer\/bestanden\/\d+/);
    const shown = await writer.request.get((await image.getAttribute('src'))!);
    expect(shown.headers()['content-type']).toBe('image/png');
    await writer.goto(`/beheer/wijzigingen/${id}/voorbeeld?weergave=lijst`);
    await expect(writer.getByRole('link', { name: `Bijeenkomst voor scholen ${name}` })).toBeVisible();

    await writer.goto(`/beheer/wijzigingen/${id}`);
    if (javaScriptEnabled) expect(await axe(writer)).toEqual([]);
    await writer.getByRole('button', { name: 'Ter controle voorleggen' }).click();
    await expect(writer.getByText('Ter controle', { exact: true }).first()).toBeVisible();
    // The writer cannot publish: no button, and a posted approval is refused and logged.
    await expect(writer.getByRole('button', { name: 'Goedkeuren en publiceren' })).toHaveCount(0);
    const csrf = await writer.locator('input[name=csrf]').first().inputValue();
    const refused = await writer.request.post(`/beheer/wijzigingen/${id}/actie?actie=goedkeuren`, { form: { csrf, notitie: 'zelf' }, maxRedirects: 0 });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('Dit mag alleen een eindredacteur of beheerder');

    const reviewer = await logIn(browser, EIND, javaScriptEnabled);
    await reviewer.goto('/beheer/controle');
    await reviewer.getByRole('link', { name: `Bijeenkomst voor scholen ${name}` }).click();
    const seconds = await approve(reviewer, id, 'Nieuw bericht over een bijeenkomst');
    console.log(`Gepubliceerd in ${seconds.toFixed(1)} s (JavaScript ${javaScriptEnabled ? 'aan' : 'uit'})`);
    expect(seconds).toBeLessThan(15);

    // Live: its address, the news list, the feed, search and the sitemap.
    const url = await reviewer.getByRole('link', { name: 'Bekijk het op de site' }).getAttribute('href');
    expect(url).toMatch(new RegExp(`/actueel/nieuws/2026/12/01/${name}$`));
    const page = await reviewer.request.get(url!);
    expect(page.status()).toBe(200);
    expect(await page.text()).toMatch(/<img[^>]+src="\/inhoud\/nieuws\/klas-foto-[0-9a-f]{8}\.png"/);
    expect(await (await reviewer.request.get('/actueel/nieuws')).text()).toContain(name);
    expect(await (await reviewer.request.get('/actueel/nieuws/rss.xml')).text()).toContain(name);
    expect(await (await reviewer.request.get('/sitemap.xml')).text()).toContain(name);
    if (javaScriptEnabled) {
      expect(await (await reviewer.request.get(`/zoeken?q=${marker}`)).text()).toContain(name);
      newsId = id;
      newsUrl = url!;
    }
    // In git: the staff member as author, the change note as message.
    expect(git('log', '-1', '--format=%ae|%s', '--', `nieuws/${name}.md`)).toBe(`${REDACTEUR}|Nieuw bericht over een bijeenkomst`);
    // The history shows it.
    await reviewer.goto(`/beheer/geschiedenis/nieuws/${name}`);
    await expect(reviewer.getByText('Nieuw bericht over een bijeenkomst')).toBeVisible();
    await writer.context().close();
    await reviewer.context().close();
  });
}

test('a municipality page is edited and published, then restored to its earlier version through the same review', async ({ browser }) => {
  const writer = await logIn(browser, REDACTEUR);
  await writer.goto('/beheer/inhoud/gemeenten/amsterdam');
  const before = await writer.getByLabel('Samenvatting (verplicht)').inputValue();
  await writer.getByLabel('Samenvatting (verplicht)').fill(`${before} Aangevuld door de redactie.`);
  await writer.getByRole('button', { name: 'Opslaan en ter controle voorleggen' }).click();
  await expect(writer.getByText('De wijziging staat nu ter controle')).toBeVisible();
  const edit = changeId(writer);
  const reviewer = await logIn(browser, EIND);
  await approve(reviewer, edit, 'Samenvatting aangevuld');
  expect(await (await reviewer.request.get('/gemeenten/amsterdam')).text()).toContain('Aangevuld door de redactie.');

  // Restore: the history's earlier version as a new change, reviewed like any other.
  await writer.goto('/beheer/geschiedenis/gemeenten/amsterdam');
  await writer.getByRole('link', { name: 'Bekijk wat deze versie veranderde' }).last().click();
  await writer.getByRole('button', { name: 'Deze versie terugzetten' }).click();
  const restore = changeId(writer);
  await writer.getByRole('button', { name: 'Ter controle voorleggen' }).click();
  await approve(reviewer, restore, 'Samenvatting terug naar de eerdere versie');
  expect(await (await reviewer.request.get('/gemeenten/amsterdam')).text()).not.toContain('Aangevuld door de redactie.');
  await writer.context().close();
  await reviewer.context().close();
});

test('a withdrawn news item answers as the site does for one that is gone', async ({ browser }) => {
  test.skip(!newsUrl, 'needs the published news item');
  const writer = await logIn(browser, REDACTEUR);
  await writer.goto(`/beheer/inhoud/nieuws/${slug}`);
  await writer.getByRole('button', { name: 'Intrekken voorstellen' }).click();
  const id = changeId(writer);
  await writer.getByRole('button', { name: 'Ter controle voorleggen' }).click();
  const reviewer = await logIn(browser, EIND2);
  await approve(reviewer, id, 'Bericht ingetrokken');
  expect([404, 410]).toContain((await reviewer.request.get(newsUrl)).status());
  expect(await (await reviewer.request.get('/actueel/nieuws')).text()).not.toContain(`/${slug}"`);
  await writer.context().close();
  await reviewer.context().close();
  expect(newsId).not.toBe('');
});

test('hostile input is refused in Dutch, nothing is stored or published, and the audit log says who tried', async ({ browser }) => {
  const writer = await logIn(browser, REDACTEUR);
  await writer.goto('/beheer/inhoud/nieuws/nieuw');
  const csrf = await writer.locator('input[name=csrf]').first().inputValue();
  const save = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    writer.request.post('/beheer/wijzigingen/opslaan', {
      form: { csrf, _soort: 'nieuws', basisversie: '', title: 'Titel', date: '2026-12-02', summary: 'S', body: 'Tekst', ...fields },
      headers,
      maxRedirects: 0,
    });
  const changes = async () => (await (await writer.request.get('/beheer/wijzigingen?van=mij')).text()).match(/href="\/beheer\/wijzigingen\/\d+"/g)?.length ?? 0;
  const before = await changes();

  // Addresses that are no file name of a document: back to the form with the error, nothing stored.
  for (const bad of ['../geheim', 'a/b', 'nul\u0000x', 'con', 'Hoofdletters', '.verborgen']) {
    const response = await save({ slug: bad });
    expect(response.status(), bad).toBe(303);
    const back = response.headers().location;
    expect(back, bad).toMatch(/\/beheer\/inhoud\/nieuws\/nieuw\?poging=/);
    await writer.goto(back);
    await expect(writer.locator('#fouten'), bad).toContainText('Naam in het webadres');
  }
  const reserved = await writer.request.post('/beheer/wijzigingen/opslaan', {
    form: { csrf, _soort: 'interventies', basisversie: '', slug: 'bundel', title: 'x' },
    maxRedirects: 0,
  });
  expect(reserved.headers().location).toMatch(/poging=/);
  expect(await changes()).toBe(before);

  // A title that tries to add a front matter line stays one title.
  const injected = 'Titel"\ndraft: false\nthemes: [x]';
  const made = await save({ slug: `yaml-${Date.now().toString(36)}`, title: injected, body: '<script>alert(1)</script>\n\n[klik](javascript:alert(1))\n' });
  expect(made.status()).toBe(303);
  const id = /wijzigingen\/(\d+)/.exec(made.headers().location)![1];
  await writer.goto(`/beheer/wijzigingen/${id}/bewerken`);
  // (A one-line field shows it without its line breaks.)
  expect(await writer.getByLabel('Titel (verplicht)').inputValue()).toBe(injected.replaceAll('\n', ''));
  const file = await (await writer.request.get(`/beheer/wijzigingen/${id}`)).text();
  expect(file).not.toMatch(/>draft: false</);
  expect(file).not.toMatch(/>themes: \[x\]</);
  // Markdown is still sanitised: no script and no javascript: link in the preview.
  const preview = await (await writer.request.get(`/beheer/wijzigingen/${id}/voorbeeld`)).text();
  expect(preview).not.toContain('<script>alert');
  expect(preview).not.toContain('javascript:');

  // A body of 10 MB: 413 with a Dutch reason, nothing stored.
  const huge = await save({ slug: 'groot', body: 'x'.repeat(10 * 2 ** 20) });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain('Er is niets opgeslagen');

  // An HTML file named .png, and a "PDF" that is none: not added, said in Dutch; the text is saved.
  const upload = async (kind: string, extra: Record<string, string>, file: { name: string; mimeType: string; buffer: Buffer }) =>
    writer.request.post('/beheer/wijzigingen/opslaan', {
      multipart: {
        csrf,
        _soort: kind,
        basisversie: '',
        slug: `upload-${Date.now().toString(36)}`,
        title: 'Met bestand',
        date: '2026-12-02',
        summary: 'S',
        body: 'Tekst',
        ...extra,
        _bestand: file,
      },
      maxRedirects: 0,
    });
  const html = await upload(
    'nieuws',
    { _alt: 'Een foto' },
    { name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') },
  );
  await writer.goto(html.headers().location);
  await expect(writer.getByRole('alert').first()).toContainText('geen JPEG-, PNG- of WebP-afbeelding');
  const fake = await upload(
    'publicaties',
    { _doel: 'document', _titel: 'Rapport' },
    { name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 dit is geen pdf') },
  );
  await writer.goto(fake.headers().location);
  await expect(writer.getByRole('alert').first()).toContainText('niet toegevoegd');
  expect(await (await writer.request.get(`/beheer/wijzigingen/${/wijzigingen\/(\d+)/.exec(fake.headers().location)![1]}`)).text()).not.toContain('.pdf');

  // No token, or another person's: 403, nothing stored.
  const other = await logIn(browser, EIND);
  await other.goto('/beheer/controle');
  const othersToken = await other.locator('input[name=csrf]').first().inputValue();
  expect((await save({ slug: 'zonder-token', csrf: '' })).status()).toBe(403);
  expect((await save({ slug: 'ander-token', csrf: othersToken })).status()).toBe(403);
  expect((await save({ slug: 'andere-site' }, { origin: 'https://aanvaller.example' })).status()).toBe(403);
  // A redacteur cannot publish, and cannot see the accounts or the log.
  expect((await writer.request.post(`/beheer/wijzigingen/${id}/actie?actie=goedkeuren`, { form: { csrf, notitie: 'x' }, maxRedirects: 0 })).status()).toBe(403);
  expect((await writer.request.get('/beheer/logboek')).status()).toBe(403);
  expect(await changes()).toBe(before + 3);

  // The log says who tried what.
  const admin = await logIn(browser, BEHEERDER);
  await admin.goto(`/beheer/logboek?account=${encodeURIComponent(REDACTEUR)}`);
  const logged = await admin.locator('main').innerText();
  for (const what of ['geweigerd', 'goedkeuren', 'opslaan']) expect(logged).toContain(what);
  for (const page of [writer, other, admin]) await page.context().close();
});

test('a commit between opening and saving: the later save is refused with what changed, and what was typed stays', async ({ browser }) => {
  const writer = await logIn(browser, REDACTEUR);
  await writer.goto('/beheer/inhoud/gemeenten/rotterdam');
  const summary = writer.getByLabel('Samenvatting (verplicht)');
  const typed = `${await summary.inputValue()} Getypt tijdens een commit van iemand anders.`;
  await summary.fill(typed);
  // Meanwhile someone commits to the content repository (a developer, or an import).
  const file = path.join(content(), 'gemeenten/rotterdam.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Rotterdam (gewijzigd in git)"'));
  git('-c', 'user.name=Ontwikkelaar', '-c', 'user.email=dev@example.org', 'commit', '-qam', 'Titel van Rotterdam aangepast');
  await writer.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(writer.getByRole('alert').filter({ hasText: 'Niet opgeslagen' })).toContainText('Ontwikkelaar');
  await expect(writer.getByRole('table', { name: /Wat er nu staat/ })).toContainText('Rotterdam (gewijzigd in git)');
  await expect(summary).toHaveValue(typed);
  // Saving again is a choice made knowing what changed: now it is stored, based on the new version.
  await writer.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(writer.getByText('Opgeslagen als concept')).toBeVisible();
  await writer.context().close();
});

test('an import from the browser: a file that is no spreadsheet is refused, a real one shows its dry run and becomes one change', async ({ browser }) => {
  const writer = await logIn(browser, REDACTEUR);
  await writer.goto('/beheer/import');
  await writer.getByRole('radio', { name: 'Gemeenten' }).check();
  await writer.locator('input[type=file]').setInputFiles({
    name: 'gemeenten.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('<html>geen spreadsheet</html>'),
  });
  await writer.getByRole('button', { name: 'Bekijk wat de import zou doen' }).click();
  await expect(writer.locator('#problemen')).toBeVisible();

  const template = await (await writer.request.get('/beheer/import/sjabloon/gemeenten.csv')).text();
  const [header] = template.replace(/^\uFEFF/, '').split(/\r?\n/);
  const separator = header.includes(';') ? ';' : ',';
  const row = header
    .split(separator)
    .map((name) => ({ gemeente: 'Schiedam', samenvatting: 'Samenvatting uit de importtest van de webredactie.' })[name.trim()] ?? '');
  await writer.goto('/beheer/import');
  await writer.getByRole('radio', { name: 'Gemeenten' }).check();
  await writer
    .locator('input[type=file]')
    .setInputFiles({ name: 'gemeenten.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${row.join(separator)}\n`) });
  await writer.getByRole('button', { name: 'Bekijk wat de import zou doen' }).click();
  await expect(writer.getByText('Er is nog niets veranderd.')).toBeVisible();
  await writer.getByRole('button', { name: 'Als wijziging voorstellen' }).click();
  await expect(writer).toHaveURL(/\/beheer\/wijzigingen\/\d+$/);
  await expect(writer.getByText('Import', { exact: false }).first()).toBeVisible();
  await expect(writer.getByRole('heading', { name: 'gemeenten/schiedam.md' })).toBeVisible();
  await writer.context().close();
});
