// The words for the fixed vocabularies (lib/vocabulary.ts) in a locale. Content is checked against
// those lists when it is built; a value that is not in one is shown as it is.
import { AUDIENCES, EVIDENCE_LEVELS, SCHOOL_TYPES } from '@/lib/vocabulary';
import { translator } from '@/i18n/translate';

const isIn = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

export function schoolTypeLabel(v: string, locale: string): string {
  return isIn(SCHOOL_TYPES, v) ? translator(locale)(`interventions.schoolType.${v}`) : v;
}

export function evidenceLabel(v: string, locale: string): string {
  return isIn(EVIDENCE_LEVELS, v) ? translator(locale)(`interventions.evidenceLevel.${v}`) : v;
}

export function audienceLabel(v: string, locale: string): string {
  return isIn(AUDIENCES, v) ? translator(locale)(`events.audiences.${v}`) : v;
}
