// Field errors as sentences, from the codes lib/forms/fields gives: the same words on the server
// (after a POST) and in the browser (while typing), because the browser gets this table.
import type { getTranslations } from 'next-intl/server';
import { MAX_TEAM_SIZE, type FieldError, type FieldSpec } from '@/lib/forms/fields';

type T = Awaited<ReturnType<typeof getTranslations<'forms'>>>;

export type ErrorTexts = Record<string, Partial<Record<FieldError['code'], string>>>;

export function errorText(t: T, spec: FieldSpec, error: FieldError, locale: string): string {
  const label = t(`fields.${spec.name}.label`);
  switch (error.code) {
    case 'required':
      return t(`fields.${spec.name}.required`);
    case 'municipality':
      return error.suggestions?.length
        ? t('errors.municipalitySuggestions', { names: new Intl.ListFormat(locale, { type: 'disjunction' }).format(error.suggestions.slice(0, 5)) })
        : t('errors.municipality');
    default:
      return t(`errors.${error.code}`, { label, max: error.max ?? spec.max });
  }
}

/** Every message a field can show, for the browser's inline hints. */
export function errorTexts(t: T, fields: readonly FieldSpec[], locale: string): ErrorTexts {
  const codes: FieldError['code'][] = ['required', 'tooLong', 'email', 'teamSize', 'url', 'municipality', 'control'];
  return Object.fromEntries(
    fields.map((f) => [f.name, Object.fromEntries(codes.map((code) => [code, errorText(t, f, { code, max: code === 'teamSize' ? MAX_TEAM_SIZE : f.max }, locale)]))]),
  );
}
