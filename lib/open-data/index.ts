// The site's open data: the published collections, built once per server process.
import recorded from '../../data/open-data-versies.json';
import { events, interventions, municipalitiesWithRegion } from '../content';
import { toAmsterdamDay } from '../dates';
import { datasets, type Dataset } from './format';
import { staleVersions, type Versions } from './versions';

export function siteDatasets(origin: string) {
  return datasets({ interventions, municipalities: municipalitiesWithRegion, events }, origin);
}

const versions = recorded as Versions;
// Content that changed without the file being brought up to date (its test fails then) changed
// at most at this build: that day, never an older recorded one.
const stale = new Set(staleVersions(siteDatasets(''), '', versions));
const built = toAmsterdamDay(new Date());
if (stale.size)
  console.error(`Open data: data/open-data-versies.json is niet bijgewerkt voor ${[...stale].join(', ')}; de builddag geldt als wijzigingsdatum.`);

/** The day a dataset's content last changed (data/open-data-versies.json). */
export const modifiedOf = (d: Dataset): string => (stale.has(d.id) ? built : versions[d.id].gewijzigd);
