// The web editor in /beheer (issue 24), on a production server of its own whose content folder is a
// git repository of its own (a copy of the real content): a redacteur writes and proposes, an
// eindredacteur reviews and publishes, the site serves it within seconds; history, restore,
// withdrawal; and the hostile cases, each refused in Dutch with nothing stored or published.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { png } from '@/tests/support/upload-files';
import { startServer, stopServer } from './support/server';

// Ports of its own (3170–3179 in CI); E2E_EDITOR_PORT moves them for a run beside another.
const PORT = Number(process.env.E2E_EDITOR_PORT ?? 3170);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'redactie-wachtwoord-lang-genoeg';
const REDACTEUR = 'redacteur@example.org';
const EIND = 'eindredacteur@example.org';
const EIND2 = 'tweede-eindredacteur@example.org';

test.describe.configure({ mode: 'serial' });
// Each publication runs the content build of the real content; logins cost a scrypt hash each.
test.setTimeout(240_000);

let work: string;
let server: ChildProcess;
const log: string[] = [];
const content = () => path.join(work, 'inhoud');
const git = (...args: string[]) =>
  execFileSync('git', ['-C', content(), ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  }).trim();

test.beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-editor-e2e-'));
  fs.cpSync(path.join(process.cwd(), 'content'), content(), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=Start', '-c', 'user.email=start@example.org', 'commit', '-qm', 'De inhoud van de site');
  const data = path.join(work, 'data');
  for (const [email, role] of [
    [REDACTEUR, 'redacteur'],
    [EIND, 'eindredacteur'],
    [EIND2, 'eindredacteur'],
  ]) {
    const made = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/beheer.ts', 'account', 'toevoegen', email, '--rol', role], {
      input: PASSWORD,
      env: { ...process.env, GKA_DATA_DIR: data },
      encoding: 'utf8',
    });
    if (made.status !== 0) throw new Error(made.stderr);
  }
  server = await startServer(
    PORT,
    data,
    { CONTENT_DIR: content(), GKA_RELEASES_DIR: path.join(work, 'releases'), GKA_RELEASE_POLL_MS: '200', GKA_REQUEST_LOG: '0' },
    { onLine: (line) => log.push(line) },
  );
});

test.afterAll(async () => {
  if (server) await stopServer(server);
  fs.rmSync(work, { recursive: true, force: true });
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
    expect(await axe(writer)).toEqual([]);
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
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(writer.getByRole('heading', { level: 1 })).toHaveText(`Bijeenkomst voor scholen ${name}`);
    await expect(writer.getByRole('region', { name: 'Voorbeeld' })).toContainText('nog niet gepubliceerd');
    const image = writer.getByRole('img', { name: 'Een klaslokaal met tafels in groepjes' });
    await expect(image).toHaveAttribute('src', /\/beheer\/bestanden\/\d+/);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
    await writer.goto(`/beheer/wijzigingen/${id}/voorbeeld?weergave=lijst`);
    await expect(writer.getByRole('link', { name: `Bijeenkomst voor scholen ${name}` })).toBeVisible();

    await writer.goto(`/beheer/wijzigingen/${id}`);
    expect(await axe(writer)).toEqual([]);
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
  expect(await (await reviewer.request.get('/actueel/nieuws')).text()).not.toContain(slug);
  await writer.context().close();
  await reviewer.context().close();
  expect(newsId).not.toBe('');
});
