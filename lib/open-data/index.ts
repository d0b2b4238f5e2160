// The site's open data: the published collections, built once per server process.
import { events, interventions, municipalitiesWithRegion } from '../content';
import { toAmsterdamDay } from '../dates';
import { datasets } from './format';

/** The content changes only with a build, so the build day is the modification date. */
export const MODIFIED = toAmsterdamDay(new Date());

export function siteDatasets(origin: string) {
  return datasets({ interventions, municipalities: municipalitiesWithRegion, events }, origin);
}
