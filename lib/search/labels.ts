// Human labels for filter values, shared by the search page and the JSON API.
import { municipalities, themes } from '../content';
import type { Facet } from './engine';

type Translate = (key: string) => string;

export function facetValueLabel(facet: Facet, value: string, t: Translate): string {
  switch (facet) {
    case 'type':
      return t(`search.types.${value}`);
    case 'thema':
      return themes.find((x) => x.slug === value)?.title ?? value;
    case 'gemeente':
      return municipalities.find((x) => x.slug === value)?.title ?? value;
    case 'onderwijstype':
      return t(`interventions.schoolType.${value}`);
    default:
      return value;
  }
}
