// Every internal address of the portal is built here, so that the existing site's URL patterns
// (see docs/architecture.md) live in one place.

/** `2023-03-14` or `2023-03-14T10:00` → `2023/03/14` */
function datePath(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) throw new Error(`Geen geldige datum voor een adres: "${date}"`);
  return `${match[1]}/${match[2]}/${match[3]}`;
}

/**
 * Query parameters of an address, in the order given: `{ q: 'taal', thema: ['a', 'b'] }` →
 * `?q=taal&thema=a&thema=b`. Empty values are left out.
 */
export type Filter = Readonly<Record<string, string | readonly string[] | undefined>>;
const withFilter = (path: string, filter: Filter = {}) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) for (const x of typeof v === 'string' ? [v] : (v ?? [])) if (x) params.append(k, x);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};
const themeFilter = (theme?: string) => ({ thema: theme });

/** The query string of a filter without `?`, for a form that carries it along (the staff view's delete). */
export const queryString = (filter: Filter) => withFilter('', filter).slice(1);

export const urls = {
  home: () => '/',
  about: () => '/over-de-gka',
  themes: () => '/themas',
  theme: (slug: string) => `/themas/${slug}`,
  current: () => '/actueel',
  newsIndex: (filter?: Filter) => withFilter('/actueel/nieuws', filter),
  news: (date: string, slug: string) => `/actueel/nieuws/${datePath(date)}/${slug}`,
  eventsIndex: (filter?: Filter) => withFilter('/actueel/activiteiten', filter),
  event: (start: string, slug: string) => `/actueel/activiteiten/${datePath(start)}/${slug}`,
  agendasIndex: () => '/actueel/landelijke-thema-agendas',
  agenda: (slug: string) => `/actueel/landelijke-thema-agendas/${slug}`,
  podcastIndex: () => '/actueel/podcast',
  podcast: (slug: string) => `/actueel/podcast/${slug}`,
  municipalities: (filter?: Filter) => withFilter('/gemeenten', filter),
  municipality: (slug: string) => `/gemeenten/${slug}`,
  interventions: (filter?: Filter) => withFilter('/interventies', filter),
  intervention: (slug: string) => `/interventies/${slug}`,
  bundle: () => '/interventies/bundel',
  publications: () => '/publicaties',
  publication: (slug: string) => `/publicaties/${slug}`,
  forSchools: () => '/voor-scholen',
  coordinators: () => '/regiocoordinatoren',
  questionForm: () => '/contact/vraag-stellen',
  initiativeForm: () => '/contact/initiatief-melden',
  dashboardForm: () => '/voor-scholen/dashboard/inloggegevens-aanvragen',
  signup: (slug: string) => `/aanmelden/${slug}`,
  /** Where every form posts to (POST, then a redirect). */
  formSubmit: () => '/formulieren/verzenden',
  /** The confirmation after a submission; the reference is the only thing in the address. */
  received: (reference: string) => `/ontvangen?kenmerk=${encodeURIComponent(reference)}`,
  formRefused: (reason: string) => `/verzenden-mislukt?reden=${encodeURIComponent(reason)}`,
  staff: (filter?: Filter) => withFilter('/beheer', filter),
  staffLogin: (notice?: string) => withFilter('/beheer/inloggen', { melding: notice }),
  staffSubmission: (id: string) => `/beheer/inzendingen/${encodeURIComponent(id)}`,
  staffExport: (filter?: Filter) => withFilter('/beheer/export.csv', filter),
  staffDelete: () => '/beheer/verwijderen',
  staffSession: () => '/beheer/sessie',
  staffLogout: () => '/beheer/uitloggen',
  // The web editor (lib/editor). `folder` is a content folder (nieuws, activiteiten, …); a page's
  // slug may hold folders of its own (paginas/**), so it is not encoded as one segment.
  staffContent: () => '/beheer/inhoud',
  staffContentKind: (folder: string, filter?: Filter) => withFilter(`/beheer/inhoud/${folder}`, filter),
  staffContentNew: (folder: string) => `/beheer/inhoud/${folder}/nieuw`,
  staffDocument: (folder: string, slug: string) => `/beheer/inhoud/${folder}/${slug.split('/').map(encodeURIComponent).join('/')}`,
  staffHistory: (folder: string, slug: string, version?: string) =>
    withFilter(`/beheer/geschiedenis/${folder}/${slug.split('/').map(encodeURIComponent).join('/')}`, { versie: version }),
  staffChanges: (filter?: Filter) => withFilter('/beheer/wijzigingen', filter),
  staffChange: (id: string, filter?: Filter) => withFilter(`/beheer/wijzigingen/${encodeURIComponent(id)}`, filter),
  staffChangeEdit: (id: string, filter?: Filter) => withFilter(`/beheer/wijzigingen/${encodeURIComponent(id)}/bewerken`, filter),
  staffChangeAction: (id: string) => `/beheer/wijzigingen/${encodeURIComponent(id)}/actie`,
  staffPreview: (id: string, filter?: Filter) => withFilter(`/beheer/wijzigingen/${encodeURIComponent(id)}/voorbeeld`, filter),
  staffSave: () => '/beheer/wijzigingen/opslaan',
  staffReview: () => '/beheer/controle',
  staffUpload: (id: string) => `/beheer/bestanden/${encodeURIComponent(id)}`,
  staffImport: (filter?: Filter) => withFilter('/beheer/import', filter),
  staffImportSend: (filter?: Filter) => withFilter('/beheer/import/verzenden', filter),
  staffAccounts: (filter?: Filter) => withFilter('/beheer/accounts', filter),
  staffAudit: (filter?: Filter) => withFilter('/beheer/logboek', filter),
  /** The import's template as a download: `/beheer/import/sjabloon/interventies.xlsx`. */
  staffImportTemplate: (kind: string, format: string) => `/beheer/import/sjabloon/${kind}.${format}`,
  /** Every change to accounts posts here (a field `actie` says which: toevoegen, wijzigen, verwijderen). */
  staffAccountsAction: () => '/beheer/accounts/actie',
  /** The live preview of a body in the editor's form: posted the text, answers its HTML. */
  staffTextPreview: () => '/beheer/inhoud/tekstvoorbeeld',
  region: (slug: string) => `/regiocoordinatoren/${slug}`,
  /** The finder's answer for one municipality (a CBS code or what someone typed). */
  coordinatorFor: (municipality: string) => `/regiocoordinatoren?gemeente=${encodeURIComponent(municipality)}`,
  /** Every municipality and its other names, for the finder's suggestions in the browser. */
  finderData: () => '/regiocoordinatoren/gemeenten.json',
  mapOutline: () => '/kaart/nederland.svg',
  contact: () => '/contact',
  accessibility: () => '/toegankelijkheid',
  privacy: () => '/privacy',
  search: (filter?: Filter) => withFilter('/zoeken', filter),
  // Feeds and calendars. They contain a dot, so the locale proxy leaves them alone and their route
  // handlers live outside app/(site)/[locale] (see proxy.ts).
  // With a theme they follow only that theme (?thema=, the filter of the list pages).
  newsRss: (theme?: string) => withFilter('/actueel/nieuws/rss.xml', themeFilter(theme)),
  newsAtom: (theme?: string) => withFilter('/actueel/nieuws/feed.xml', themeFilter(theme)),
  publicationsRss: (theme?: string) => withFilter('/publicaties/rss.xml', themeFilter(theme)),
  publicationsAtom: (theme?: string) => withFilter('/publicaties/atom.xml', themeFilter(theme)),
  /** The feed of exactly the selection of a list page ("Volg deze selectie"). */
  newsSelectionRss: (filter?: Filter) => withFilter('/actueel/nieuws/rss.xml', filter),
  interventionsRss: (filter?: Filter) => withFilter('/interventies/rss.xml', filter),
  eventsRss: (filter?: Filter) => withFilter('/actueel/activiteiten/rss.xml', filter),
  searchApi: (filter?: Filter) => withFilter('/api/zoeken', filter),
  podcastRss: () => '/actueel/podcast/rss.xml',
  eventCalendar: (slug: string) => `/agenda/${slug}.ics`,
  calendarFeed: () => '/agenda.ics',
  /** The calendar feed for subscribing: the same address with webcal:, which opens a calendar app. */
  calendarSubscription: (origin: string) => `${origin.replace(/^https?:/, 'webcal:')}/agenda.ics`,
  calendarHelp: () => '/actueel/activiteiten/abonneren',
  openData: () => '/open-data',
  openDataFile: (dataset: string, format: 'csv' | 'json') => `/open-data/${dataset}.${format}`,
  openDataCatalog: () => '/open-data/catalogus.jsonld',
  // E-mail alerts (lib/alerts). `selection` is a canonical address such as '/interventies?thema=armoede'.
  // `poging`: a form sent back (its values kept through lib/forms/submissions keepForm), never the address itself.
  alertIndex: (attempt?: string) => withFilter('/e-mailmeldingen', { poging: attempt }),
  alertSignup: (selection: string, attempt?: string) => withFilter('/e-mailmeldingen/aanmelden', { selectie: selection, poging: attempt }),
  /** After a form: "check your e-mail", for a subscription or (`link`) a manage link asked for. */
  alertCheckMail: (after?: 'link') => withFilter('/e-mailmeldingen/controleer-je-e-mail', { na: after }),
  alertConfirm: (code: string, problem?: 'geen-keuze') => withFilter('/e-mailmeldingen/bevestigen', { code, fout: problem }),
  /** The manage page; `notice` says what was just done (and `selection` about what). */
  alertManage: (code: string, notice?: 'bevestigd' | 'frequentie' | 'afgemeld', selection?: string) =>
    withFilter('/e-mailmeldingen/beheren', { code, melding: notice, selectie: selection }),
  alertUnsubscribe: (code: string) => withFilter('/e-mailmeldingen/afmelden', { code }),
  /** "Je bent afgemeld": from one selection (with a link to follow it again), or from everything. */
  alertUnsubscribed: (from?: { selection: string } | 'alles') =>
    withFilter('/e-mailmeldingen/afgemeld', from === 'alles' ? { alles: 'ja' } : { selectie: from?.selection }),
  alertRevoked: () => '/e-mailmeldingen/links-ingetrokken',
  /** A link or form that did not work, with its HTTP status (lib/alerts/requests.ts PROBLEMS). */
  alertProblem: (reason: string) => withFilter('/e-mailmeldingen/niet-gelukt', { reden: reason }),
  /** The POST endpoints of the alert pages; `afmelden` is also where a mail's one-click unsubscribe posts (RFC 8058). */
  alertSubmit: (action: 'aanmelden' | 'bevestigen' | 'beheren' | 'link' | 'afmelden', code?: string) =>
    withFilter(`/formulieren/e-mailmeldingen/${action}`, { code }),
  /** Generic pages: `paginas/voor-scholen/dashboard` → `/voor-scholen/dashboard`. */
  page: (path: string) => `/${path}`,
  // E-mail alerts (staff)
  staffAlerts: (filter?: Filter) => withFilter('/beheer/meldingen', filter),
  /** A beheerder's lookup of one address (an AVG request): the address in the form, never in a URL. */
  staffAlertsLookup: () => '/beheer/meldingen/opzoeken',
  staffAlertsDelete: () => '/beheer/meldingen/verwijderen',
} as const;

