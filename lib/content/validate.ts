// Rules that contentlayer's field types cannot express: formats, closed vocabularies and
// references between documents. Used by the content build (contentlayer.config.ts onSuccess),
// so invalid content never reaches the site. Framework-free: it takes plain documents.
import { z } from 'zod';
import { closest } from '../closest';
import { isDay, isDayTime, amsterdamToInstant } from '../dates';
import { findMunicipality, normalizeName } from '../municipalities/finder';
import { finderIndex, registerMunicipality, REGISTER_YEAR } from '../municipalities/register';
import { SIGNUP_FIELDS } from '../forms/fields';
import { isReservedPagePath } from '../urls';
import { AUDIENCES, EVIDENCE_LEVELS, PROVINCES, SCHOOL_TYPES } from '../vocabulary';

export type Problem = { file: string; field: string; message: string; fix?: string; line?: number };

type RawDoc = { _raw: { sourceFilePath: string }; type: string; slug: string; url: string } & Record<string, unknown>;

export type ContentSet = Record<(typeof COLLECTIONS)[number], RawDoc[]>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Paths owned by routes: a generic page may not take them. */

function oneOf(allowed: readonly string[], unknown: string) {
  return z.string().superRefine((value, ctx) => {
    if (allowed.includes(value)) return;
    const guess = closest(value, allowed);
    ctx.addIssue({
      code: 'custom',
      message: `${unknown} "${value}"`,
      params: { fix: `${guess ? `bedoel je "${guess}"? ` : ''}Kies uit: ${allowed.join(', ')}` },
    });
  });
}

const day = z.string().refine(isDay, { message: 'geen geldige datum', params: { fix: 'schrijf JJJJ-MM-DD tussen aanhalingstekens, bijvoorbeeld "2024-01-18"' } });
const dayOrTime = z.string().refine((v) => isDay(v) || isDayTime(v), {
  message: 'geen geldige datum of tijd',
  params: { fix: 'schrijf "JJJJ-MM-DD" of "JJJJ-MM-DDTUU:MM" (Nederlandse tijd), bijvoorbeeld "2024-01-18T16:00"' },
});
const isWebAddress = (v: string) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol);
const email = z.email({ message: 'geen geldig e-mailadres' });
const nonEmpty = (item: z.ZodType, what: string) => z.array(item).min(1, { message: `noem ten minste één ${what}` });
const cbsCode = z.string().superRefine((code, ctx) => {
  if (registerMunicipality(code)) return;
  ctx.addIssue({
    code: 'custom',
    message: `CBS-code "${code}" bestaat niet in de gemeentelijke indeling ${REGISTER_YEAR}`,
    params: { fix: 'zoek de code op in data/gemeenten-2025.json (GM en vier cijfers, bijvoorbeeld GM0363 voor Amsterdam)' },
  });
});

/**
 * The closed vocabularies of fields, per type and field path (nested fields as `registration.form`,
 * list items as the list): the one list the rules below and the web editor's choices both read, so
 * they cannot disagree. A vocabulary is a fixed list, or the slugs of a collection of documents.
 */
export type Vocabulary = { unknown: string } & ({ values: readonly string[] } | { documents: 'allThemes' | 'allMunicipalities' | 'allNews' | 'allEvents' });

const THEMES: Vocabulary = { documents: 'allThemes', unknown: 'onbekend thema' };
const MUNICIPALITIES: Vocabulary = { documents: 'allMunicipalities', unknown: 'onbekende gemeente' };
const SIGNUP: Vocabulary = { values: SIGNUP_FIELDS, unknown: 'onbekend formulierveld' };

export const VOCABULARIES: Record<string, Record<string, Vocabulary>> = {
  News: { themes: THEMES, municipalities: MUNICIPALITIES },
  Publication: { themes: THEMES, relatedNews: { documents: 'allNews', unknown: 'onbekend nieuwsbericht' } },
  Agenda: { themes: THEMES, relatedEvents: { documents: 'allEvents', unknown: 'onbekende activiteit' }, 'registration.form': SIGNUP },
  Municipality: { themes: THEMES },
  // A region's municipalities are CBS codes (the register), not pages: checked by cbsCode below.
  Region: { provinces: { values: PROVINCES, unknown: 'onbekende provincie' } },
  Intervention: {
    municipality: MUNICIPALITIES,
    themes: THEMES,
    schoolTypes: { values: SCHOOL_TYPES, unknown: 'onbekend onderwijstype' },
    evidenceLevel: { values: EVIDENCE_LEVELS, unknown: 'onbekend bewijsniveau' },
  },
  Event: { themes: THEMES, municipalities: MUNICIPALITIES, audience: { values: AUDIENCES, unknown: 'onbekende doelgroep' }, 'registration.form': SIGNUP },
  Page: { 'registration.form': SIGNUP },
};

