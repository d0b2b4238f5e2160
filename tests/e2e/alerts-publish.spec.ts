import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { mailText, startSmtpSink } from '../support/smtp-sink';
import { startEditorSite, type EditorSite } from './support/editor-site';
import { sleep } from './support/forms';
import { stopServer } from './support/server';

// E-mail alerts from a publish to the inbox, without JavaScript: people subscribe through the site
// (direct in Dutch, direct in English to a theme page, a daily digest, one who never confirms), a
// release with a new news item on the theme is published with `npm run publiceer`, and each
// confirmed direct subscriber gets one mail with the item; the digest waits for 07:00, the
// unconfirmed get nothing. A mail program's one-click unsubscribe stops the next one. A server of
// its own with a content folder of its own (tests/e2e/support/editor-site.ts) and an SMTP sink.

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ javaScriptEnabled: false });

const PORT = Number(process.env.E2E_ALERTS_PUBLISH_PORT ?? 3192);
const base = `http://127.0.0.1:${PORT}`;
test.use({ baseURL: base });
const THEME = 'taalbevordering';
const NEWS = `/actueel/nieuws?thema=${THEME}`;

let site: EditorSite;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  sink = await startSmtpSink(0);
  site = await startEditorSite(PORT, {
    accounts: [],
    password: 'niet-gebruikt-wachtwoord',
    env: { SMTP_URL: `smtp://127.0.0.1:${sink.port}`, SITE_URL: base, GKA_ALERT_INTERVAL_MS: '500', GKA_ALERT_RATE: '0' },
  });
});
test.afterAll(async () => {
  if (site) {
    await stopServer(site.server);
    fs.rmSync(site.work, { recursive: true, force: true });
  }
  await sink?.close();
});

const mailsTo = (email: string) => sink.received.filter((m) => m.to.includes(email));

async function subscribe(page: Page, email: string, selection: string, frequency: 'direct' | 'dagelijks', locale: 'nl' | 'en' = 'nl') {
  await page.goto(`${locale === 'en' ? '/en' : ''}/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent(selection)}`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator(`input[name="frequentie"][value="${frequency}"]`).check();
  // The forms' minimum fill time (a person takes longer than a bot).
  await sleep(3_100);
  await page.locator('form button[type="submit"]').last().click();
  await expect(page).toHaveURL(/controleer-je-e-mail/);
}

async function confirm(page: Page, email: string) {
  await expect.poll(() => mailsTo(email).length, { timeout: 30_000 }).toBe(1);
  const link = /https?:\/\/[^\s"<>]+\/e-mailmeldingen\/bevestigen\?code=[\w.%-]+/.exec(mailText(mailsTo(email)[0].raw))![0];
  await page.goto(link);
  await page.locator('form button[type="submit"]').last().click();
  await expect(page).toHaveURL(/e-mailmeldingen\/beheren/);
}

/** A news item on the theme, published as the editors' publish does (`npm run publiceer` on the content folder). */
function publishNews(slug: string, title: string) {
  fs.writeFileSync(
    path.join(site.content, 'nieuws', `${slug}.md`),
    `---\ntitle: "${title}"\ndate: "2026-12-07"\nsummary: "Een bericht dat alleen in deze test bestaat."\nthemes: [${THEME}]\nmunicipalities: []\n---\n\nTekst van het testbericht.\n`,
  );
  const run = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/publiceer.ts'], {
    env: { ...process.env, CONTENT_DIR: site.content, GKA_RELEASES_DIR: path.join(site.work, 'releases') },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
}

test('a publish mails each new item once to each confirmed direct subscriber, in their language; a one-click stop holds', async ({ page }) => {
  await subscribe(page, 'direct@voorbeeld.invalid', NEWS, 'direct');
  await confirm(page, 'direct@voorbeeld.invalid');
  await subscribe(page, 'english@voorbeeld.invalid', `/themas/${THEME}`, 'direct', 'en');
  await confirm(page, 'english@voorbeeld.invalid');
  await subscribe(page, 'dagelijks@voorbeeld.invalid', NEWS, 'dagelijks');
  await confirm(page, 'dagelijks@voorbeeld.invalid');
  await subscribe(page, 'onbevestigd@voorbeeld.invalid', NEWS, 'direct');
  await expect.poll(() => mailsTo('onbevestigd@voorbeeld.invalid').length, { timeout: 30_000 }).toBe(1);
  // Comparisons before the publish found nothing new: nobody was sent the list as it was.
  await sleep(1_500);
  expect(mailsTo('direct@voorbeeld.invalid')).toHaveLength(1);

  publishNews('e-mailmelding-proef', 'Testbericht voor e-mailmeldingen');
  const item = '/actueel/nieuws/2026/12/07/e-mailmelding-proef';
  await expect.poll(() => mailsTo('direct@voorbeeld.invalid').length, { timeout: 60_000 }).toBe(2);
  await expect.poll(() => mailsTo('english@voorbeeld.invalid').length, { timeout: 30_000 }).toBe(2);

  const dutch = mailsTo('direct@voorbeeld.invalid')[1];
  const text = mailText(dutch.raw);
  expect(text).toContain('Testbericht voor e-mailmeldingen');
  expect(text).toContain(`${base}${item}`);
  expect(dutch.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
  const english = mailText(mailsTo('english@voorbeeld.invalid')[1].raw);
  expect(english).toContain(`${base}/en${item}`);
  expect(english).toMatch(/lang="nl"/);

  // The digest waits for its 07:00; who never confirmed got the confirmation mail only.
  await sleep(2_000);
  expect(mailsTo('dagelijks@voorbeeld.invalid')).toHaveLength(1);
  expect(mailsTo('onbevestigd@voorbeeld.invalid')).toHaveLength(1);
  // Each item once: later comparisons (every 500 ms) sent nothing again.
  expect(mailsTo('direct@voorbeeld.invalid')).toHaveLength(2);

  // A mail program's one-click unsubscribe (RFC 8058): a POST to the List-Unsubscribe address, no cookies, no token field.
  const unsubscribe = /^List-Unsubscribe: <([^>]+)>\r?$/m.exec(dutch.raw.replace(/\r?\n[ \t]+/g, ' '))![1];
  const stopped = await fetch(unsubscribe, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
  expect(stopped.status).toBe(200);

  publishNews('e-mailmelding-proef-2', 'Tweede testbericht voor e-mailmeldingen');
  await expect.poll(() => mailsTo('english@voorbeeld.invalid').length, { timeout: 60_000 }).toBe(3);
  expect(mailsTo('direct@voorbeeld.invalid')).toHaveLength(2);
});