/** Prefix an internal path for a locale; Dutch is the default and has no prefix. */
export function localized(path: string, locale: string): string {
  if (locale === 'nl') return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** A locale prefix: `/en` or `/nl` (Next's internal form), alone or before a slash. */
const LOCALE_PREFIX = /^\/(nl|en)(?=\/|$)/;

/** The language of an address: `/en/themas` → `en`, `/themas` and `/nl/themas` → `nl`. */
export function localeOf(pathname: string): string {
  return LOCALE_PREFIX.exec(pathname)?.[1] ?? 'nl';
}

/** `/en/themas` → `/themas`; `/nl/themas` (Next's internal form) → `/themas`. */
export function withoutLocale(pathname: string): string {
  const m = LOCALE_PREFIX.exec(pathname);
  return m ? pathname.slice(m[0].length) || '/' : pathname || '/';
}

/**
 * Where the site lives when there is no request to ask: sitemap, robots and page metadata are
 * built ahead. SITE_URL in production.
 */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string {
  return (env.SITE_URL || 'http://localhost:3000').replace(/\/$/, '');
}

// Where fixed routes end and content pages (content/paginas, the route table's `/*path`) begin.
// tests/routes.test.ts holds these lists against the route table, the folders in app/ and the proxy's matcher.

/** First segments of the fixed pages (server/routes.ts, and Next's forms in app/(site)/[locale]/): no content page may start with one. */
export const FIXED_SECTIONS = [
  'aanmelden',
  'actueel',
  'e-mailmeldingen',
  'gemeenten',
  'interventies',
  'ontvangen',
  'open-data',
  'publicaties',
  'regiocoordinatoren',
  'themas',
  'verzenden-mislukt',
  'zoeken',
] as const;

/** Fixed routes below the address of a content page (contact, voor-scholen/dashboard). */
export const FIXED_SUBPAGES = ['contact/initiatief-melden', 'contact/vraag-stellen', 'voor-scholen/dashboard/inloggegevens-aanvragen'] as const;

/** Endpoints and the staff view: outside the locale proxy (proxy.ts excludes exactly these). */
export const UNLOCALISED_SECTIONS = ['api', 'beheer', 'formulieren'] as const;

/** First segments of feeds and files (server/routes.ts, app/(feeds), app/(files)): their addresses have a dot, so the proxy skips them. */
export const FILE_SECTIONS = [
  'actueel',
  'agenda',
  'agenda.ics',
  'deelafbeeldingen',
  'downloads',
  'feed.css',
  'feed.xsl',
  'interventies',
  'kaart',
  'open-data',
  'publicaties',
  'regiocoordinatoren',
] as const;

const LOCALES = ['nl', 'en'];

/** Whether a content page may have this path (`voor-scholen/dashboard`): not when a fixed route has it. */
export function isReservedPagePath(path: string): boolean {
  const first = path.split('/')[0];
  const reserved: readonly string[] = [...FIXED_SECTIONS, ...UNLOCALISED_SECTIONS, ...FILE_SECTIONS, ...LOCALES];
  return reserved.includes(first) || (FIXED_SUBPAGES as readonly string[]).some((p) => path === p || path.startsWith(`${p}/`));
}
