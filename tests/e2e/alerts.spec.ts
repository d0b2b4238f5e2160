import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { signAlertToken, type AlertToken } from '@/lib/alerts/tokens';
import { deriveKey } from '@/lib/secret';
import { mailText, startSmtpSink } from '../support/smtp-sink';
import { freshDatabase, postgresBin, startPostgres } from '../support/postgres';
import { sleep, tokenFrom } from './support/forms';
import { startServer, stopServer } from './support/server';

// E-mail alerts as a visitor uses them, without JavaScript: subscribe from a filtered list, confirm
// (opening the link confirms nothing), manage, unsubscribe by the page's button and by a mail
// program's one-click POST; and the bad input of issue 26. A server of its own on PostgreSQL, so the
// test reads what was stored, with an SMTP sink that receives the confirmation and manage-link
// mails (lib/alerts/deliver.ts); their links are followed. An alert's own unsubscribe link comes
// with a publish, which this test does not make: it is signed here as the sender signs it, and so
// is a confirmation link from more than a week ago.

// Each test walks several pages, each checked with axe: longer than the default 30 s on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ javaScriptEnabled: false });

const PORT = Number(process.env.E2E_ALERTS_PORT ?? 3196);
const base = `http://127.0.0.1:${PORT}`;
test.use({ baseURL: base });
const SECRET = 'e2e-alerts-'.padEnd(48, 'x');
const sign = (token: AlertToken) => signAlertToken(deriveKey(SECRET, 'e-mailmeldingen'), token);
/** Where the screenshots of every page go, at 375 and 1280 px, when asked (E2E_SCREENSHOTS_DIR). */
const SHOTS = process.env.E2E_SCREENSHOTS_DIR;

let db: pg.Client;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let stop: () => Promise<void>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const bin = postgresBin();
  test.skip(!bin && !process.env.CI, 'PostgreSQL is niet geïnstalleerd');
  const postgres = await startPostgres(bin!);
  const database = await freshDatabase(postgres.url);
  sink = await startSmtpSink(PORT + 1);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-alerts-'));
  const server = await startServer(PORT, dataDir, {
    DATABASE_URL: database.url,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    GKA_SECRET: SECRET,
    SITE_URL: base,
  });
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
  stop = async () => {
    await db.end();
    await stopServer(server);
    await sink.close();
    await database.drop();
    postgres.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
});
test.afterAll(() => stop?.());

const rows = async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[];
const count = async (sql: string, params: unknown[] = []) => (await rows<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0].n;
type Held = { id: string; version: number };
const addressOf = async (email: string) => (await rows<Held>('select id::text, token_version as version from alert_addresses where email = $1', [email]))[0];
const subscriptionsOf = (email: string) =>
  rows<{ id: string; address: string; frequency: string; confirmed: boolean }>(
    `select s.id::text, sel.address, s.frequency, s.confirmed_at is not null as confirmed from alert_subscriptions s
     join alert_selections sel on sel.id = s.selection_id join alert_addresses a on a.id = s.address_id where a.email = $1 order by s.id`,
    [email],
  );
const mails = (email: string) =>
  rows<{ kind: string }>('select d.kind from alert_deliveries d join alert_addresses a on a.id = d.address_id where a.email = $1 order by d.id', [email]);

/** The link to `page` in the last mail the sink received for `email`, as a path on the site (waits for it). */
async function linkInMail(email: string, page: 'bevestigen' | 'beheren') {
  const pattern = new RegExp(`${base}(/(?:en/)?e-mailmeldingen/${page}\\?code=[\\w.-]+)`);
  await expect.poll(() => sink.received.filter((m) => m.to.includes(email) && pattern.test(mailText(m.raw))).length, { timeout: 30_000 }).toBeGreaterThan(0);
  return pattern.exec(mailText(sink.received.filter((m) => m.to.includes(email) && pattern.test(mailText(m.raw))).at(-1)!.raw))![1];
}

