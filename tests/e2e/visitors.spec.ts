// What visitors meet (issue 25): search that explains itself, lists that page truthfully, feeds
// and calendars people can use, the staff login's greeting, the sign-up field for others than schools, open-data dates.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const shots = '.reports/screenshots/visitors';
const shoot = (page: Page, name: string, width: number) => page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });

for (const width of [375, 1280]) {
  test.describe(`at ${width}px`, () => {
    test.beforeEach(async ({ page }) => page.setViewportSize({ width, height: 900 }));

    test('a compound found only by its parts says so, and which parts', async ({ page }) => {
      await page.goto('/zoeken?q=leesbevordering');
      const note = page.getByText('Geen pagina gaat over “leesbevordering” als geheel.');
      await expect(note).toBeVisible();
      await expect(note).toContainText('lees, bevordering');
      await expect(page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('link').first()).toHaveText('Taalbevordering');
      await shoot(page, 'zoeken-delen', width);
      // A compound whose concept is on the site says nothing of parts.
      await page.goto('/zoeken?q=kansengelijkheid');
      await expect(page.getByText('als geheel')).toHaveCount(0);
    });

    test("a place name without results points to the coordinator finder, and to a GKA municipality's page", async ({ page }) => {
      await page.goto('/zoeken?q=Leeuwarden');
      await expect(page.getByText('Over de gemeente Leeuwarden staat niets op deze site.')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Vind de regiocoördinator voor Leeuwarden' })).toHaveAttribute('href', '/regiocoordinatoren?gemeente=GM0080');
      await expect(page.getByRole('link', { name: /Naar de pagina van de gemeente/ })).toHaveCount(0);
      await shoot(page, 'zoeken-plaats', width);
      await page.getByRole('link', { name: 'Vind de regiocoördinator voor Leeuwarden' }).click();
      await expect(page.locator('main')).toContainText('Leeuwarden');
      // A former name of a GKA municipality: its page too.
      await page.goto('/zoeken?q=Sneek');
      await expect(page.getByRole('link', { name: 'Naar de pagina van de gemeente Súdwest-Fryslân' })).toHaveAttribute('href', '/gemeenten/sudwest-fryslan');
    });

    test('English words find the Dutch pages; under /en, nothing found suggests the Dutch words', async ({ page }) => {
      await page.goto('/en/zoeken?q=poverty');
      await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link', { name: 'Armoede', exact: true })).toBeVisible();
      await page.goto('/en/zoeken?q=xylophone');
      await expect(page.getByText('This site is in Dutch.')).toBeVisible();
      const words = page.locator('ul[lang="nl"]');
      await expect(words.getByRole('link', { name: 'Ouderbetrokkenheid' })).toHaveAttribute('href', /\/en\/zoeken\?q=Ouderbetrokkenheid/);
      await shoot(page, 'en-zoeken-niets', width);
      // The Dutch page does not say so.
      await page.goto('/zoeken?q=xylofoon');
      await expect(page.getByText('Deze site is in het Nederlands.')).toHaveCount(0);
    });

    test('the agenda sign-up asks for a school or organisation', async ({ page }) => {
      await page.goto('/aanmelden/taal-en-ouders');
      await expect(page.getByLabel('School of organisatie')).toBeVisible();
      await expect(page.getByLabel('School', { exact: true })).toHaveCount(0);
      await shoot(page, 'aanmelden-organisatie', width);
    });

    test('a page a list does not have: 404 with the same helpful page', async ({ page }) => {
      const response = await page.goto('/interventies?pagina=2');
      expect(response!.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Deze pagina bestaat niet' })).toBeVisible();
      await shoot(page, 'lijst-404', width);
    });

    test('the calendar: subscribe (webcal:) beside the download, and how to in the common apps', async ({ page, request }) => {
      await page.goto('/actueel/activiteiten');
      await expect(page.getByRole('link', { name: 'Abonneer op de agenda in je agenda-app' })).toHaveAttribute('href', /^webcal:\/\/[^/]+\/agenda\.ics$/);
      await expect(page.getByRole('link', { name: 'Download de agenda (iCal-bestand)' })).toHaveAttribute('href', '/agenda.ics');
      await page.getByRole('link', { name: 'Zo abonneer je in Outlook, Google Agenda of Apple Agenda' }).click();
      await expect(page).toHaveURL(/\/actueel\/activiteiten\/abonneren$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abonneren op de agenda');
      for (const app of ['Outlook', 'Google Agenda', 'Apple Agenda']) await expect(page.getByRole('heading', { level: 2, name: app })).toBeVisible();
      const webcal = await page.getByRole('link', { name: 'Abonneer op de agenda', exact: true }).getAttribute('href');
      // The address shown is the one the webcal: link subscribes to, and it serves the calendar.
      await expect(page.locator('main')).toContainText(webcal!.replace(/^webcal:/, ''));
      const feed = await request.get('/agenda.ics');
      expect(feed.headers()['content-type']).toContain('text/calendar');
      await shoot(page, 'agenda-abonneren', width);
      await page.goto('/en/actueel/activiteiten/abonneren');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Subscribing to the calendar');
    });

    test('a feed opened in a browser is a readable page; readers get the XML', async ({ page, request }) => {
      const response = await page.goto('/actueel/nieuws/rss.xml');
      // A browser asks for HTML first: it gets the feed as application/xml, which it styles.
      expect(response!.headers()['content-type']).toContain('application/xml');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuws van de Gelijke Kansen Alliantie');
      await expect(page.getByRole('heading', { name: 'Wat is een feed?' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Voortgangrapportage 2022' }).first()).toHaveAttribute(
        'href',
        /\/actueel\/nieuws\/2023\/03\/14\/voortgangrapportage-2022$/,
      );
      await shoot(page, 'feed-rss', width);
      await page.goto('/actueel/nieuws/feed.xml');
      await expect(page.getByRole('heading', { name: 'Wat is een feed?' })).toBeVisible();
      await expect(page.locator('.items li').first()).toBeVisible();
      // The selection feed of a list ("Volg deze selectie") too.
      await page.goto('/interventies/rss.xml?thema=armoede');
      await expect(page.getByRole('heading', { name: 'Nu in deze feed' })).toBeVisible();
      // A reader gets the feed itself, with the instruction a reader ignores.
      const feed = await request.get('/actueel/nieuws/rss.xml');
      expect(feed.headers()['content-type']).toContain('application/rss+xml');
      const xml = await feed.text();
      expect(xml).toMatch(/^<\?xml[^>]*\?>\n<\?xml-stylesheet type="text\/xsl" href="\/feed\.xsl"\?>\n<rss /);
      const xsl = await request.get('/feed.xsl');
      expect(xsl.headers()['content-type']).toContain('text/xsl');
    });
  });
}

test('every list answers a page it does not have with 404 and the way back, in both languages', async ({ request }) => {
  for (const list of ['/interventies', '/actueel/nieuws', '/actueel/activiteiten', '/zoeken', '/gemeenten', '/zoeken?q=taal']) {
    for (const locale of ['', '/en']) {
      for (const wrong of ['99', '0', 'abc', '-1']) {
        const address = `${locale}${list}${list.includes('?') ? '&' : '?'}pagina=${wrong}`;
        const response = await request.get(address);
        expect(response.status(), address).toBe(404);
        const html = await response.text();
        expect(html, address).toContain(locale ? 'This page does not exist' : 'Deze pagina bestaat niet');
        expect(html, address).toContain(locale ? 'Go to page 1' : 'Naar pagina 1');
      }
      // The first page is there.
      expect((await request.get(`${locale}${list}${list.includes('?') ? '&' : '?'}pagina=1`)).status()).toBe(200);
      expect((await request.get(`${locale}${list}`)).status()).toBe(200);
    }
  }
});

test('the staff login says a session expired only when there was one', async ({ request }) => {
  // A first visit: sent to the login page, greeted without a notice.
  const first = await request.get('/beheer');
  expect(first.url()).toMatch(/\/beheer\/inloggen\?melding=inloggen$/);
  expect(await first.text()).not.toContain('sessie is verlopen');
  // A browser with a session cookie the server no longer knows: the session expired.
  const cookie = `__Secure-gka_beheer=${'b'.repeat(43)}`;
  const expired = await request.get('/beheer/inloggen?melding=inloggen', { headers: { cookie } });
  expect(await expired.text()).toContain('Je sessie is verlopen. Log opnieuw in.');
  // An address alone cannot say so.
  expect(await (await request.get('/beheer/inloggen?melding=expired')).text()).not.toContain('sessie is verlopen');
});

test("open data dates are those of each dataset's content, in the page, the catalogue and the JSON", async ({ page, request }) => {
  const versions = JSON.parse(fs.readFileSync('data/open-data-versies.json', 'utf8')) as Record<string, { gewijzigd: string }>;
  const catalog = await (await request.get('/open-data/catalogus.jsonld')).json();
  for (const d of catalog['dcat:dataset']) {
    const id = d['@id'].split('#')[1];
    expect(d['dct:modified']['@value'], id).toBe(versions[id].gewijzigd);
    expect((await (await request.get(`/open-data/${id}.json`)).json()).gewijzigd, id).toBe(versions[id].gewijzigd);
  }
  await page.goto('/open-data');
  const day = (iso: string) =>
    new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(`${iso}T12:00:00Z`));
  for (const [id, v] of Object.entries(versions))
    await expect(page.locator(`section[aria-labelledby="${id}-title"]`), id).toContainText(new RegExp(`Laatst gewijzigd\\D{0,12}${day(v.gewijzigd)}`));
  await shoot(page, 'open-data', 1280);
});

test('honest notices, said once; a source that is a web address is a link', async ({ page }) => {
  const count = async (text: string) => ((await page.locator('main').innerText()).match(new RegExp(text, 'g')) ?? []).length;
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/publicaties/voortgangrapportage-2022');
    expect(await count('staat niet op deze site')).toBe(1);
    await expect(page.getByRole('note').getByRole('link', { name: 'gelijkekansen@minocw.nl' })).toHaveAttribute('href', 'mailto:gelijkekansen@minocw.nl');
    await shoot(page, 'publicatie-melding', width);
    await page.goto('/gemeenten/zaanstad');
    expect(await count('49ste')).toBe(1);
    await page.goto('/gemeenten/alkmaar');
    expect(await count('noemen de inhoud')).toBe(1);
    await shoot(page, 'gemeente-melding', width);
  }
  await page.goto('/interventies/gezond-eten-ede');
  await expect(page.getByRole('link', { name: 'www.gelijke-kansen.nl/gemeenten/ede' })).toHaveAttribute('href', 'https://www.gelijke-kansen.nl/gemeenten/ede');
});
