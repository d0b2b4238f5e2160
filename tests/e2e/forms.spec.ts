import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { freshToken, post, QUESTION, sleep } from './support/forms';

// The forms as visitors use them: without JavaScript (POST, redirect, errors with every field kept,
// GOV.UK error summary with focus) and with it (the same rules as hints), plus what must be refused.

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

const submit = (page: Page) => page.locator('main form[data-enhance-form] button[type=submit]').click();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('errors come back with every field kept, a message at each field and a focused summary; then it is received', async ({ page }) => {
    await page.goto('/aanmelden/taal-en-ouders');
    await page.fill('#veld-naam', 'Meester <b>Test</b>');
    await page.fill('#veld-email', 'geen-adres');
    await page.fill('#veld-gemeente', 'Groningn');
    await page.fill('#veld-motivatie', '<script>alert(1)</script>');
    await submit(page);
    await expect(page).toHaveURL(/\/aanmelden\/taal-en-ouders\?poging=/);
    await expect(page.locator('#fouten')).toBeFocused();
    const summary = page.locator('#fouten');
    await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Er is een probleem');
    await expect(summary.getByRole('link')).toHaveText([
      'Vul een e-mailadres in zoals naam@school.nl',
      'Vul de naam van je school of organisatie in',
      'Vul je functie in',
      'Kies een bestaande Nederlandse gemeente. Bedoel je Groningen?',
    ]);
    await expect(page.locator('#veld-naam')).toHaveValue('Meester <b>Test</b>');
    await expect(page.locator('#veld-email')).toHaveValue('geen-adres');
    await expect(page.locator('#veld-motivatie')).toHaveValue('<script>alert(1)</script>');
    await expect(page.locator('#veld-email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#veld-email')).toHaveAttribute('aria-describedby', /veld-email-fout/);
    await expect(page.locator('#veld-email-fout')).toContainText('Vul een e-mailadres in zoals naam@school.nl');
    await expect(page.locator('#veld-naam')).not.toHaveAttribute('aria-invalid', 'true');

    await page.fill('#veld-email', 'meester@example.org');
    await page.fill('#veld-organisatie', 'Gemeente Leeuwarden');
    await page.fill('#veld-functie', 'Leraar');
    await page.fill('#veld-gemeente', 'groningen');
    // Sent again at once: the minimum fill time holds the first submission only (issue 17, item 8).
    await submit(page);
    await expect(page).toHaveURL(/\/ontvangen\?kenmerk=GKA-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ontvangen');
    await expect(page.getByRole('status')).toContainText('aanmelding voor Taal & Ouders');
    // The confirmation shows nothing the visitor typed: the address can be shared safely.
    await expect(page.locator('main')).not.toContainText('Meester');
    // What happens next, from what is known only: the GKA team reads it; no response time is published.
    const next = page.getByRole('region', { name: 'Wat gebeurt er nu?' });
    await expect(next).toContainText('is bij de GKA binnengekomen');
    await expect(next).toContainText('GKA-team');
    await expect(next).toContainText('geen vaste termijn');
    expect(await next.textContent()).not.toMatch(/\d+\s*(werk)?dag|binnen (een|twee|drie|\d)|uur/);
    await expect(next.getByRole('link', { name: 'gelijkekansen@minocw.nl' })).toHaveAttribute('href', 'mailto:gelijkekansen@minocw.nl');
  });

  test('a sign-up form sits under its agenda in the breadcrumb, with the trail the agenda has', async ({ page }) => {
    await page.goto('/aanmelden/taal-en-ouders');
    const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
    await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Actueel', "Landelijke thema-agenda's", 'Taal & Ouders']);
    await expect(crumbs.getByRole('link', { name: 'Taal & Ouders' })).toHaveAttribute('href', '/actueel/landelijke-thema-agendas/taal-en-ouders');
  });

  test('a form sent too quickly comes back with a notice and its values', async ({ page }) => {
    await page.goto('/contact/vraag-stellen');
    await page.fill('#veld-naam', QUESTION.naam);
    await page.fill('#veld-email', QUESTION.email);
    await page.fill('#veld-vraag', QUESTION.vraag);
    await submit(page);
    await expect(page.locator('#fouten')).toContainText('erg snel verstuurd');
    await expect(page.locator('#veld-vraag')).toHaveValue(QUESTION.vraag);
  });

  test('closed sign-ups say so instead of showing the form', async ({ page }) => {
    await page.goto('/aanmelden/start-gka-leernetwerk-leraren');
    await expect(page.getByRole('status')).toHaveText(/De aanmelding is gesloten\. Aanmelden kon tot en met 17 november 2023\./);
    await expect(page.locator('form[data-enhance-form]')).toHaveCount(0);
    await page.goto('/aanmelden/klassen-de-scholen-in');
    await expect(page.getByRole('status')).toHaveText('De aanmelding is gesloten.');
    await expect(page.locator('form[data-enhance-form]')).toHaveCount(0);
    const unknown = await page.goto('/aanmelden/bestaat-niet');
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  });

  test('the forms are linked where people look for them', async ({ page }) => {
    await page.goto('/contact');
    await page.getByRole('link', { name: 'Stel ze hier' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stel een vraag');
    await page.goto('/voor-scholen/dashboard');
    await page.getByRole('link', { name: 'met het aanvraagformulier' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggegevens voor het dashboard aanvragen');
    await page.goto('/actueel/landelijke-thema-agendas/taal-en-ouders');
    await page.getByRole('link', { name: 'Naar het aanmeldformulier' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmelden: Taal & Ouders');
    await page.goto('/voor-scholen/klassen-de-scholen-in');
    await expect(page.getByText('De aanmelding is gesloten.')).toBeVisible();
  });

  test('the English interface has the same forms in English', async ({ page }) => {
    await page.goto('/en/contact/vraag-stellen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ask a question');
    await submit(page);
    await expect(page).toHaveURL(/\/en\/contact\/vraag-stellen\?poging=/);
    await expect(page.locator('#fouten')).toContainText('Enter your name');
  });
});

test.describe('with JavaScript', () => {
  test('the same rules give hints while filling in, and a valid form posts as usual', async ({ page }) => {
    await page.goto('/contact/initiatief-melden');
    await page.fill('#veld-email', 'niet-goed');
    await page.locator('#veld-email').blur();
    await expect(page.locator('#veld-email-fout')).toHaveText('Fout: Vul een e-mailadres in zoals naam@school.nl');
    await expect(page.locator('#veld-email')).toHaveAttribute('aria-invalid', 'true');
    await page.fill('#veld-email', 'initiatief@example.org');
    await page.locator('#veld-email').blur();
    await expect(page.locator('#veld-email-fout')).toBeHidden();

    await submit(page);
    await expect(page).toHaveURL(/\/contact\/initiatief-melden$/);
    await expect(page.locator('#fouten')).toBeFocused();
    await expect(page.locator('#fouten').getByRole('link')).toHaveText([
      'Vul je naam in',
      'Vul de naam van je school of organisatie in',
      'Vertel kort over het initiatief',
    ]);
    await page.locator('#fouten').getByRole('link', { name: 'Vul je naam in' }).click();
    await expect(page.locator('#veld-naam')).toBeFocused();
    expect(await axe(page)).toEqual([]);

    await page.fill('#veld-naam', 'Initiatiefnemer');
    await page.fill('#veld-organisatie', 'Stichting Voorbeeld');
    await page.fill('#veld-initiatief', 'Huiswerkbegeleiding in de bibliotheek.');
    await page.fill('#veld-website', 'https://example.org/huiswerk');
    await sleep(3_100);
    await submit(page);
    await expect(page).toHaveURL(/\/ontvangen\?kenmerk=GKA-/);
  });

  test('choosing a municipality from the suggestions fills the field without sending the form', async ({ page }) => {
    await page.goto('/voor-scholen/dashboard/inloggegevens-aanvragen');
    await page.locator('#veld-gemeente').click();
    await page.locator('#veld-gemeente').pressSequentially('den bos');
    await page.getByRole('option', { name: /Hertogenbosch/ }).click();
    await expect(page.locator('#veld-gemeente')).toHaveValue("'s-Hertogenbosch");
    await expect(page).toHaveURL(/inloggegevens-aanvragen$/);
  });
});

test.describe('what is refused', () => {
  test('a double click or a resent POST is one submission with one reference', async ({ request }) => {
    const token = await freshToken(request, '/contact/vraag-stellen');
    await sleep(3_100);
    const fields = { ...QUESTION, formulier: token, taal: 'nl' };
    const responses = await Promise.all([post(request, fields), post(request, fields), post(request, fields)]);
    const locations = responses.map((r) => r.headers().location);
    expect(responses.map((r) => r.status())).toEqual([303, 303, 303]);
    expect(locations[0]).toMatch(/^\/ontvangen\?kenmerk=GKA-/);
    expect(new Set(locations).size).toBe(1);
  });

  test('a missing or tampered token, another site, an oversized or odd body: a Dutch explanation, never a 500', async ({ request, page }) => {
    const token = await freshToken(request, '/contact/vraag-stellen');
    await sleep(3_100);
    const cases: [string, Promise<{ status(): number; headers(): Record<string, string> }>][] = [
      ['token', post(request, { ...QUESTION })],
      ['token', post(request, { ...QUESTION, formulier: `${token.slice(0, -2)}xx` })],
      ['token', post(request, { ...QUESTION, formulier: `eyJmIjoidnJhYWcifQ.${token.split('.')[1]}` })],
      ['origin', post(request, { ...QUESTION, formulier: token }, { origin: 'https://kwaadaardig.example', 'sec-fetch-site': 'cross-site' })],
      ['tooLarge', post(request, { ...QUESTION, formulier: token, vraag: 'x'.repeat(300_000) })],
      ['format', request.post('/formulieren/verzenden', { multipart: { formulier: token, naam: 'x' }, maxRedirects: 0 })],
    ];
    for (const [reason, pending] of cases) {
      const response = await pending;
      expect(response.status(), reason).toBe(303);
      expect(response.headers().location, reason).toBe(`/verzenden-mislukt?reden=${reason}`);
    }
    await page.goto('/verzenden-mislukt?reden=origin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Het formulier kon niet worden verwerkt');
    await expect(page.locator('main')).toContainText('vanaf een andere website verstuurd');
    const get = await request.get('/formulieren/verzenden');
    expect(get.status()).toBe(405);
  });

  test('an oversized field or control characters come back as errors with the text kept', async ({ page, request }) => {
    const token = await freshToken(request, '/contact/vraag-stellen');
    await sleep(3_100);
    const long = 'lang '.repeat(1_000);
    const response = await post(request, { ...QUESTION, naam: 'Naam\u0007', vraag: long, formulier: token, taal: 'nl' });
    expect(response.status()).toBe(303);
    await page.goto(response.headers().location);
    await expect(page.locator('#fouten').getByRole('link')).toHaveText([
      'Naam bevat tekens die we niet kunnen verwerken',
      'Je vraag is te lang: gebruik maximaal 4000 tekens',
    ]);
    await expect(page.locator('#veld-vraag')).toHaveValue(long);
    // The server's error state (axe needs JavaScript in the test browser, so it is checked here).
    expect(await axe(page)).toEqual([]);
  });
});
