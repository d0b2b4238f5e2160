// The intervention bundle of one snapshot of the content: the whole bundle as tagged PDF, plus one
// per theme and per municipality, at the addresses of lib/bundle/chapters.ts bundleFile. Made on
// first request, once per snapshot (a new release makes new PDFs), and kept with the snapshot.
import nl from '../../messages/nl.json';
import type { Snapshot } from '../content/release';
import { perSnapshot } from '../content/per-snapshot';
import { formatLongDate, toAmsterdamDay } from '../dates';
import { FIGURES } from '../figures';
import { bundleFile, chapters } from './chapters';
import { renderBundle } from './document';
import { countPdfPages, type FileFacts } from './files';

type Pdf = { title: string; scope: string; items: Snapshot['interventions']; themes: Snapshot['themes'] };

/** Every PDF of the bundle, by address, with what it holds: nothing is rendered yet. */
function plan(content: Snapshot): Map<string, Pdf> {
  const { interventions, municipalities, themes } = content;
  const out = new Map<string, Pdf>([
    [bundleFile.all(), { title: 'Interventies van de GKA-site', scope: 'Alle interventies op de website van de GKA, per thema', items: interventions, themes }],
  ]);
  for (const theme of themes) {
    const items = interventions.filter((i) => i.themes.includes(theme.slug));
    if (items.length)
      out.set(bundleFile.theme(theme.slug), {
        title: `Interventiebundel: ${theme.title}`,
        scope: `Interventies op het thema ${theme.title}`,
        items,
        themes: [theme],
      });
  }
  for (const m of municipalities) {
    const items = interventions.filter((i) => i.municipality === m.slug);
    if (items.length)
      out.set(bundleFile.municipality(m.slug), { title: `Interventiebundel: ${m.title}`, scope: `Interventies van de gemeente ${m.title}`, items, themes });
  }
  return out;
}

/** All PDFs of a snapshot, rendered once (one after the other, so a visitor's page is never long kept waiting behind them). */
export const bundlePdfs = perSnapshot(async (content: Snapshot): Promise<ReadonlyMap<string, Buffer>> => {
  const municipalityName = new Map(content.municipalities.map((m) => [m.slug, m.title]));
  const themeName = new Map(content.themes.map((t) => [t.slug, t.title]));
  const schoolTypes = nl.interventions.schoolType as Record<string, string>;
  const common = {
    generatedOn: formatLongDate(toAmsterdamDay(new Date())),
    municipalityName: (slug: string) => municipalityName.get(slug) ?? slug,
    themeName: (slug: string) => themeName.get(slug) ?? slug,
    schoolTypeName: (type: string) => schoolTypes[type] ?? type,
    // The address printed in the PDF: the public site's (SITE_URL), not whichever host asked first.
    origin: (process.env.SITE_URL ?? 'https://www.gelijke-kansen.nl').replace(/\/$/, ''),
    figures: FIGURES,
  };
  const out = new Map<string, Buffer>();
  for (const [href, pdf] of plan(content)) {
    out.set(
      href,
      await renderBundle({
        ...common,
        title: pdf.title,
        scope: pdf.scope,
        chapters: chapters(pdf.items, pdf.themes),
        interventionCount: pdf.items.length,
        municipalityCount: new Set(pdf.items.map((i) => i.municipality)).size,
      }),
    );
    // Between two PDFs, other requests are answered.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
});

/** Format, size and page count of each PDF of the bundle, for the bundle page. */
export async function bundleFacts(content: Snapshot): Promise<ReadonlyMap<string, FileFacts>> {
  const pdfs = await bundlePdfs(content);
  return new Map([...pdfs].map(([href, pdf]) => [href, { href, bytes: pdf.length, pages: countPdfPages(pdf), format: 'PDF' as const }]));
}
