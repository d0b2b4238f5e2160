// The e-mails of the alerts (issue 26): an alert (direct, or a daily or weekly digest), the
// confirmation a sign-up asks for, and the link to the manage page. Pure functions: the sender
// (lib/alerts/deliver.ts) renders a mail when it sends it and hands it to the committed transport
// (lib/mail/committed.ts), which turns it into MIME.
//
// Each mail is written once as a list of blocks and rendered twice, as plain text and as HTML, so
// the two parts cannot say different things. Everything from the content or the store is escaped
// in the HTML; the wording comes from the messages (block `alertMail`), which hold no HTML but
// the <nl> tag that marks Dutch content in an English mail.
import { createHash } from 'node:crypto';
import { translator, type Translator } from '../../i18n/translate';
import { formatLongDate, machineDate } from '../dates';
import { localized, withoutLocale } from '../urls';
import { ALERT_KINDS, type AlertItem, type Frequency } from './items';

export type AlertMime = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** `<melding-42@example.nl>`: the same for every attempt at one delivery, so a receiver can spot a repeat. */
  messageId: string;
};

type Locale = 'nl' | 'en';

type Envelope = {
  locale: Locale;
  /** The site, `https://www.gelijke-kansen.nl`: its links, and the host of the mail's ids. */
  origin: string;
  /** Validated when it was stored; checked again here because it goes into a header. */
  to: string;
  /** The row of alert_deliveries this mail is. */
  deliveryId: string;
};

export type AlertMailInput = Envelope & {
  /** The selection followed; `url` is the absolute address of its page. */
  selection: { title: string; url: string };
  frequency: Frequency;
  items: AlertItem[];
  /** Absolute: the one-click unsubscribe of this subscription (RFC 8058), also linked in the mail. */
  unsubscribeUrl: string;
  /** Absolute: the page to change the frequency or stop one or all subscriptions. */
  manageUrl: string;
};

export type ConfirmationMailInput = Envelope & {
  confirmUrl: string;
  subscriptions: { title: string; url: string; frequency: Frequency }[];
  /** How long the link works; unconfirmed sign-ups are deleted after it. */
  validDays: number;
};

export type ManageLinkMailInput = Envelope & { manageUrl: string };

/** One item or one subscription: a heading that links to its page, and what is said of it. */
type Entry = { title: Part; href: string; date?: string; lines: Part[] };

type Block =
  { h: 1 | 2; part: Part } | { p: Part } | { link: Part; href: string } | { entries: Entry[]; level: 2 | 3 } | { small: Part } | 'rule' | 'signature';

/** Wording in both parts of a mail: plain text, and HTML with everything from outside escaped. */
type Part = { text: string; html: string };

type MarkupKey = Parameters<Translator['markup']>[0];
type Values = Record<string, string | number>;