/** The link of the one confirmation mail of an address. */
async function confirmationLink(email: string) {
  expect((await mails(email)).filter((m) => m.kind === 'bevestiging')).toHaveLength(1);
  return linkInMail(email, 'bevestigen');
}
/** A confirmation link as the sender made it at `issued` (a mail of over a week ago). */
async function confirmationLinkOf(email: string, issued: number) {
  const { id, version } = await addressOf(email);
  return `/e-mailmeldingen/bevestigen?code=${sign({ use: 'bevestigen', addressId: id, version, issued })}`;
}
async function unsubscribeCode(email: string, selection: string) {
  const { id, version } = await addressOf(email);
  const subscription = (await subscriptionsOf(email)).find((s) => s.address === selection)!;
  return sign({ use: 'afmelden', subscriptionId: subscription.id, addressId: id, version });
}

/**
 * Axe finds nothing, and the page is photographed at a phone's and a desktop's width. Axe needs
 * scripts, so the page is opened again, at the same address, in a browser that runs them.
 */
async function check(browser: Browser, page: Page, name: string) {
  const context = await browser.newContext({ baseURL: base, javaScriptEnabled: true });
  const seen = await context.newPage();
  try {
    await seen.goto(page.url());
    const results = await new AxeBuilder({ page: seen }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    if (!SHOTS) return;
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const width of [375, 1280]) {
      await seen.setViewportSize({ width, height: 900 });
      await seen.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
    }
  } finally {
    await context.close();
  }
}

/** A sign-up posted as a browser without JavaScript posts it, from a form shown `shownAgo` earlier. */
async function signupToken(selection: string, locale = '') {
  return tokenFrom(await (await fetch(`${base}${locale}/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent(selection)}`)).text());
}
const postSignup = (fields: Record<string, string>) =>
  fetch(`${base}/formulieren/e-mailmeldingen/aanmelden`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ taal: 'nl', frequentie: 'direct', ...fields }),
  });

const SELECTION = '/interventies?thema=armoede';
const EMAIL = 'juf.meldingen@example.nl';

