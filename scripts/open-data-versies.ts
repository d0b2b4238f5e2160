// Records the day each open dataset's content changed: run after changing content that the open
// data holds (interventions, municipalities, events, regions). The test lib/open-data/versions.test.ts
// says when it is needed.
import fs from 'node:fs';
import recorded from '../data/open-data-versies.json';
import { currentContent } from '../lib/content';
import { toAmsterdamDay } from '../lib/dates';
import { siteDatasets } from '../lib/open-data';
import { updatedVersions, type Versions } from '../lib/open-data/versions';

const file = 'data/open-data-versies.json';
const next = updatedVersions(siteDatasets(currentContent(), ''), '', recorded as Versions, toAmsterdamDay(new Date()));
fs.writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
for (const [id, v] of Object.entries(next)) console.log(`${id}: laatst gewijzigd ${v.gewijzigd}`);
