// Small documents for the unit tests of the search's parts.
import type { SearchDoc } from './documents';

export const doc = (id: string, fields: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  type: 'interventie',
  title: id,
  summary: '',
  text: '',
  url: `/${id}`,
  themes: [],
  municipalities: [],
  provinces: [],
  schoolTypes: [],
  ...fields,
});
