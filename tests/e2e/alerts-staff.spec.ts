import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startServer, stopServer } from './support/server';

// What staff see of the e-mail alerts (/beheer/meldingen): every role the counts and never an
// address; a beheerder one address's data (an AVG request), looked up by POST and deleted after a
// confirmation, in the audit log by a mark. A server of its own, its database seeded with alerts
// before it starts (support/alert-seed.ts). Without JavaScript: everything here is forms and links.

test.describe.configure({ mode: 'serial', timeout: 180_000 });

// A port of its own; E2E_ALERTS_STAFF_PORT moves it for a run beside another.
const PORT = Number(process.env.E2E_ALERTS_STAFF_PORT ?? 3186);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'meldingen-wachtwoord-lang-genoeg';
const BEHEERDER = 'beheer-meldingen@example.org';
const OTHER_BEHEERDER = 'beheer-twee@example.org';
const REDACTEUR = 'redacteur-meldingen@example.org';
// SCREENSHOTS=/some/folder keeps the page at 375 and 1280 px there, to look at by hand.
const SHOTS = process.env.SCREENSHOTS;

let server: ChildProcess;
let work: string;

test.beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-meldingen-'));
  const data = path.join(work, 'data');
  for (const [email, role] of [
    [BEHEERDER, 'beheerder'],
    [OTHER_BEHEERDER, 'beheerder'],
    [REDACTEUR, 'redacteur'],
  ]) {
    const made = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/beheer.ts', 'account', 'toevoegen', email, '--rol', role], {
      input: PASSWORD,
      env: { ...process.env, GKA_DATA_DIR: data },
      encoding: 'utf8',
    });
    if (made.status !== 0) throw new Error(made.stderr);
  }
  execFileSync(process.execPath, ['scripts/run-ts.mjs', 'tests/e2e/support/alert-seed.ts', data]);
  server = await startServer(PORT, data, { GKA_REQUEST_LOG: '0' });
});

