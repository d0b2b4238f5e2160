// `npm run bundle` (part of `npm run build`): the interventions bundle as tagged PDF, generated
// from the content, plus one PDF per theme and per municipality, in public/downloads/bundel/.
import fs from 'node:fs';
import path from 'node:path';
import nl from '../messages/nl.json';
import { renderBundle } from '../lib/bundle/document';
import { BUNDLE_DIR, bundleFile, chapters } from '../lib/bundle/chapters';
import { currentContent } from '../lib/content';
import { formatLongDate, toAmsterdamDay } from '../lib/dates';
import { FIGURES } from '../lib/figures';

const started = performance.now();
// The interventions published when the build runs: the bundle is part of the build.
const { interventions, municipalities, themes } = currentContent();
const origin = (process.env.SITE_URL ?? 'https://www.gelijke-kansen.nl').replace(/\/$/, '');
const out = path.join(process.cwd(), 'public', BUNDLE_DIR);
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const generatedOn = formatLongDate(toAmsterdamDay(new Date()));
const municipalityName = (slug: string) => municipalities.find((m) => m.slug === slug)?.title ?? slug;
const themeName = (slug: string) => themes.find((t) => t.slug === slug)?.title ?? slug;
const schoolTypeName = (type: string) => (nl.interventions.schoolType as Record<string, string>)[type] ?? type;
const common = { generatedOn, municipalityName, themeName, schoolTypeName, origin, figures: FIGURES };

async function write(href: string, title: string, scope: string, items: typeof interventions, themeList: typeof themes) {
  const pdf = await renderBundle({
    ...common,
    title,
    scope,
    chapters: chapters(items, themeList),
    interventionCount: items.length,
    municipalityCount: new Set(items.map((i) => i.municipality)).size,
  });
  fs.writeFileSync(path.join(process.cwd(), 'public', href), pdf);
}

await write(bundleFile.all(), 'Interventies van de GKA-site', 'Alle interventies op de website van de GKA, per thema', interventions, themes);
let files = 1;
for (const theme of themes) {
  const items = interventions.filter((i) => i.themes.includes(theme.slug));
  if (items.length === 0) continue;
  await write(bundleFile.theme(theme.slug), `Interventiebundel: ${theme.title}`, `Interventies op het thema ${theme.title}`, items, [theme]);
  files++;
}
for (const m of municipalities) {
  const items = interventions.filter((i) => i.municipality === m.slug);
  if (items.length === 0) continue;
  await write(bundleFile.municipality(m.slug), `Interventiebundel: ${m.title}`, `Interventies van de gemeente ${m.title}`, items, themes);
  files++;
}
console.log(`Interventiebundel: ${files} pdf-bestanden in public/${BUNDLE_DIR} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