/** The values a vocabulary allows in this content. */
export const vocabularyValues = (v: Vocabulary, c: Partial<ContentSet>): readonly string[] => ('values' in v ? v.values : (c[v.documents] ?? []).map((d) => d.slug));

/** Fields that hold a day (`JJJJ-MM-DD`) or a day or a time (`JJJJ-MM-DDTUU:MM`), per type and field path. */
export type DateRule = 'day' | 'dayOrTime';
const REGISTRATION_DATES = { 'registration.deadline': 'day' } as const;
export const DATE_FIELDS: Record<string, Record<string, DateRule>> = {
  News: { date: 'day' },
  Publication: { date: 'day' },
  Agenda: REGISTRATION_DATES,
  Intervention: { date: 'day' },
  Event: { start: 'dayOrTime', end: 'dayOrTime', ...REGISTRATION_DATES, 'sessions.start': 'dayOrTime', 'sessions.end': 'dayOrTime' },
  PodcastEpisode: { date: 'day' },
  Page: { updated: 'day', ...REGISTRATION_DATES },
};
/** The date rule of a field; publishDate (every type) is a day, checked on its own below. */
export const dateRuleOf = (type: string, field: string): DateRule | undefined => (field === 'publishDate' ? 'day' : DATE_FIELDS[type]?.[field]);

function schemas(c: ContentSet) {
  const pick = (type: string, field: string) => {
    const v = VOCABULARIES[type][field];
    return oneOf(vocabularyValues(v, c), v.unknown);
  };
  const date = (type: string, field: string) => (dateRuleOf(type, field) === 'day' ? day : dayOrTime);
  const registrationOf = (type: string) =>
    z
      .object({
        deadline: date(type, 'registration.deadline').optional(),
        email: email.optional(),
        form: z.array(pick(type, 'registration.form')).optional(),
        capacity: z.number().int().positive({ message: 'het aantal plekken is een heel getal groter dan 0' }).optional(),
      })
      .optional();

  const session = z
    .object({ title: z.string().min(1), start: date('Event', 'sessions.start').optional(), end: date('Event', 'sessions.end').optional(), when: z.string().optional() })
    .refine((s) => s.start || s.when, { message: 'een sessie heeft een start (datum) of een omschrijving in "when" nodig' });

  return {
    Theme: z.object({ order: z.number().int() }),
    News: z.object({ date: date('News', 'date'), themes: z.array(pick('News', 'themes')), municipalities: z.array(pick('News', 'municipalities')), legacyPaths: z.array(z.string().refine((v) => /^\/[\w\-./~%]*$/.test(v), { message: 'geen geldig oud adres', params: { fix: 'begin met / en gebruik alleen letters, cijfers, - . _ ~ en /, zonder ? of #' } })) }),
    Publication: z.object({
      date: date('Publication', 'date'),
      themes: z.array(pick('Publication', 'themes')),
      relatedNews: z.array(pick('Publication', 'relatedNews')),
      files: z.array(
        z.object({
          file: z.string().refine((f) => f.startsWith('./') || f.startsWith('/'), {
            message: 'een bestand begint met ./ (naast de Markdown) of / (pad onder public/)',
            params: { fix: 'zet het PDF-bestand naast het Markdown-bestand en schrijf file: ./rapport.pdf' },
          }),
        }),
      ),
      // What lib/content/attachments.ts found wrong with a file, on the line of its `file:`.
      downloads: z.array(z.object({ problem: z.string().optional() })).superRefine((downloads, ctx) =>
        downloads.forEach(({ problem }, i) => problem && ctx.addIssue({ code: 'custom', path: [i, 'bytes'], message: problem })),
      ),
    }),
    Agenda: z.object({ registration: registrationOf('Agenda'), themes: z.array(pick('Agenda', 'themes')), relatedEvents: z.array(pick('Agenda', 'relatedEvents')), instruments: nonEmpty(z.string(), 'instrument') }),
    Municipality: z.object({
      themes: z.array(pick('Municipality', 'themes')),
      gkaSince: z.number().int().min(2016, { message: 'de GKA bestaat sinds 2016' }).max(new Date().getFullYear(), { message: 'ligt in de toekomst' }).optional(),
      agendaPeriod: z.string().regex(/^\d{4}-\d{4}$/, { message: 'schrijf de looptijd als 2019-2021' }).optional(),
      agendaUrl: z.string().refine(isWebAddress, { message: 'geen geldig webadres', params: { fix: 'schrijf het hele adres, beginnend met https://' } }).optional(),
    }),
    Region: z
      .object({
        provinces: z.array(pick('Region', 'provinces')),
        municipalities: z.array(cbsCode),
        email,
        contactName: z.string().optional(),
        photo: z.string().optional(),
        photoAlt: z.string().optional(),
        contactPhoto: z.object({ src: z.string(), problem: z.string().optional() }).nullable().optional(),
      })
      .superRefine((r, ctx) => {
        if (r.photo && !r.contactName) ctx.addIssue({ code: 'custom', path: ['photo'], message: 'een foto zonder naam', params: { fix: 'zet de naam van de regiocoördinator in contactName, of laat de foto weg' } });
        if (r.photo && !r.photoAlt) ctx.addIssue({ code: 'custom', path: ['photoAlt'], message: 'de foto heeft geen beschrijving', params: { fix: 'schrijf in photoAlt wat er op de foto te zien is, bijvoorbeeld "Portret van …"' } });
        if (r.contactPhoto?.problem) ctx.addIssue({ code: 'custom', path: ['photo'], message: `${r.contactPhoto.problem} (${r.contactPhoto.src})`, params: { fix: 'zet de foto naast het Markdown-bestand en schrijf photo: ./bestand.jpg' } });
      }),
    Intervention: z.object({
      slug: z.string().refine((slug) => slug !== 'bundel', { message: 'de naam "bundel" is de downloadpagina van de interventiebundel', params: { fix: 'kies een andere bestandsnaam' } }),
      municipality: pick('Intervention', 'municipality'),
      themes: nonEmpty(pick('Intervention', 'themes'), 'thema'),
      // Empty when the source does not say: the site then shows no school type rather than a guess.
      schoolTypes: z.array(pick('Intervention', 'schoolTypes')),
      evidenceLevel: pick('Intervention', 'evidenceLevel').optional(),
      date: date('Intervention', 'date').optional(),
      source: z.string({ message: 'de bron ontbreekt' }).refine((v) => v.trim() !== '', {
        message: 'de bron is leeg',
        params: { fix: 'schrijf in source waar het feit vandaan komt: de titel van de bron en het adres, bijvoorbeeld "Voortgangrapportage 2022, www.gelijke-kansen.nl/…"' },
      }),
    }),
    Event: z
      .object({
        start: date('Event', 'start'),
        end: date('Event', 'end').optional(),
        audience: nonEmpty(pick('Event', 'audience'), 'doelgroep'),
        themes: z.array(pick('Event', 'themes')),
        municipalities: z.array(pick('Event', 'municipalities')),
        registration: registrationOf('Event'),
        sessions: z.array(session),
      })
      .superRefine((e, ctx) => {
        if (!e.end || !(isDay(e.start) || isDayTime(e.start)) || !(isDay(e.end) || isDayTime(e.end))) return;
        if (amsterdamToInstant(e.end) < amsterdamToInstant(e.start)) {
          ctx.addIssue({ code: 'custom', path: ['end'], message: `het einde (${e.end}) ligt vóór de start (${e.start})`, params: { fix: 'zet het einde na de start' } });
        }
      }),
    PodcastEpisode: z.object({ number: z.number().int().positive(), date: date('PodcastEpisode', 'date').optional() }),
    Page: z.object({ registration: registrationOf('Page'), updated: date('Page', 'updated').optional(), path: z.string().refine((p) => !isReservedPagePath(p), { message: 'dit adres hoort bij een vaste sectie van de site; kies een andere map of naam' }) }),
  } satisfies Record<string, z.ZodType>;
}