test.afterAll(async () => {
  if (server) await stopServer(server);
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The same address in a browser with JavaScript and the same session; its context closed by the caller. */
async function withScripts(page: Page): Promise<Page> {
  const context = await page
    .context()
    .browser()!
    .newContext({ baseURL: ORIGIN, storageState: await page.context().storageState() });
  const twin = await context.newPage();
  await twin.goto(page.url());
  return twin;
}

/** axe runs as a script: it checks the page's address with JavaScript (every page here is a GET after a redirect). */
async function axe(page: Page): Promise<string[]> {
  const twin = await withScripts(page);
  try {
    const { violations } = await new AxeBuilder({ page: twin }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  } finally {
    await twin.context().close();
  }
}

/** A browser without JavaScript, logged in. */
async function loggedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: ORIGIN, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/beheer/inloggen');
  await page.fill('#email', email);
  await page.fill('#wachtwoord', PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/beheer/);
  return page;
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('a redacteur sees the counts per selection and the outbox, never an address, and is refused an address’s data', async ({ browser }) => {
  const page = await loggedIn(browser, REDACTEUR);
  const nav = page.getByRole('navigation', { name: 'Beheer' });
  await nav.getByRole('link', { name: 'E-mailmeldingen' }).click();
  await expect(page).toHaveURL(/\/beheer\/meldingen$/);
  await expect(nav.getByRole('link', { name: 'E-mailmeldingen' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-mailmeldingen');

  const table = page.getByRole('table', { name: 'Volgers en verzonden meldingen per selectie' });
  // Most followed first: Nieuws (one direct, one daily), then the other two by title.
  await expect(table.locator('tbody th')).toContainText(['Nieuws', 'Podcast', 'Thema: Armoede']);
  await expect(table.getByRole('row', { name: /^Nieuws/ }).getByRole('cell')).toHaveText(['1', '1', '0', '0', '2', /\d{4} om \d\d:\d\d/]);
  await expect(table.getByRole('row', { name: /^Thema: Armoede/ }).getByRole('cell')).toHaveText(['0', '0', '0', '1', '0', 'nog niet']);
  await expect(table.getByRole('row', { name: /^Totaal/ }).getByRole('cell')).toHaveText(['1', '1', '0', '1', '2', '']);
  await expect(table.getByRole('link', { name: 'Thema: Armoede' })).toHaveAttribute('href', '/themas/armoede');
  await expect(page.getByRole('definition')).toHaveText(['2', '0', '0', '0']);

  const main = page.getByRole('main');
  await expect(main).not.toContainText('@');
  await expect(main).not.toContainText('Gegevens van één adres');
  expect(await axe(page)).toEqual([]);
  await shoot(page, 'redacteur');

  // A lookup's address, or the lookup itself posted by hand with their own valid token: 403.
  const refusedPage = await page.goto('/beheer/meldingen?adres=AAAAAAAAAAAAAAAAAAAAAA');
  expect(refusedPage?.status()).toBe(403);
  // Next renders the 403 page of /beheer (forbidden.tsx) only with JavaScript, as for /beheer/accounts.
  const refusal = await withScripts(page);
  await expect(refusal.getByText('Dit mag alleen een beheerder; u bent redacteur.')).toBeVisible();
  await refusal.context().close();
  expect(await axe(page)).toEqual([]);
  await page.goto('/beheer/meldingen');
  const csrf = (await page.locator('input[name="csrf"]').first().getAttribute('value'))!;
  for (const action of ['/beheer/meldingen/opzoeken', '/beheer/meldingen/verwijderen']) {
    const post = await page.request.post(action, { form: { csrf, email: 'juf@example.org' }, maxRedirects: 0 });
    expect(post.status(), action).toBe(403);
    expect(await post.text(), action).not.toContain('juf@');
  }
  await page.context().close();
});

test('a beheerder looks up an address by POST, sees its subscriptions, deletes all of it after confirming, and the log names it by a mark', async ({
  browser,
}) => {
  const page = await loggedIn(browser, BEHEERDER);
  await page.goto('/beheer/meldingen');
  const form = page.getByRole('region', { name: 'Gegevens van één adres (AVG-verzoek)' });
  expect(await axe(page)).toEqual([]);

  // A mistake: the summary takes the focus and links to the field, which keeps what was typed.
  await form.getByLabel('E-mailadres').fill('geen adres');
  await form.getByRole('button', { name: 'Opzoeken' }).click();
  await expect(page.locator('#fouten')).toBeFocused();
  await expect(page.locator('#avg-email-fout')).toContainText('Vul een geldig e-mailadres in');
  await expect(page.locator('#avg-email')).toHaveValue('geen adres');
  expect(await axe(page)).toEqual([]);

  await form.getByLabel('E-mailadres').fill(' Juf@Example.org ');
  await form.getByRole('button', { name: 'Opzoeken' }).click();
  // The address is in no URL: only the random id of the kept lookup.
  expect(page.url()).toMatch(/\/beheer\/meldingen\?adres=[A-Za-z0-9_-]{22}#avg-resultaat$/);
  await expect(form.getByRole('heading', { name: 'Opgeslagen voor juf@example.org' })).toBeVisible();
  await expect(form).toContainText('2 mails verzonden in de laatste 30 dagen, geen wachtend op verzending.');
  const subscriptions = form.getByRole('table', { name: 'Aanmeldingen' });
  await expect(subscriptions.getByRole('row', { name: /^Nieuws/ }).getByRole('cell')).toHaveText(['Dagelijks', 'Nederlands', /\d{4}$/, /^ja, /]);
  await expect(subscriptions.getByRole('row', { name: /^Thema: Armoede/ }).getByRole('cell')).toHaveText([
    'Wekelijks',
    'Nederlands',
    /\d{4}$/,
    'nee (wordt na 7 dagen verwijderd)',
  ]);
  await expect(form.getByRole('listitem').filter({ hasText: 'Adres opzoeken' })).toContainText(`door ${BEHEERDER}`);
  expect(await axe(page)).toEqual([]);
  await shoot(page, 'beheerder-opgezocht');

  // The lookup is this beheerder's: another beheerder with its address is told to look it up again.
  const other = await loggedIn(browser, OTHER_BEHEERDER);
  await other.goto(page.url());
  await expect(other.getByRole('status').filter({ hasText: 'Deze opzoeking is verlopen' })).toBeVisible();
  await expect(other.getByRole('main')).not.toContainText('juf@');
  await other.context().close();

  await form.getByRole('link', { name: 'Alles van dit adres verwijderen' }).click();
  await expect(page.locator('#avg-bevestigen')).toBeFocused();
  await expect(page.locator('#avg-bevestigen')).toHaveText('Alles van juf@example.org verwijderen?');
  expect(await axe(page)).toEqual([]);
  await shoot(page, 'beheerder-bevestigen');
  await page.getByRole('button', { name: 'Ja, alles verwijderen' }).click();
  await expect(page).toHaveURL(/\/beheer\/meldingen\?melding=/);
  expect(decodeURIComponent(page.url())).not.toContain('@');
  await expect(page.getByRole('status').first()).toHaveText('Het adres is verwijderd, met 2 aanmeldingen en 2 mails.');
  const table = page.getByRole('table', { name: 'Volgers en verzonden meldingen per selectie' });
  await expect(table.getByRole('row', { name: /^Totaal/ }).getByRole('cell')).toHaveText(['1', '0', '0', '0', '1', '']);
  expect(await axe(page)).toEqual([]);

  // Asked again: nothing stored, and what was done before with this address.
  await form.getByLabel('E-mailadres').fill('juf@example.org');
  await form.getByRole('button', { name: 'Opzoeken' }).click();
  await expect(form.getByText('Voor dit adres is niets opgeslagen: geen aanmeldingen en geen mails.')).toBeVisible();
  await expect(form.getByRole('listitem')).toContainText([/Adres opzoeken/, /Adres verwijderen/, /Adres opzoeken/]);
  expect(await axe(page)).toEqual([]);

  // The audit log: the lookups and the delete, by a mark, never the address.
  await page.goto('/beheer/logboek');
  const rows = page.locator('tbody tr');
  const deleted = rows.filter({ hasText: 'Adres verwijderen (e-mailmeldingen, AVG)' }).filter({ hasText: 'Gelukt' });
  await expect(deleted).toContainText(/e-mailadres #[0-9a-f]{16}/);
  await expect(deleted).toContainText('aanmeldingen: 2');
  await expect(deleted).toContainText('mails: 2');
  // The redacteur's attempts are there too, refused.
  await expect(rows.filter({ hasText: REDACTEUR }).filter({ hasText: 'Adres verwijderen' })).toContainText('Geweigerd');
  await expect(page.getByRole('main')).not.toContainText('juf@');
  await page.context().close();
});