/** One direct mail for the new items of a publish, or a digest of them grouped by kind. */
export function alertMail(input: AlertMailInput): AlertMime {
  const { locale, frequency, selection } = input;
  const site = siteOf(input.origin);
  const pageUrl = absoluteUrl('het adres van de selectie', selection.url);
  const items = newestFirst(input.items);
  if (!items.length) throw new Error('E-mail niet gemaakt: een melding zonder nieuwe items.');
  const w = writer(locale);
  const sel = { selection: selection.title };
  const entries = (list: AlertItem[]): Entry[] =>
    list.map((item) => ({
      title: w.dutch(item.title),
      href: itemUrl(site, item.url, locale),
      date: item.date,
      lines: item.summary ? [w.dutch(item.summary)] : [],
    }));
  const groups =
    frequency === 'direct'
      ? [{ entries: entries(items), level: 2 as const }]
      : ALERT_KINDS.map((kind) => items.filter((i) => i.kind === kind))
          .filter((group) => group.length)
          .flatMap((group): Block[] => [
            { h: 2, part: w.say(`alertMail.kinds.${group[0].kind}`) },
            { entries: entries(group), level: 3 },
          ]);
  const subject = w.t(`alertMail.subject.${frequency}`, { count: items.length, selection: oneLine(selection.title), title: oneLine(items[0].title) });
  const unsubscribeUrl = absoluteUrl('het afmeldadres', input.unsubscribeUrl);
  return mime(
    input,
    site,
    'melding',
    subject,
    [
      { h: 1, part: w.say(`alertMail.heading.${frequency}`, sel) },
      { p: w.say('alertMail.intro', { ...sel, count: items.length }) },
      ...groups,
      { link: w.say('alertMail.viewSelection', sel), href: pageUrl },
      'rule',
      { small: w.say('alertMail.why', { ...sel, frequency: w.t(`alertMail.frequency.${frequency}`) }) },
      { link: w.say('alertMail.manage'), href: absoluteUrl('het adres van de beheerpagina', input.manageUrl) },
      { link: w.say('alertMail.unsubscribe', sel), href: unsubscribeUrl },
      'signature',
    ],
    {
      // RFC 2369 and RFC 8058: the mail program's own "unsubscribe" button, one POST without a page.
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      // RFC 2919: one list per selection, whatever the language, so a filter on it keeps working.
      'List-Id': `<${listLabel(pageUrl)}.e-mailmeldingen.${site.host}>`,
    },
  );
}

/** The double opt-in: nothing but this mail is sent until its link is used. */
export function confirmationMail(input: ConfirmationMailInput): AlertMime {
  const site = siteOf(input.origin);
  const w = writer(input.locale);
  if (!input.subscriptions.length) throw new Error('E-mail niet gemaakt: een bevestiging zonder aanmelding.');
  const entries = input.subscriptions.map((s): Entry => ({
    title: w.dutch(s.title),
    href: absoluteUrl('het adres van de selectie', s.url),
    lines: [w.say('alertMail.confirm.subscription', { frequency: w.t(`alertMail.frequency.${s.frequency}`) })],
  }));
  return mime(input, site, 'bevestiging', w.t('alertMail.confirm.subject'), [
    { h: 1, part: w.say('alertMail.confirm.heading') },
    { p: w.say('alertMail.confirm.intro') },
    { entries, level: 2 },
    { link: w.say('alertMail.confirm.action'), href: absoluteUrl('de bevestigingslink', input.confirmUrl) },
    { p: w.say('alertMail.confirm.nothingUntil') },
    { p: w.say('alertMail.confirm.expires', { days: input.validDays }) },
    { p: w.say('alertMail.confirm.notYou') },
    'rule',
    'signature',
  ]);
}

/** The link to the manage page, asked for on the site. */
export function manageLinkMail(input: ManageLinkMailInput): AlertMime {
  const site = siteOf(input.origin);
  const w = writer(input.locale);
  return mime(input, site, 'link', w.t('alertMail.link.subject'), [
    { h: 1, part: w.say('alertMail.link.heading') },
    { p: w.say('alertMail.link.intro') },
    { link: w.say('alertMail.link.action'), href: absoluteUrl('het adres van de beheerpagina', input.manageUrl) },
    { p: w.say('alertMail.link.what') },
    { p: w.say('alertMail.link.keep') },
    { p: w.say('alertMail.link.notYou') },
    'rule',
    'signature',
  ]);
}

type Site = { origin: string; host: string };

function siteOf(origin: string): Site {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`E-mail niet gemaakt: "${origin}" is geen adres van de site.`);
  }
  // The host goes into Message-ID and List-Id, which allow no port and no brackets.
  if (!/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '') || !/^[a-z0-9.-]+$/.test(url.hostname))
    throw new Error(`E-mail niet gemaakt: "${origin}" is geen adres van de site.`);
  return { origin: url.origin, host: url.hostname };
}