const COLLECTIONS = ['allThemes', 'allNews', 'allPublications', 'allAgendas', 'allMunicipalities', 'allRegions', 'allInterventions', 'allEvents', 'allPodcastEpisodes', 'allPages'] as const;

export function validateContent(data: ContentSet, contentDir = 'content'): Problem[] {
  const c = Object.fromEntries(COLLECTIONS.map((k) => [k, data[k] ?? []])) as ContentSet;
  const problems: Problem[] = [];
  const all = schemas(c);
  const file = (d: RawDoc) => `${contentDir}/${d._raw.sourceFilePath}`;
  const seenUrls = new Map<string, RawDoc>();

  for (const docs of Object.values(c)) {
    for (const doc of docs) {
      if (!SLUG.test(doc.slug)) {
        problems.push({ file: file(doc), field: 'bestandsnaam', message: `"${doc.slug}" is geen geldige slug`, fix: 'gebruik alleen kleine letters, cijfers en streepjes, zonder accenten' });
      }
      const schema = all[doc.type as keyof typeof all];
      const result = schema.safeParse(doc);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const fix = (issue as { params?: { fix?: string } }).params?.fix;
          problems.push({ file: file(doc), field: issue.path.join('.') || '(document)', message: issue.message, ...(fix ? { fix } : {}) });
        }
      }
      if (doc.publishDate !== undefined && !isDay(String(doc.publishDate))) {
        problems.push({ file: file(doc), field: 'publishDate', message: 'geen geldige datum', fix: 'schrijf JJJJ-MM-DD tussen aanhalingstekens, bijvoorbeeld "2027-01-15"' });
      }
      for (const image of (doc.images as { src: string; problem?: string }[] | undefined) ?? []) {
        if (image.problem) {
          problems.push({
            file: file(doc),
            field: 'body',
            message: `${image.problem} (${image.src})`,
            fix: 'zet de afbeelding naast het Markdown-bestand en schrijf ![wat er op de afbeelding te zien is](./bestand.jpg)',
          });
        }
      }
      const other = seenUrls.get(doc.url);
      if (other) problems.push({ file: file(doc), field: 'slug', message: `zelfde adres ${doc.url} als ${file(other)}`, fix: 'geef een van beide bestanden een andere naam' });
      else seenUrls.set(doc.url, doc);
    }
  }

  const bySlug = (docs: RawDoc[], what: string) => {
    const seen = new Map<string, RawDoc>();
    for (const d of docs) {
      const prev = seen.get(d.slug);
      if (prev) problems.push({ file: file(d), field: 'slug', message: `${what} "${d.slug}" bestaat al (${file(prev)})`, fix: 'geef dit bestand een andere naam' });
      else seen.set(d.slug, d);
    }
  };
  bySlug(c.allNews, 'nieuwsbericht');
  bySlug(c.allEvents, 'activiteit');
  // A sign-up form lives at /aanmelden/<slug>, whatever it signs up for.
  bySlug(
    [...c.allEvents, ...c.allAgendas, ...c.allPages].filter((d) => (d.registration as { form?: unknown } | undefined)?.form),
    'aanmeldformulier',
  );

  const episodes = new Map<number, RawDoc>();
  for (const e of c.allPodcastEpisodes) {
    const prev = episodes.get(e.number as number);
    if (prev) problems.push({ file: file(e), field: 'number', message: `aflevering ${e.number} bestaat al (${file(prev)})`, fix: 'kies een ander nummer' });
    else episodes.set(e.number as number, e);
  }
  problems.push(...municipalityProblems(c, file));
  return problems;
}

