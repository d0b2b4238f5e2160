// The staff view's query string and export, framework-free: filters come in through zod (a bad
// value is dropped and named, never an error page), and go out again for paging and export links.
import { z } from 'zod';
import { isDay } from '../dates';
import { choice, first, type RawQuery } from '../http/query';
import type { Filter } from '../urls';
import { formKindOf } from '../forms/definitions';
import { FIELD_NAMES } from '../forms/fields';
import type { Row } from '../open-data/format';
import type { SubmissionFilter, SubmissionSummary } from '../forms/submissions';
import type { FieldValues } from '../forms/fields';

export const PAGE_SIZE = 50;

/** The rules per parameter; `formulier` must be one of the site's forms (or 'aanmelding', all sign-ups). */
const fieldsFor = (formIds: readonly string[]) => ({
  formulier: z.string().refine((v) => v === 'aanmelding' || formIds.includes(v)),
  soort: z.enum(['nieuw', 'spam']),
  tekst: z.string().trim().min(1).max(200),
  van: z.string().refine(isDay),
  tot: z.string().refine(isDay),
  pagina: z.coerce.number().int().min(1).max(100_000),
});
type Fields = ReturnType<typeof fieldsFor>;

export type StaffQuery = { filter: SubmissionFilter & { page: number }; invalid: string[] };

/** `formIds`: the ids of the site's forms (lib/staff/index.ts readStaffQuery passes them). */
export function parseStaffQuery(raw: RawQuery, formIds: readonly string[]): StaffQuery {
  const fields = fieldsFor(formIds);
  const invalid: string[] = [];
  const value = <K extends keyof Fields>(key: K): z.infer<Fields[K]> | undefined => {
    const given = first(raw, key);
    if (given === undefined || given === '') return undefined;
    const parsed = fields[key].safeParse(given);
    if (parsed.success) return parsed.data as z.infer<Fields[K]>;
    invalid.push(key);
    return undefined;
  };
  const filter = {
    form: value('formulier'),
    status: value('soort'),
    text: value('tekst'),
    from: value('van'),
    to: value('tot'),
    page: value('pagina') ?? 1,
    pageSize: PAGE_SIZE,
  };
  return { filter, invalid };
}

/** The filters as a query string (without the page), for export and paging links. */
/** A filter as the staff view's query parameters (lib/urls.ts staff(), staffExport()). */
export function staffFilter(filter: SubmissionFilter): Filter {
  return { formulier: filter.form, soort: filter.status === 'nieuw' ? undefined : filter.status, tekst: filter.text, van: filter.from, tot: filter.to };
}

const amsterdam = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' });

/** One row per submission, one column per field any form has (Dutch names, as in the forms). */
export function exportRows(rows: (SubmissionSummary & { values: FieldValues })[]): Row[] {
  return rows.map((r) => ({
    kenmerk: r.reference,
    formulier: formKindOf(r.form),
    onderwerp: r.targetTitle ?? '',
    ontvangen: amsterdam.format(new Date(r.receivedAt)),
    soort: r.status,
    ...Object.fromEntries(FIELD_NAMES.map((name) => [name, r.values[name] ?? ''])),
  }));
}

const NOTICES = ['wrong', 'locked', 'busy', 'expired', 'token', 'loggedOut'] as const;
export type LoginNotice = (typeof NOTICES)[number];
/** The notices an address may ask for; "expired" only the login page itself decides. */
const SAID = NOTICES.filter((n) => n !== 'expired');

/**
 * `?melding=` on the login page. "inloggen" (sent there by a protected page) reads as expired only
 * when the browser still sent a session cookie that no longer holds: a first visit has none.
 */
export function loginNotice(raw: RawQuery, sentCookie: boolean): LoginNotice | undefined {
  if (first(raw, 'melding') === 'inloggen') return sentCookie ? 'expired' : undefined;
  return choice(raw, 'melding', SAID, undefined);
}
