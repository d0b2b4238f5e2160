import { describe, expect, it } from 'vitest';
import { alertMail, confirmationMail, manageLinkMail, type AlertMailInput } from './mail';
import type { AlertItem } from './items';

const ORIGIN = 'https://gka.example';
const item = (over: Partial<AlertItem>): AlertItem => ({
  url: '/interventies/brede-brugklas',
  kind: 'interventie',
  title: 'Brede brugklas',
  summary: 'Later kiezen.',
  ...over,
});

const ITEMS: AlertItem[] = [
  item({ url: '/interventies/brede-brugklas', date: '2023-03-14' }),
  item({
    url: '/actueel/activiteiten/2024/01/18/start',
    kind: 'activiteit',
    title: 'Start leernetwerken',
    summary: 'Voor schoolleiders.',
    date: '2024-01-18T16:00',
  }),
  item({ url: '/actueel/nieuws/2023/03/14/voortgang', kind: 'nieuws', title: 'Voortgangsrapportage', summary: 'Aan de Kamer.', date: '2023-03-14' }),
  item({ url: '/interventies/vroeg-beginnen', title: 'Vroeg beginnen', summary: 'Met peuters.', date: '2024-02-01' }),
  item({ url: '/actueel/landelijke-thema-agendas/armoede', kind: 'agenda', title: 'Omgaan met armoede', summary: '' }),
];

const input = (over: Partial<AlertMailInput> = {}): AlertMailInput => ({
  locale: 'nl',
  origin: ORIGIN,
  to: 'anna@example.nl',
  selection: { title: 'Interventies — Thema: Armoede', url: `${ORIGIN}/interventies?thema=armoede` },
  frequency: 'direct',
  items: [ITEMS[0]],
  unsubscribeUrl: `${ORIGIN}/formulieren/e-mailmeldingen/afmelden?code=af.1`,
  manageUrl: `${ORIGIN}/e-mailmeldingen/beheren?code=be.1`,
  deliveryId: '42',
  ...over,
});

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