/** A GKA municipality is a real one: its CBS code exists once, and its title is a name of that municipality. */
function municipalityProblems(c: ContentSet, file: (d: RawDoc) => string): Problem[] {
  const problems: Problem[] = [];
  const byCode = new Map<string, RawDoc>();
  for (const m of c.allMunicipalities) {
    const code = String(m.cbsCode ?? '');
    const title = String(m.title ?? '');
    const known = registerMunicipality(code);
    if (!known) {
      const guess = findMunicipality(finderIndex, title);
      problems.push({
        file: file(m),
        field: 'cbsCode',
        message: `CBS-code "${code}" bestaat niet in de gemeentelijke indeling ${REGISTER_YEAR}`,
        fix: guess.status === 'found' ? `voor ${guess.municipality.name} is het ${guess.municipality.code}` : 'zoek de code op in data/gemeenten-2025.json',
      });
      continue;
    }
    const prev = byCode.get(code);
    if (prev) problems.push({ file: file(m), field: 'cbsCode', message: `${code} (${known.name}) heeft al een pagina: ${file(prev)}`, fix: 'één pagina per gemeente' });
    else byCode.set(code, m);
    const names = finderIndex.names.filter((n) => n.code === code && n.kind !== 'former').map((n) => normalizeName(n.label));
    if (!names.includes(normalizeName(title))) {
      problems.push({ file: file(m), field: 'title', message: `"${title}" is niet de naam van ${code} (${known.name})`, fix: `schrijf title: ${known.name}, of controleer de CBS-code` });
    }
  }
  // Every province belongs to exactly one region, every listed municipality to at most one.
  const owner = new Map<string, RawDoc>();
  for (const r of c.allRegions) {
    for (const key of [...((r.provinces as string[]) ?? []), ...((r.municipalities as string[]) ?? [])]) {
      const prev = owner.get(key);
      if (prev) problems.push({ file: file(r), field: (PROVINCES as readonly string[]).includes(key) ? 'provinces' : 'municipalities', message: `${key} hoort al bij ${file(prev)}`, fix: 'laat het bij één regio staan' });
      else owner.set(key, r);
    }
  }
  if (c.allRegions.length > 0) {
    const missing = PROVINCES.filter((p) => !owner.has(p));
    if (missing.length > 0) problems.push({ file: file(c.allRegions[0]), field: 'provinces', message: `geen regio voor ${missing.join(', ')}`, fix: 'zet elke provincie bij één regio, zodat iedere gemeente een regiocoördinator heeft' });
  }
  return problems;
}

/** `pad:regel — veld: wat er mis is — hoe je het oplost`, one line per problem. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} — ${p.field}: ${p.message}${p.fix ? ` — ${p.fix}` : ''}`;
}

export function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p) => `  ${formatProblem(p)}`);
  return `De inhoud bevat ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'}:\n${lines.join('\n')}`;
}