/** A link in a mail: absolute http(s), nothing that could end the attribute or the header's <…>. */
function absoluteUrl(what: string, value: string): string {
  if (!/^https?:\/\/[^\s<>"\\\p{Cc}]+$/u.test(value)) throw new Error(`E-mail niet gemaakt: ${what} is geen absoluut http(s)-adres.`);
  return value;
}

/** An item's page in the subscriber's language; `url` is the site path the selection gave it. */
function itemUrl(site: Site, path: string, locale: Locale): string {
  if (!/^\/(?!\/)/.test(path)) throw new Error(`E-mail niet gemaakt: "${path}" is geen pad op de site.`);
  return absoluteUrl('het adres van een item', site.origin + localized(path, locale));
}

/** The selection's label in List-Id: its address without language, hashed to fit a dot-atom. */
function listLabel(pageUrl: string): string {
  const url = new URL(pageUrl);
  return (
    's' +
    createHash('sha256')
      .update(withoutLocale(url.pathname) + url.search)
      .digest('hex')
      .slice(0, 16)
  );
}

/** Content titles may hold line breaks (and other controls); a subject is one line. */
const oneLine = (value: string) => value.replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();

/** Each item once (by address), the newest first; items without a date (agendas) last. */
function newestFirst(items: AlertItem[]): AlertItem[] {
  const seen = new Set<string>();
  const once = items.filter((i) => !seen.has(i.url) && seen.add(i.url));
  // Dates are ISO (YYYY-MM-DD, an event's start YYYY-MM-DDTHH:mm): as strings they sort as times.
  return once.sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : 0));
}

function writer(locale: Locale) {
  const t = translator(locale);
  // Under /en the interface is English and the content stays Dutch: a screen reader reads it as Dutch.
  const dutchHtml = (html: string) => (locale === 'nl' ? html : `<span lang="nl">${html}</span>`);
  return {
    t,
    dutch: (value: string): Part => ({ text: value, html: dutchHtml(escapeHtml(value)) }),
    say: (key: MarkupKey, values: Values = {}): Part => ({
      text: t.markup(key, { ...values, nl: (chunks: string) => chunks }),
      html: t.markup(key, {
        ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? escapeHtml(v) : v])),
        nl: dutchHtml,
      }),
    }),
  };
}

/** `kind` as in alert_deliveries: it starts the Message-ID. */
function mime(
  envelope: Envelope,
  site: Site,
  kind: 'melding' | 'bevestiging' | 'link',
  subject: string,
  blocks: Block[],
  listHeaders: Record<string, string> = {},
): AlertMime {
  const to = address(envelope.to);
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(envelope.deliveryId)) throw new Error('E-mail niet gemaakt: het nummer van de verzending is ongeldig.');
  const headers = { ...listHeaders, 'Auto-Submitted': 'auto-generated', 'Content-Language': envelope.locale };
  for (const [name, value] of Object.entries(headers)) oneHeaderLine(`de kopregel ${name}`, value);
  return {
    to,
    subject: oneHeaderLine('het onderwerp', subject),
    text: renderText(blocks, envelope.locale, site),
    html: renderHtml(blocks, envelope.locale, site, subject),
    headers,
    messageId: `<${kind}-${envelope.deliveryId}@${site.host}>`,
  };
}

/** A line break in a header would start a header (or a body) of someone else's choosing. */
function oneHeaderLine(what: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new Error(`E-mail niet gemaakt: ${what} bevat een regeleinde.`);
  return value;
}

/** Exactly one bare address: a list or a display name would reach others than the subscriber. */
function address(value: string): string {
  oneHeaderLine('het e-mailadres', value);
  if (!/^[^\s@<>(),;:"[\]\\\p{Cc}]+@[^\s@<>(),;:"[\]\\\p{Cc}]+$/u.test(value))
    throw new Error('E-mail niet gemaakt: het e-mailadres is niet één geldig adres.');
  return value;
}

// ---- Plain text: URLs on a line of their own, so every mail program makes them links.

