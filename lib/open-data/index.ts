// The site's open data: the published collections of a content snapshot.
import recorded from '../../data/open-data-versies.json';
import type { Snapshot } from '../content';
import { perSnapshot } from '../content/per-snapshot';
import { toAmsterdamDay } from '../dates';
import { datasets, type Dataset } from './format';
import { staleVersions, type Versions } from './versions';

export function siteDatasets(content: Snapshot, origin: string) {
  return datasets({ interventions: content.interventions, municipalities: content.municipalitiesWithRegion, events: content.events }, origin);
}

const versions = recorded as Versions;
// Content that changed without the file being brought up to date (its test fails then) changed
// at most at this build: that day, never an older recorded one.
const built = toAmsterdamDay(new Date());
const staleOf = perSnapshot((content) => {
  const stale = new Set(staleVersions(siteDatasets(content, ''), '', versions));
  if (stale.size)
    console.error(`Open data: data/open-data-versies.json is niet bijgewerkt voor ${[...stale].join(', ')}; de builddag geldt als wijzigingsdatum.`);
  return stale;
});

/** The day each dataset of a snapshot's content last changed (data/open-data-versies.json). */
export function modifiedOf(content: Snapshot): (d: Dataset) => string {
  const stale = staleOf(content);
  return (d) => (stale.has(d.id) ? built : versions[d.id].gewijzigd);
}
