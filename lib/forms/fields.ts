// The fields a form can have and the rules for each: one list for the server (which decides) and
// the browser (which only hints). Framework-free and without Node APIs, so both can import it.
import { z } from 'zod';

export type FieldKind = 'text' | 'email' | 'textarea' | 'municipality' | 'teamSize' | 'url';

export interface FieldSpec {
  name: FieldName;
  kind: FieldKind;
  required: boolean;
  /** Characters, after trimming. */
  max: number;
  autocomplete?: string;
}

/** Field names are Dutch: editors name them in front matter (`registration.form`). */
export const FIELDS = {
  naam: { kind: 'text', max: 120, autocomplete: 'name' },
  email: { kind: 'email', max: 254, autocomplete: 'email' },
  organisatie: { kind: 'text', max: 200, autocomplete: 'organization' },
  school: { kind: 'text', max: 200, autocomplete: 'organization' },
  functie: { kind: 'text', max: 120, autocomplete: 'organization-title' },
  gemeente: { kind: 'municipality', max: 120 },
  teamgrootte: { kind: 'teamSize', max: 3 },
  motivatie: { kind: 'textarea', max: 2000 },
  vraag: { kind: 'textarea', max: 4000 },
  initiatief: { kind: 'textarea', max: 4000 },
  website: { kind: 'url', max: 500, autocomplete: 'url' },
  reden: { kind: 'textarea', max: 2000 },
} as const satisfies Record<string, Omit<FieldSpec, 'name' | 'required'>>;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** What editors may ask in a sign-up form, besides name and e-mail (always asked). */
export const SIGNUP_FIELDS = ['school', 'organisatie', 'functie', 'gemeente', 'teamgrootte', 'motivatie', 'reden'] as const satisfies readonly FieldName[];

/** The largest team that can sign up for Klassen De Scholen In (and any other team sign-up). */
export const MAX_TEAM_SIZE = 30;

export const field = (name: FieldName, required = true): FieldSpec => ({ name, required, ...FIELDS[name] });

/** The ids a field's input and its error message have on the page (server markup and browser hints). */
export const fieldId = (name: string) => `veld-${name}`;
export const fieldErrorId = (name: string) => `${fieldId(name)}-fout`;

/** What went wrong with a field: a code the interface turns into a sentence, plus its numbers. */
export type FieldError = {
  code: 'required' | 'tooLong' | 'email' | 'teamSize' | 'url' | 'municipality' | 'control' | 'lineBreak';
  max?: number;
  suggestions?: string[];
};
export type FieldErrors = Partial<Record<FieldName, FieldError>>;
export type FieldValues = Partial<Record<FieldName, string>>;

/** Resolves a typed municipality to its CBS name, or gives close names to choose from. */
export type MunicipalityCheck = (value: string) => { name: string; code: string } | { suggestions: string[] };

// Control characters other than tab and newlines (C0, DEL and C1) have no place in a form and can
// break e-mail and CSV.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// A line break in a one-line field would forge a line ("E-mail: …") in the notification e-mail.
const LINE_BREAK = /[\r\n\u2028\u2029]/;
const SINGLE_LINE: readonly FieldKind[] = ['text', 'email', 'municipality', 'teamSize', 'url'];

/**
 * Invisible characters that reorder or hide text: bidi embeddings, overrides, isolates and marks,
 * zero-width spaces, invisible operators, the BOM, interlinear annotations and tag characters.
 * They let a sender make the staff view or the CSV show something else than what is stored.
 * Nobody can see them to take them out, so they are removed rather than refused. Zero-width
 * (non-)joiners stay: emoji and scripts such as Persian need them, and they reorder nothing.
 */
const INVISIBLE = /[\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

/** A field's text without the invisible characters above; every field goes through this first. */
export const withoutInvisible = (value: string) => value.replace(INVISIBLE, '');

function fieldSchema(spec: FieldSpec, municipality?: MunicipalityCheck) {
  return z.string().superRefine((raw, ctx) => {
    const value = withoutInvisible(raw).trim();
    const fail = (error: FieldError) => ctx.addIssue({ code: 'custom', message: error.code, params: error });
    if (!value) {
      if (spec.required) fail({ code: 'required' });
      return;
    }
    if (value.length > spec.max && spec.kind !== 'teamSize') return fail({ code: 'tooLong', max: spec.max });
    if (CONTROL.test(value)) return fail({ code: 'control' });
    if (SINGLE_LINE.includes(spec.kind) && LINE_BREAK.test(value)) return fail({ code: 'lineBreak' });
    switch (spec.kind) {
      case 'email':
        if (!z.email().safeParse(value).success) fail({ code: 'email' });
        break;
      case 'teamSize': {
        const n = Number(value);
        if (!/^\d{1,3}$/.test(value) || n < 1 || n > MAX_TEAM_SIZE) fail({ code: 'teamSize', max: MAX_TEAM_SIZE });
        break;
      }
      case 'url': {
        const ok = /^https?:\/\//i.test(value) && URL.canParse(value);
        if (!ok) fail({ code: 'url' });
        break;
      }
      case 'municipality': {
        const found = municipality?.(value);
        if (found && 'suggestions' in found) fail({ code: 'municipality', suggestions: found.suggestions });
        break;
      }
    }
  });
}

export type ValidationResult = { ok: true; values: FieldValues; municipality?: { name: string; code: string } } | { ok: false; errors: FieldErrors };

/**
 * Checks what was sent against a form's fields. Only the form's own fields are read, so extra or
 * tampered fields never reach the database. `municipality` is the register lookup on the server;
 * the browser leaves it out and lets the server decide.
 */
export function validateFields(fields: readonly FieldSpec[], input: Record<string, unknown>, municipality?: MunicipalityCheck): ValidationResult {
  const shape = Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f, municipality)]));
  const raw = Object.fromEntries(fields.map((f) => [f.name, typeof input[f.name] === 'string' ? (input[f.name] as string) : '']));
  const parsed = z.object(shape).safeParse(raw);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] as FieldName;
      const params = (issue as { params?: FieldError }).params;
      errors[name] ??= params ?? { code: 'required' };
    }
    return { ok: false, errors };
  }
  const values: FieldValues = {};
  for (const f of fields) values[f.name] = withoutInvisible(raw[f.name]).trim().replace(/\r\n?/g, '\n');
  let found: { name: string; code: string } | undefined;
  if (values.gemeente && municipality) {
    const m = municipality(values.gemeente);
    if ('name' in m) {
      found = m;
      values.gemeente = m.name;
    }
  }
  return { ok: true, values, municipality: found };
}