function renderText(blocks: Block[], locale: Locale, site: Site): string {
  const t = translator(locale);
  const underline = (text: string, c: string) => `${text}\n${c.repeat([...text].length)}`;
  const entry = (e: Entry) => [e.title.text, ...(e.date ? [formatLongDate(e.date, locale)] : []), ...e.lines.map((l) => l.text), e.href].join('\n');
  const text = blocks.map((b) => {
    if (b === 'rule') return '-- ';
    if (b === 'signature') return [t('site.name'), t('site.ministry'), site.origin].join('\n');
    if ('h' in b) return underline(b.part.text, b.h === 1 ? '=' : '-');
    if ('p' in b) return b.p.text;
    if ('link' in b) return `${b.link.text}:\n${b.href}`;
    if ('small' in b) return b.small.text;
    return b.entries.map(entry).join('\n\n');
  });
  return text.join('\n\n') + '\n';
}

// ---- HTML: one column that fits 320 px, inline styles only (mail programs drop <style> and
// stylesheets), no images and nothing remote. Colours pass WCAG AA on white: text #1a1a1a
// (17:1), secondary text #4d4d4d (8.5:1), links #154273 (10:1) and underlined.

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const STYLE = {
  body: `margin:0;padding:0;background-color:#ffffff;color:#1a1a1a;${FONT}`,
  column: `max-width:600px;margin:0 auto;padding:16px;font-size:16px;line-height:1.5;overflow-wrap:break-word;word-wrap:break-word;${FONT}`,
  h1: 'margin:0 0 16px;font-size:24px;line-height:1.25;color:#1a1a1a;',
  h2: 'margin:24px 0 8px;font-size:20px;line-height:1.3;color:#1a1a1a;',
  entry: 'margin:0 0 4px;font-size:18px;line-height:1.3;color:#1a1a1a;',
  p: 'margin:0 0 16px;',
  list: 'list-style:none;margin:0 0 16px;padding:0;',
  item: 'margin:0 0 24px;padding:0;',
  meta: 'margin:0 0 4px;color:#4d4d4d;',
  a: 'color:#154273;text-decoration:underline;',
  rule: 'border:0;border-top:1px solid #8c8c8c;margin:32px 0 16px;',
  small: 'margin:0 0 12px;font-size:14px;color:#4d4d4d;',
};

function renderHtml(blocks: Block[], locale: Locale, site: Site, subject: string): string {
  const t = translator(locale);
  const a = (href: string, html: string) => `<a href="${escapeHtml(href)}" style="${STYLE.a}">${html}</a>`;
  const entry = (e: Entry, level: 2 | 3) =>
    `<li style="${STYLE.item}"><h${level} style="${STYLE.entry}">${a(e.href, e.title.html)}</h${level}>` +
    (e.date ? `<p style="${STYLE.meta}"><time datetime="${escapeHtml(machineDate(e.date))}">${escapeHtml(formatLongDate(e.date, locale))}</time></p>` : '') +
    e.lines.map((l) => `<p style="${STYLE.meta}">${l.html}</p>`).join('') +
    '</li>';
  const body = blocks.map((b) => {
    if (b === 'rule') return `<hr style="${STYLE.rule}">`;
    if (b === 'signature') return `<p style="${STYLE.small}">${a(site.origin, escapeHtml(t('site.name')))}<br>${escapeHtml(t('site.ministry'))}</p>`;
    if ('h' in b) return `<h${b.h} style="${STYLE[b.h === 1 ? 'h1' : 'h2']}">${b.part.html}</h${b.h}>`;
    if ('p' in b) return `<p style="${STYLE.p}">${b.p.html}</p>`;
    if ('link' in b) return `<p style="${STYLE.p}">${a(b.href, b.link.html)}</p>`;
    if ('small' in b) return `<p style="${STYLE.small}">${b.small.html}</p>`;
    return `<ul style="${STYLE.list}">${b.entries.map((e) => entry(e, b.level)).join('\n')}</ul>`;
  });
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.column}">`,
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