describe('alertMail', () => {
  it('announces one new item directly: subject, title, date, summary and link in both parts', () => {
    const mail = alertMail(input());
    expect(mail.to).toBe('anna@example.nl');
    expect(mail.subject).toBe('Nieuw bij Interventies — Thema: Armoede: Brede brugklas');
    expect(mail.text).toContain('Brede brugklas\ndinsdag 14 maart 2023\nLater kiezen.\nhttps://gka.example/interventies/brede-brugklas\n');
    expect(mail.html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(mail.html).toContain(`<title>${mail.subject}</title>`);
    expect(count(mail.html, /<h1[ >]/g)).toBe(1);
    expect(mail.html).toMatch(/<li[^>]*><h2[^>]*><a href="https:\/\/gka\.example\/interventies\/brede-brugklas"[^>]*>Brede brugklas<\/a><\/h2>/);
    expect(mail.html).toContain('<time datetime="2023-03-14">dinsdag 14 maart 2023</time>');
    expect(mail.html).toContain('Later kiezen.');
    // The Dutch mail marks nothing as Dutch: the whole document is.
    expect(mail.html).not.toContain('lang="nl"><');
  });

  it('says why it came, links to manage and to unsubscribe, and names the site and the ministry', () => {
    const mail = alertMail(input({ frequency: 'wekelijks', items: ITEMS }));
    expect(mail.text).toContain('Je krijgt deze e-mail omdat je je hebt aangemeld voor e-mail over Interventies — Thema: Armoede, één keer per week.');
    expect(mail.text).toContain(
      'Wijzig hoe vaak je e-mail krijgt, of stop met een of alle e-mailmeldingen:\nhttps://gka.example/e-mailmeldingen/beheren?code=be.1\n',
    );
    expect(mail.text).toContain(
      'Afmelden voor e-mail over Interventies — Thema: Armoede:\nhttps://gka.example/formulieren/e-mailmeldingen/afmelden?code=af.1\n',
    );
    expect(mail.text).toMatch(/Gelijke Kansen Alliantie\nEen initiatief van het ministerie van Onderwijs, Cultuur en Wetenschap\nhttps:\/\/gka\.example\n$/);
    expect(hrefs(mail.html)).toEqual(
      expect.arrayContaining([
        'https://gka.example/e-mailmeldingen/beheren?code=be.1',
        'https://gka.example/formulieren/e-mailmeldingen/afmelden?code=af.1',
        'https://gka.example/interventies?thema=armoede',
        'https://gka.example',
      ]),
    );
    // Every link of the HTML part is in the text part, each on a line of its own.
    for (const href of hrefs(mail.html)) expect(mail.text.split('\n')).toContain(href);
  });

  it('groups a digest by kind, the newest first, and names each item once', () => {
    const mail = alertMail(input({ frequency: 'wekelijks', items: [...ITEMS, ITEMS[0]] }));
    expect(mail.subject).toBe('Weekoverzicht: 5 nieuwe items bij Interventies — Thema: Armoede');
    const headings = [...mail.text.matchAll(/^(.+)\n-+$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Nieuws', 'Activiteiten', 'Interventies', "Landelijke thema-agenda's"]);
    expect(mail.text.indexOf('Vroeg beginnen')).toBeLessThan(mail.text.indexOf('Brede brugklas'));
    expect(count(mail.text, /^Brede brugklas$/gm)).toBe(1);
    expect(count(mail.html, /<h2[ >]/g)).toBe(4);
    expect(count(mail.html, /<h3[ >]/g)).toBe(5);
    expect(mail.text).toContain('Omgaan met armoede\nhttps://gka.example/actueel/landelijke-thema-agendas/armoede');
    expect(alertMail(input({ frequency: 'dagelijks', items: [ITEMS[1]] })).subject).toBe('Dagoverzicht: 1 nieuw item bij Interventies — Thema: Armoede');
    expect(alertMail(input({ items: ITEMS.slice(0, 2) })).subject).toBe('2 nieuwe items bij Interventies — Thema: Armoede');
  });

  it('in English: English wording and links to /en, the Dutch content marked as Dutch', () => {
    const mail = alertMail(input({ locale: 'en', items: [ITEMS[1]] }));
    expect(mail.subject).toBe('New in Interventies — Thema: Armoede: Start leernetwerken');
    expect(mail.html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(mail.html).toContain(
      '<h1 style="margin:0 0 16px;font-size:24px;line-height:1.25;color:#1a1a1a;">New in <span lang="nl">Interventies — Thema: Armoede</span></h1>',
    );
    expect(mail.html).toContain('><span lang="nl">Start leernetwerken</span></a>');
    expect(mail.html).toContain('<span lang="nl">Voor schoolleiders.</span>');
    expect(mail.html).toContain('<time datetime="2024-01-18T16:00:00+01:00">Thursday, 18 January 2024</time>');
    expect(mail.text).toContain('https://gka.example/en/actueel/activiteiten/2024/01/18/start\n');
    expect(mail.text).toContain(
      'You are getting this e-mail because you signed up for e-mail about Interventies — Thema: Armoede, as soon as there is something new.',
    );
    expect(mail.text).toContain('An initiative of the Dutch Ministry of Education, Culture and Science');
    expect(mail.headers['Content-Language']).toBe('en');
  });

  it('has the list headers of RFC 2369, 2919 and 8058, and a Message-ID per delivery', () => {
    const mail = alertMail(input());
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<https://gka.example/formulieren/e-mailmeldingen/afmelden?code=af.1>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': expect.stringMatching(/^<s[0-9a-f]{16}\.e-mailmeldingen\.gka\.example>$/),
      'Auto-Submitted': 'auto-generated',
      'Content-Language': 'nl',
    });
    expect(mail.messageId).toBe('<melding-42@gka.example>');
    expect(alertMail(input()).messageId).toBe(mail.messageId);
    // One list per selection, in either language; another selection is another list.
    expect(alertMail(input({ locale: 'en', selection: { title: 'x', url: `${ORIGIN}/en/interventies?thema=armoede` } })).headers['List-Id']).toBe(
      mail.headers['List-Id'],
    );
    expect(alertMail(input({ selection: { title: 'x', url: `${ORIGIN}/interventies?thema=taal` } })).headers['List-Id']).not.toBe(mail.headers['List-Id']);
  });

  it('escapes what the content holds and loads nothing', () => {
    const title = 'Taal & <b>ouders</b> "samen" \'s avonds <script>alert(1)</script>';
    const mail = alertMail(
      input({ locale: 'en', selection: { title, url: `${ORIGIN}/zoeken?q=%3Cb%3E&jaar=2024&x='y'` }, items: [item({ title, summary: title })] }),
    );
    expect(mail.html).not.toMatch(/<script|<b>|"samen"|'s avonds/);
    expect(mail.html).toContain('Taal &amp; &lt;b&gt;ouders&lt;/b&gt; &quot;samen&quot; &#39;s avonds &lt;script&gt;');
    expect(mail.text).toContain(title);
    expect(mail.html).toContain('href="https://gka.example/zoeken?q=%3Cb%3E&amp;jaar=2024&amp;x=&#39;y&#39;"');
    expect(mail.html).not.toMatch(/<img|<style|<link|<script|<iframe|src=|url\(/i);
    // The only addresses in the HTML are its links.
    expect(mail.html.replace(/href="[^"]*"/g, '')).not.toMatch(/https?:/);
  });

  it('keeps a subject on one line and refuses anything that would add a header', () => {
    expect(alertMail(input({ items: [item({ title: 'Eerste regel\r\nBcc: iemand@example.org' })] })).subject).toBe(
      'Nieuw bij Interventies — Thema: Armoede: Eerste regel Bcc: iemand@example.org',
    );
    expect(alertMail(input({ selection: { title: 'Thema\nArmoede', url: `${ORIGIN}/themas/armoede` } })).subject).toBe(
      'Nieuw bij Thema Armoede: Brede brugklas',
    );
    expect(() => alertMail(input({ to: 'anna@example.nl\r\nBcc: iemand@example.org' }))).toThrow('E-mail niet gemaakt: het e-mailadres bevat een regeleinde.');
    expect(() => alertMail(input({ to: 'anna@example.nl, iemand@example.org' }))).toThrow('niet één geldig adres');
    expect(() => alertMail(input({ to: 'Iemand <iemand@example.org>' }))).toThrow('niet één geldig adres');
    expect(() => alertMail(input({ unsubscribeUrl: `${ORIGIN}/afmelden?code=1\r\nBcc: iemand@example.org` }))).toThrow('het afmeldadres is geen absoluut');
    expect(() => alertMail(input({ unsubscribeUrl: 'javascript:alert(1)' }))).toThrow('het afmeldadres is geen absoluut');
    expect(() => alertMail(input({ manageUrl: `${ORIGIN}/beheren?code=1" onclick="x` }))).toThrow('beheerpagina is geen absoluut');
    expect(() => alertMail(input({ manageUrl: `${ORIGIN}/beheren?code=1><b>` }))).toThrow('beheerpagina is geen absoluut');
    expect(() => alertMail(input({ items: [item({ url: '//elders.example/x' })] }))).toThrow('geen pad op de site');
    expect(() => alertMail(input({ deliveryId: '1>\r\nX: y' }))).toThrow('het nummer van de verzending');
    expect(() => alertMail(input({ origin: 'https://gka.example/pad' }))).toThrow('geen adres van de site');
    expect(() => alertMail(input({ items: [] }))).toThrow('zonder nieuwe items');
  });
});

describe('confirmationMail', () => {
  const confirm = (locale: 'nl' | 'en') =>
    confirmationMail({
      locale,
      origin: ORIGIN,
      to: 'anna@example.nl',
      confirmUrl: `${ORIGIN}/e-mailmeldingen/bevestigen?code=bv.1`,
      subscriptions: [
        { title: 'Thema Armoede', url: `${ORIGIN}/themas/armoede`, frequency: 'dagelijks' },
        { title: 'Nieuws', url: `${ORIGIN}/actueel/nieuws`, frequency: 'direct' },
      ],
      validDays: 7,
      deliveryId: '7',
    });

  it('asks to confirm, says what comes how often, that nothing comes before, the 7 days, and to ignore it if unasked', () => {
    const mail = confirm('nl');
    expect(mail.subject).toBe('Bevestig je aanmelding voor e-mail van de Gelijke Kansen Alliantie');
    expect(mail.text).toContain('Thema Armoede\nJe krijgt e-mail één keer per dag.\nhttps://gka.example/themas/armoede\n');
    expect(mail.text).toContain('Nieuws\nJe krijgt e-mail zodra er iets nieuws is.\nhttps://gka.example/actueel/nieuws\n');
    expect(mail.text).toContain('Ja, ik wil deze e-mail krijgen:\nhttps://gka.example/e-mailmeldingen/bevestigen?code=bv.1\n');
    expect(mail.text).toContain('Tot je bevestigt, sturen we je niets anders dan deze e-mail.');
    expect(mail.text).toContain('De link werkt 7 dagen. Bevestig je niet op tijd, dan verwijderen we je aanmelding.');
    expect(mail.text).toContain('Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren.');
    expect(hrefs(mail.html)).toContain('https://gka.example/e-mailmeldingen/bevestigen?code=bv.1');
    expect(count(mail.html, /<h1[ >]/g)).toBe(1);
    expect(mail.headers).toEqual({ 'Auto-Submitted': 'auto-generated', 'Content-Language': 'nl' });
    expect(mail.messageId).toBe('<bevestiging-7@gka.example>');
  });

  it('in English, with the selections marked as Dutch', () => {
    const mail = confirm('en');
    expect(mail.subject).toBe('Confirm your sign-up for e-mail from the Gelijke Kansen Alliantie');
    expect(mail.text).toContain('The link works for 7 days.');
    expect(mail.text).toContain('Did you not ask for this? Then you can ignore this e-mail.');
    expect(mail.html).toContain('><span lang="nl">Thema Armoede</span></a>');
  });
});

describe('manageLinkMail', () => {
  it('brings the link to the manage page', () => {
    const mail = manageLinkMail({
      locale: 'nl',
      origin: ORIGIN,
      to: 'anna@example.nl',
      manageUrl: `${ORIGIN}/e-mailmeldingen/beheren?code=be.2`,
      deliveryId: '8',
    });
    expect(mail.subject).toBe('Je link om je e-mailmeldingen van de Gelijke Kansen Alliantie te beheren');
    expect(mail.text).toContain('Beheer je e-mailmeldingen:\nhttps://gka.example/e-mailmeldingen/beheren?code=be.2\n');
    expect(mail.text).toContain('Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren. Er verandert dan niets.');
    expect(mail.html).toContain(
      '<a href="https://gka.example/e-mailmeldingen/beheren?code=be.2" style="color:#154273;text-decoration:underline;">Beheer je e-mailmeldingen</a>',
    );
    expect(mail.headers['List-Unsubscribe']).toBeUndefined();
    expect(mail.messageId).toBe('<link-8@gka.example>');
    expect(() => manageLinkMail({ locale: 'nl', origin: ORIGIN, to: 'a@b.nl\nc', manageUrl: `${ORIGIN}/x`, deliveryId: '8' })).toThrow('regeleinde');
  });
});
