// Field errors as sentences, from the codes lib/forms/fields gives: the same words on the server
// (after a POST) and in the browser (while typing), because the browser gets this table.
import { translator } from '@/i18n/translate';
import { MAX_TEAM_SIZE, type FieldError, type FieldSpec } from '@/lib/forms/fields';

export type ErrorTexts = Record<string, Partial<Record<FieldError['code'], string>>>;

// Field names and error codes come from lib/forms: the keys exist for every one of them (a test
// checks the messages), but the compiler cannot see that through a template string.
type Key = Parameters<ReturnType<typeof translator>>[0];

export function errorText(spec: FieldSpec, error: FieldError, locale: string): string {
  const t = translator(locale);
  const label = t(`forms.fields.${spec.name}.label` as Key);
  switch (error.code) {
    case 'required':
      return t(`forms.fields.${spec.name}.required` as Key);
    case 'municipality':
      return error.suggestions?.length
        ? t('forms.errors.municipalitySuggestions', { names: new Intl.ListFormat(locale, { type: 'disjunction' }).format(error.suggestions.slice(0, 5)) })
        : t('forms.errors.municipality');
    default:
      return t(`forms.errors.${error.code}` as Key, { label, max: error.max ?? spec.max });
  }
}

/** Every message a field can show, for the browser's inline hints. */
export function errorTexts(fields: readonly FieldSpec[], locale: string): ErrorTexts {
  const codes: FieldError['code'][] = ['required', 'tooLong', 'email', 'teamSize', 'url', 'municipality', 'control', 'lineBreak'];
  return Object.fromEntries(
    fields.map((f) => [
      f.name,
      Object.fromEntries(codes.map((code) => [code, errorText(f, { code, max: code === 'teamSize' ? MAX_TEAM_SIZE : f.max }, locale)])),
    ]),
  );
}
