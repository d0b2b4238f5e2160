import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { freshToken, LOCKOUT, post, QUESTION, sleep, STAFF } from './support/forms';

// The staff view: nothing without a session, a session cookie that only does its job, CSRF on
// every form, and visitors' text shown as text.

// A login costs one scrypt hash of 128 MiB (N=2^17): quick alone, slow on a busy machine, and
// some tests here log in many times.
test.describe.configure({ timeout: 120_000 });

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

async function logIn(page: Page, account = STAFF) {
  await page.goto('/beheer/inloggen');
  await page.fill('#email', account.email);
  await page.fill('#wachtwoord', account.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Sends a question with the given text in every field and returns its reference. */
async function submitQuestion(page: Page, text: string): Promise<string> {
  const token = await freshToken(page.request, '/contact/vraag-stellen');
  await sleep(3_100);
  const response = await post(page.request, { naam: text, email: 'html@example.org', organisatie: text, vraag: text, formulier: token, taal: 'nl' });
  return /kenmerk=(GKA-[0-9A-Z-]+)/.exec(response.headers().location)![1];
}

test('no page, export or action of the staff view answers without a session', async ({ request }) => {
  for (const path of ['/beheer', '/beheer?soort=spam', '/beheer/inzendingen/1', '/beheer/export.csv', '/beheer/export.csv?formulier=vraag']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([303, 307], path).toContain(response.status());
    expect(response.headers().location, path).toMatch(/\/beheer\/inloggen\?melding=inloggen$/);
    expect(await response.text(), path).not.toContain('GKA-');
  }
  for (const path of ['/beheer/verwijderen', '/beheer/uitloggen']) {
    const response = await request.post(path, { form: { id: '1', csrf: 'x' }, maxRedirects: 0 });
    expect(response.status(), path).toBe(303);
    expect(response.headers().location, path).toMatch(/\/beheer\/inloggen/);
  }
  // A made-up cookie is no session either.
  const forged = await request.get('/beheer', { headers: { cookie: `__Secure-gka_beheer=${'a'.repeat(43)}` }, maxRedirects: 0 });
  expect(forged.status()).toBe(307);
});

test('logging in: a wrong password says so, a right one gives a strict session cookie for /beheer only', async ({ page, context }) => {
  await page.goto('/beheer/inloggen');
  expect(await axe(page)).toEqual([]);
  await page.fill('#email', STAFF.email);
  await page.fill('#wachtwoord', 'fout-wachtwoord-123');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.locator('#melding')).toHaveText('Het e-mailadres of wachtwoord is niet goed.');
  await logIn(page);
  await expect(page).toHaveURL(/\/beheer$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inzendingen');
  // How editors add the rest of the interventions and municipalities: here, not on public pages.
  const coverage = page.getByRole('region', { name: 'Inhoud aanvullen' });
  await expect(coverage).toContainText('van de 264 interventies');
  await expect(coverage.getByRole('link', { name: /import van een spreadsheet/ })).toHaveAttribute('href', '/beheer/import');
  const cookie = (await context.cookies()).find((c) => c.name === '__Secure-gka_beheer')!;
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/beheer' });
  // Public pages get no cookie from it.
  const publicPage = await page.request.get('/contact');
  expect(publicPage.headers()['set-cookie']).toBeUndefined();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.locator('#melding')).toHaveText('Je bent uitgelogd.');
  const after = await page.request.get('/beheer', { maxRedirects: 0 });
  expect(after.status()).toBe(307);
});

test('the login form needs its token, and five wrong passwords from one address make it wait', async ({ page, request }) => {
  const noToken = await request.post('/beheer/sessie', { form: { email: STAFF.email, wachtwoord: STAFF.password }, maxRedirects: 0 });
  expect(noToken.headers().location).toBe('/beheer/inloggen?melding=token');
  for (let i = 0; i < 5; i++) {
    await page.goto('/beheer/inloggen');
    await page.fill('#email', LOCKOUT.email);
    await page.fill('#wachtwoord', `fout-${i}-wachtwoord`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  }
  await expect(page.locator('#melding')).toHaveText('Te veel pogingen vanaf dit adres. Wacht een paar minuten en probeer het dan opnieuw.');
  // From this address even the right password waits (from another it gets in: load-and-hostile-input.spec.ts).
  await logIn(page, LOCKOUT);
  await expect(page.locator('#melding')).toHaveText('Te veel pogingen vanaf dit adres. Wacht een paar minuten en probeer het dan opnieuw.');
});

test('visitors’ HTML and script are shown as text, found by the filters, exported safely, deleted only with the CSRF token', async ({ page }) => {
  const marker = `m${Date.now()}`;
  const hostile = `=HYPERLINK("https://kwaad.example") <img src=x onerror="window.__xss=1"> <script>window.__xss=1</script> ${marker}`;
  const reference = await submitQuestion(page, hostile);
  await logIn(page);
  await page.goto(`/beheer?formulier=vraag&tekst=${marker}`);
  await expect(page.getByRole('status').first()).toHaveText('1 inzending');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  await expect(page.locator('dl')).toContainText('<script>window.__xss=1</script>');
  expect(await page.locator('main img, main dl script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await axe(page)).toEqual([]);

  const csv = await page.request.get(`/beheer/export.csv?tekst=${marker}`);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="gka-inzendingen-\d{4}-\d{2}-\d{2}\.csv"/);
  const text = await csv.text();
  expect(text.startsWith('\uFEFFkenmerk;formulier;')).toBe(true);
  expect(text).toContain(reference);
  // A formula from a visitor starts with an apostrophe, so Excel shows it instead of running it.
  expect(text).toContain(`"'=HYPERLINK(""https://kwaad.example"")`);

  const withoutCsrf = await page.request.post('/beheer/verwijderen', { form: { id: '1' }, maxRedirects: 0 });
  expect(withoutCsrf.status()).toBe(403);
  expect(await withoutCsrf.text()).toContain('de beveiligingscode klopt niet');
  await page.goto(`/beheer?tekst=${marker}`);
  await expect(page.getByRole('status').first()).toHaveText('1 inzending');
  await page.getByLabel(`Selecteer ${reference}`).check();
  await page.getByRole('button', { name: 'Geselecteerde inzendingen verwijderen' }).click();
  await expect(page.getByRole('status').first()).toHaveText('1 inzending verwijderd.');
  await expect(page.getByText('Geen inzendingen met deze filters.')).toBeVisible();
});

test('a bot that fills the hidden field is told "received" and lands under spam', async ({ page }) => {
  const token = await freshToken(page.request, '/contact/vraag-stellen');
  await sleep(3_100);
  const marker = `spam${Date.now()}`;
  const response = await post(page.request, { ...QUESTION, vraag: marker, controle_veld: 'https://spam.example', formulier: token, taal: 'nl' });
  expect(response.headers().location).toMatch(/^\/ontvangen\?kenmerk=GKA-/);
  await logIn(page);
  await page.goto(`/beheer?tekst=${marker}`);
  await expect(page.getByRole('status').first()).toHaveText('Geen inzendingen');
  await page.goto(`/beheer?tekst=${marker}&soort=spam`);
  await expect(page.getByRole('status').first()).toHaveText('1 inzending');
  // A bad filter in the address is named and ignored, never an error page.
  const bad = await page.goto('/beheer?van=gisteren&formulier=%3Cscript%3E&pagina=-1');
  expect(bad?.status()).toBe(200);
  await expect(page.getByText('Een filter in het adres klopt niet en is genegeerd: formulier, van, pagina.')).toBeVisible();
});

test('a beheerder makes a redacteur in the browser; the redacteur is refused accounts and logboek, and the logboek says who tried', async ({
  page,
  browser,
}) => {
  await logIn(page);
  await page.goto('/beheer/accounts');
  const nav = page.getByRole('navigation', { name: 'Beheer' });
  await expect(nav.getByRole('link', { name: 'Accounts' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText(`Ingelogd als ${STAFF.email} (beheerder)`)).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // A mistake first: the form comes back with the message at the field and in the summary.
  const email = `redacteur-${Date.now()}@example.org`;
  await page.fill('#nieuw-email', 'geen adres');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.locator('#fouten')).toBeFocused();
  await expect(page.locator('#nieuw-email-fout')).toContainText('Vul een geldig e-mailadres in');
  await expect(page.locator('#nieuw-email')).toHaveValue('geen adres');
  expect(await axe(page)).toEqual([]);

  await page.fill('#nieuw-email', email);
  await page.fill('#nieuw-naam', 'Rita Redacteur');
  await page.getByLabel('Redacteur', { exact: true }).check();
  const password = await page.locator('#nieuw-wachtwoord').inputValue();
  expect(password.length).toBeGreaterThanOrEqual(12);
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByRole('status').first()).toHaveText(`Account ${email} is aangemaakt. Geef het wachtwoord door buiten de e-mail om.`);
  await expect(page.getByRole('heading', { name: email })).toBeVisible();

  // A beheerder cannot take away their own role.
  const own = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: STAFF.email, exact: true }) });
  await own.getByLabel('Rol').selectOption('redacteur');
  await own.getByRole('button', { name: /Wijzigingen opslaan/ }).click();
  await expect(page.locator('#fouten')).toContainText('U kunt uw eigen rol als beheerder niet wijzigen');

  // The redacteur, in a browser of their own.
  const context = await browser.newContext();
  const redacteur = await context.newPage();
  await logIn(redacteur, { email, password });
  await expect(redacteur).toHaveURL(/\/beheer$/);
  await expect(redacteur.getByText(`Ingelogd als ${email} (redacteur)`)).toBeVisible();
  const theirNav = redacteur.getByRole('navigation', { name: 'Beheer' });
  await expect(theirNav.getByRole('link')).toHaveText(['Inhoud', 'Inzendingen', 'Importeren', 'E-mailmeldingen']);
  for (const path of ['/beheer/accounts', '/beheer/logboek']) {
    const response = await redacteur.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(redacteur.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
    await expect(redacteur.getByText('Dit mag alleen een beheerder; u bent redacteur.')).toBeVisible();
    expect(await axe(redacteur)).toEqual([]);
  }
  // Posting the form by hand, with their own valid token: refused as well, and nothing made.
  const csrf = await redacteur.locator('input[name="csrf"]').first().getAttribute('value');
  const post = await redacteur.request.post('/beheer/accounts/actie', {
    form: { csrf: csrf!, actie: 'wijzigen', email, rol: 'beheerder' },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(403);
  expect(post.headers()['cache-control']).toBe('no-store');
  await context.close();

  await page.goto(`/beheer/logboek?account=${encodeURIComponent(email)}`);
  await expect(page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Logboek' })).toHaveAttribute('aria-current', 'page');
  const rows = page.locator('tbody tr');
  await expect(rows.filter({ hasText: '/beheer/accounts' }).first()).toContainText('Pagina bekijken');
  await expect(rows.filter({ hasText: '/beheer/logboek' }).first()).toContainText('Geweigerd');
  await expect(rows.filter({ hasText: 'Account wijzigen' }).first()).toContainText('deze rol mag dit niet');
  await expect(rows.filter({ hasText: 'Inloggen' }).first()).toContainText('Gelukt');
  expect(await axe(page)).toEqual([]);
  // The filter by action is a shareable address.
  await page.getByLabel('Actie').selectOption('account-toevoegen');
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/actie=account-toevoegen/);
});
