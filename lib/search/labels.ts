// Human labels for filter values, shared by the search page and the JSON API.
import { schoolTypeLabel } from '@/lib/labels';
import { translator } from '../../i18n/translate';
import { municipalities, themes } from '../content';
import { DOC_TYPES, type DocType } from './documents';
import type { Facet } from './engine';

const isDocType = (v: string): v is DocType => (DOC_TYPES as readonly string[]).includes(v);

export function facetValueLabel(facet: Facet, value: string, locale: string): string {
  switch (facet) {
    case 'type':
      return isDocType(value) ? translator(locale)(`search.types.${value}`) : value;
    case 'thema':
      return themes.find((x) => x.slug === value)?.title ?? value;
    case 'gemeente':
      return municipalities.find((x) => x.slug === value)?.title ?? value;
    case 'onderwijstype':
      return schoolTypeLabel(value, locale);
    default:
      return value;
  }
}