test('subscribe from a filtered list, confirm, change how often, unsubscribe by the page’s button', async ({ browser, page }) => {
  await page.goto('/interventies?thema=armoede&sorteer=titel');
  await page.getByRole('link', { name: 'E-mail bij nieuwe interventies' }).click();
  // The canonical selection: the sort order is no part of it.
  await expect(page).toHaveURL(`/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent(SELECTION)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-mail ontvangen over Interventies — Thema: Armoede');
  await expect(page.getByRole('link', { name: 'Interventies — Thema: Armoede' })).toHaveAttribute('href', SELECTION);
  await check(browser, page, 'aanmelden');

  // Sent without a choice: the form comes back with the address as typed and the message at the field.
  await page.getByLabel('E-mailadres').fill(` ${EMAIL.toUpperCase()}`);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(/\/e-mailmeldingen\/aanmelden\?selectie=.*&poging=/);
  await expect(page.locator('#fouten')).toBeFocused();
  await expect(page.locator('#fouten').getByRole('link')).toHaveText(['Kies hoe vaak je e-mail wilt krijgen']);
  // (An e-mail field drops the spaces around what it shows.)
  await expect(page.getByLabel('E-mailadres')).toHaveValue(EMAIL.toUpperCase());
  await check(browser, page, 'aanmelden-fouten');
  expect(await count('alert_addresses')).toBe(0);

  await page.getByLabel('Eén keer per week, op maandag om 07.00 uur').check();
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL('/e-mailmeldingen/controleer-je-e-mail');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer je e-mail');
  // The address is in no URL and on no page after the form.
  await expect(page.locator('main')).not.toContainText(EMAIL);
  await check(browser, page, 'controleer-je-e-mail');
  expect(await subscriptionsOf(EMAIL)).toMatchObject([{ address: SELECTION, frequency: 'wekelijks', confirmed: false }]);

  // A link scanner opens the confirmation link: nothing is confirmed.
  const confirmUrl = await confirmationLink(EMAIL);
  expect((await fetch(`${base}${confirmUrl}`)).status).toBe(200);
  await page.goto(confirmUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bevestig je e-mailmeldingen');
  await expect(page.getByRole('checkbox', { name: 'Interventies — Thema: Armoede' })).toBeChecked();
  await check(browser, page, 'bevestigen');
  expect((await subscriptionsOf(EMAIL))[0].confirmed).toBe(false);

  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page).toHaveURL(/\/e-mailmeldingen\/beheren\?code=.*&melding=bevestigd$/);
  await expect(page.getByRole('status')).toContainText('Bevestigd');
  await expect(page.getByText(`Voor ${EMAIL}`)).toBeVisible();
  await check(browser, page, 'beheren');
  expect((await subscriptionsOf(EMAIL))[0].confirmed).toBe(true);

  await page.getByRole('radio', { name: 'Zodra er iets nieuws is' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Opgeslagen');
  await expect(page.getByRole('radio', { name: 'Zodra er iets nieuws is' })).toBeChecked();
  expect((await subscriptionsOf(EMAIL))[0].frequency).toBe('direct');

  // The unsubscribe link of a mail: opening it (a scanner, a preview) stops nothing.
  const code = await unsubscribeCode(EMAIL, SELECTION);
  const unsubscribe = `/e-mailmeldingen/afmelden?code=${code}`;
  expect((await fetch(`${base}${unsubscribe}`)).status).toBe(200);
  // The mail's stop link is the endpoint of the one-click POST; opened, it leads to the page.
  const opened = await fetch(`${base}/formulieren/e-mailmeldingen/afmelden?code=${code}`, { redirect: 'manual' });
  expect([opened.status, opened.headers.get('location')]).toEqual([303, unsubscribe]);
  await page.goto(unsubscribe);
  await expect(page.getByText('Wil je geen e-mail meer krijgen over Interventies — Thema: Armoede?')).toBeVisible();
  await check(browser, page, 'afmelden');
  expect(await subscriptionsOf(EMAIL)).toHaveLength(1);
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(`/e-mailmeldingen/afgemeld?selectie=${encodeURIComponent(SELECTION)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je bent afgemeld');
  await expect(page.getByRole('link', { name: 'Meld je opnieuw aan' })).toHaveAttribute(
    'href',
    `/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent(SELECTION)}`,
  );
  await check(browser, page, 'afgemeld');
  expect(await subscriptionsOf(EMAIL)).toHaveLength(0);

  // The confirmation link used again: a clear page with 410, nothing changes.
  const again = await page.goto(confirmUrl);
  expect(again?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link is al gebruikt');
  await check(browser, page, 'link-gebruikt');
  const repost = await fetch(`${base}/formulieren/e-mailmeldingen/bevestigen?code=${new URL(confirmUrl, base).searchParams.get('code')}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'abonnement=1&taal=nl',
  });
  expect([repost.status, repost.headers.get('location')]).toEqual([303, '/e-mailmeldingen/niet-gelukt?reden=gebruikt']);
});

test('a mail program’s one-click unsubscribe (RFC 8058), multipart or url-encoded, from anywhere', async () => {
  const email = 'meester.eenklik@example.nl';
  const selections = ['/actueel/nieuws', '/actueel/podcast'];
  for (const selectie of selections) {
    const token = await signupToken(selectie);
    await sleep(3_100);
    expect((await postSignup({ formulier: token, selectie, email })).headers.get('location')).toBe('/e-mailmeldingen/controleer-je-e-mail');
  }
  const { id, version } = await addressOf(email);
  await db.query('update alert_subscriptions set confirmed_at = now() where address_id = $1', [id]);
  const headers = { origin: 'https://mail.example.com', 'sec-fetch-site': 'cross-site' };
  const form = new FormData();
  form.set('List-Unsubscribe', 'One-Click');
  const multipart = await fetch(`${base}/formulieren/e-mailmeldingen/afmelden?code=${await unsubscribeCode(email, selections[0])}`, {
    method: 'POST',
    headers,
    body: form,
  });
  expect([multipart.status, await multipart.text()]).toEqual([200, 'Je bent afgemeld. Je krijgt hierover geen e-mail meer.']);
  const code = await unsubscribeCode(email, selections[1]);
  const encoded = () =>
    fetch(`${base}/formulieren/e-mailmeldingen/afmelden?code=${code}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
  expect((await encoded()).status).toBe(200);
  expect(await subscriptionsOf(email)).toEqual([]);
  // Again (a mail program retries): the same answer.
  expect((await encoded()).status).toBe(200);
  // A tampered link stops nothing.
  const tampered = await fetch(`${base}/formulieren/e-mailmeldingen/afmelden?code=${code.slice(0, -1)}A`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
  expect(tampered.status).toBe(400);
  expect(version).toBe(1);
});

test('manage: stop one, revoke every link (then the old ones say so), stop everything', async ({ browser, page }) => {
  const email = 'beheer.proef@example.nl';
  for (const selectie of ['/themas/armoede', '/gemeenten/ede']) {
    const token = await signupToken(selectie);
    await sleep(3_100);
    await postSignup({ formulier: token, selectie, email, frequentie: 'dagelijks' });
  }
  await page.goto(await confirmationLink(email));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  const manage = page.url();
  await page.getByRole('button', { name: /^Stop deze e-mails \(Thema Armoede\)$/ }).click();
  await expect(page.getByRole('status')).toHaveText('Je krijgt geen e-mail meer over Thema Armoede.');
  expect((await subscriptionsOf(email)).map((s) => s.address)).toEqual(['/gemeenten/ede']);

  await page.getByRole('button', { name: 'Maak alle links ongeldig' }).click();
  await expect(page).toHaveURL('/e-mailmeldingen/links-ingetrokken');
  await check(browser, page, 'links-ingetrokken');
  const old = await page.goto(manage);
  expect(old?.status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet');
  await check(browser, page, 'link-ongeldig');
  expect(await subscriptionsOf(email)).toHaveLength(1);

  const { id, version } = await addressOf(email);
  expect(version).toBe(2);
  await page.goto(`/e-mailmeldingen/beheren?code=${sign({ use: 'beheren', addressId: id, version })}`);
  await page.getByRole('button', { name: 'Stop alle e-mails' }).click();
  await expect(page).toHaveURL('/e-mailmeldingen/afgemeld?alles=ja');
  await expect(page.getByRole('status')).toContainText('We hebben je e-mailadres en je meldingen verwijderd.');
  expect(await addressOf(email)).toBeUndefined();
});

test('a confirmation link that expired or was tampered with: a clear page with its 4xx, nothing confirmed', async ({ browser, page }) => {
  const email = 'verlopen@example.nl';
  const token = await signupToken('/publicaties');
  await sleep(3_100);
  await postSignup({ formulier: token, selectie: '/publicaties', email });
  const expired = await page.goto(await confirmationLinkOf(email, Date.now() - 8 * 86_400_000));
  expect(expired?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link is verlopen');
  await check(browser, page, 'link-verlopen');
  const good = await confirmationLink(email);
  for (const bad of [
    good.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    good.replace('code=b.', 'code=h.'),
    '/e-mailmeldingen/bevestigen?code=',
    '/e-mailmeldingen/bevestigen',
  ]) {
    const answer = await page.goto(bad);
    expect(answer?.status(), bad).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet');
  }
  expect((await subscriptionsOf(email))[0].confirmed).toBe(false);
});

test('an address subscribed 1,000 times by someone else: one mail, at most 20 waiting, nothing more', async () => {
  test.setTimeout(240_000);
  const email = 'slachtoffer@example.nl';
  const token = await signupToken('/zoeken?q=taal');
  await sleep(3_100);
  const answers = new Map<string, number>();
  for (let i = 0; i < 1000; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: 50 }, (_, j) => postSignup({ formulier: token, selectie: `/zoeken?q=woord${(i + j) % 40}`, email, frequentie: 'direct' })),
    );
    for (const r of batch) answers.set(`${r.status} ${r.headers.get('location')}`, (answers.get(`${r.status} ${r.headers.get('location')}`) ?? 0) + 1);
  }
  // Every post is told the same: check your e-mail.
  expect([...answers]).toEqual([['303 /e-mailmeldingen/controleer-je-e-mail', 1000]]);
  expect(await mails(email)).toEqual([{ kind: 'bevestiging' }]);
  await linkInMail(email, 'bevestigen');
  await sleep(2_000);
  expect(sink.received.filter((m) => m.to.includes(email))).toHaveLength(1);
  const waiting = (await subscriptionsOf(email)).length;
  // Requests at the same moment can each see the last place free (lib/alerts/subscriptions.ts): a brake, not an exact count.
  expect(waiting).toBeGreaterThanOrEqual(20);
  expect(waiting).toBeLessThanOrEqual(25);
  expect(await count('alert_selections where address like $1', ['/zoeken?q=woord%'])).toBe(waiting);
});

test('header injection through the address: the form comes back with the reason, nothing stored or queued', async ({ page }) => {
  const before = [await count('alert_addresses'), await count('alert_deliveries')];
  const token = await signupToken(SELECTION);
  await sleep(3_100);
  for (const email of [
    'juf@example.nl\r\nBcc: iedereen@example.org',
    'juf@example.nl\nSubject: gratis',
    'juf@example.nl, iedereen@example.org',
    'Juf <juf@example.nl>',
  ]) {
    const response = await postSignup({ formulier: token, selectie: SELECTION, email });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/e-mailmeldingen\/aanmelden\?selectie=.*&poging=[\w-]{22}$/);
    await page.goto(response.headers.get('location')!);
    await expect(page.locator('#fouten').getByRole('link')).toHaveText([/^Vul (een geldig|één|alleen het) e-mailadres/]);
  }
  expect([await count('alert_addresses'), await count('alert_deliveries')]).toEqual(before);
});

test('a selection of 10,000 junk parameters, or one the site does not have: a clear 4xx, nothing stored', async ({ browser, page }) => {
  const before = await count('alert_selections');
  const junk = `/interventies?${Array.from({ length: 10_000 }, (_, i) => `x${i}=${i}`).join('&')}`;
  // In the address: past what Node reads of a request head (431), or past the server's bounds (414).
  const asked = await fetch(`${base}/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent(junk)}`);
  expect([414, 431]).toContain(asked.status);
  // A hundred junk parameters beside a filter: dropped, the canonical selection remains.
  const some = `/interventies?${Array.from({ length: 100 }, (_, i) => `x${i}=${i}`).join('&')}&thema=armoede`;
  await page.goto(`/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent(some)}`);
  await expect(page).toHaveURL(`/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent(SELECTION)}`);
  const token = await signupToken(SELECTION);
  await sleep(3_100);
  const posted = await postSignup({ formulier: token, selectie: junk, email: 'iemand@example.nl' });
  expect([posted.status, posted.headers.get('location')]).toEqual([303, '/e-mailmeldingen/niet-gelukt?reden=te-lang']);
  const tooLong = await page.goto(posted.headers.get('location')!);
  expect(tooLong?.status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze selectie is te lang');
  const unknown = await page.goto(`/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent('/beheer/accounts')}`);
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dit kun je niet volgen met e-mail');
  await check(browser, page, 'selectie-onbekend');
  expect(await count('alert_selections')).toBe(before);
  expect(await count('alert_addresses where email = $1', ['iemand@example.nl'])).toBe(0);
});

test('every list and page with a feed offers e-mail alerts for its own selection', async ({ browser, page }) => {
  const offers: [string, string, string][] = [
    ['/actueel/nieuws?thema=armoede&pagina=1', 'E-mail bij nieuwe berichten', '/actueel/nieuws?thema=armoede'],
    ['/actueel/activiteiten', 'E-mail bij nieuwe activiteiten', '/actueel/activiteiten'],
    ['/publicaties', 'E-mail bij nieuwe publicaties', '/publicaties'],
    ['/actueel/podcast', 'E-mail bij nieuwe afleveringen', '/actueel/podcast'],
    ['/themas/armoede', 'E-mail bij iets nieuws over dit thema', '/themas/armoede'],
    ['/gemeenten/ede', 'E-mail bij iets nieuws over deze gemeente', '/gemeenten/ede'],
    ['/zoeken?q=taal&type=nieuws', 'E-mail bij nieuwe zoekresultaten', '/zoeken?q=taal&type=nieuws'],
  ];
  for (const [address, label, selection] of offers) {
    await page.goto(address);
    await expect(page.getByRole('link', { name: label }), address).toHaveAttribute(
      'href',
      `/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent(selection)}`,
    );
  }
  // What kind of mail comes: the newest items of the selection.
  await page.goto(`/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent('/actueel/nieuws')}`);
  await expect(page.getByText('Het nieuwste op dit moment:')).toBeVisible();
  await expect(page.locator('main section ul li')).toHaveCount(3);
  await check(browser, page, 'aanmelden-nieuws');
  // In English, to the English sign-up.
  await page.goto('/en/interventies?thema=armoede');
  await page.getByRole('link', { name: 'E-mail me new interventions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get e-mails about Interventions — Theme: Armoede');
  // The other language shows the same selection.
  await expect(page.getByRole('link', { name: 'Nederlands' })).toHaveAttribute('href', `/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent(SELECTION)}`);
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.locator('#fouten').getByRole('link')).toHaveText(['Choose how often you want to get e-mails', 'Enter your e-mail address']);
  await check(browser, page, 'aanmelden-en');
});

test('the alerts page explains them and mails a manage link on request, the same answer for any address', async ({ browser, page }) => {
  await page.goto('/e-mailmeldingen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-mailmeldingen');
  await check(browser, page, 'e-mailmeldingen');
  await page.getByLabel('E-mailadres').fill('niet-bekend@example.nl');
  await sleep(3_100);
  await page.getByRole('button', { name: 'Stuur mij de link' }).click();
  await expect(page).toHaveURL('/e-mailmeldingen/controleer-je-e-mail?na=link');
  await expect(page.getByRole('status')).toContainText('Horen er e-mailmeldingen bij dit adres');
  await check(browser, page, 'controleer-je-e-mail-link');
  expect(await count('alert_addresses where email = $1', ['niet-bekend@example.nl'])).toBe(0);
  expect(await count(`alert_deliveries where kind = 'link'`)).toBe(0);
  // An address with alerts (here one not confirmed yet) gets the link, once a day, and it opens the manage page.
  const known = 'weet.de.link.niet@example.nl';
  const token = await signupToken('/actueel/podcast');
  await sleep(3_100);
  await postSignup({ formulier: token, selectie: '/actueel/podcast', email: known });
  for (let i = 0; i < 2; i++) {
    await page.goto('/e-mailmeldingen');
    await page.getByLabel('E-mailadres').fill(known);
    await sleep(3_100);
    await page.getByRole('button', { name: 'Stuur mij de link' }).click();
    await expect(page).toHaveURL('/e-mailmeldingen/controleer-je-e-mail?na=link');
  }
  expect(await mails(known)).toEqual([{ kind: 'bevestiging' }, { kind: 'link' }]);
  await page.goto(await linkInMail(known, 'beheren'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je e-mailmeldingen');
  await expect(page.getByRole('main').getByRole('link', { name: 'Podcast Ieder Talent Telt' })).toBeVisible();
  await expect(page.getByText('Nog niet bevestigd: gebruik de link in de bevestigingsmail.')).toBeVisible();

  await page.goto('/en/e-mailmeldingen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-mail alerts');
  await check(browser, page, 'e-mailmeldingen-en');
});
