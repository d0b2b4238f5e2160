// The content model: every document type, its fields and computed fields. This file is the single
// source of truth for content types; `lib/content/validate.ts` adds the rules contentlayer cannot
// express (date formats, vocabularies, references between documents).
import path from 'node:path';
import { defineDocumentType, defineNestedType, makeSource, type ComputedFields } from 'contentlayer2/source-files';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { urls } from './lib/urls';
import { registerMunicipality } from './lib/municipalities/register';
import { collectDownload } from './lib/content/attachments';
import { collectImage, collectImages } from './lib/content/images';
import { buildProblems } from './lib/content/check';
import { formatProblems, type ContentSet } from './lib/content/validate';

const fileSlug = (doc: { _raw: { sourceFileName: string } }) => doc._raw.sourceFileName.replace(/\.mdx?$/, '');

const slug: ComputedFields[string] = { type: 'string', resolve: fileSlug };

const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/** Every type: concept and scheduled publication, and the images next to the Markdown. */
const publishing = {
  draft: { type: 'boolean', default: false, description: 'Concept: staat niet op de site (wel in het voorbeeld in /beheer en in npm run dev)' },
  publishDate: { type: 'string', required: false, description: 'JJJJ-MM-DD: pas vanaf deze dag op de site' },
} as const;

const imageDirs = () => ({ contentDir: path.resolve(CONTENT_DIR), publicDir: path.resolve('public') });

const images: ComputedFields[string] = {
  type: 'json',
  resolve: (d) => collectImages(d.body.raw, d._raw.sourceFileDir, imageDirs()),
};

const themes = { type: 'list', of: { type: 'string' }, required: true, description: "De thema's waar dit over gaat" } as const;

export const Theme = defineDocumentType(() => ({
  name: 'Theme',
  filePathPattern: 'themas/*.md',
  fields: {
    ...publishing,
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    order: { type: 'number', required: true, description: 'Volgorde in lijsten' },
  },
  computedFields: { slug, images, url: { type: 'string', resolve: (d) => urls.theme(fileSlug(d)) } },
}));

export const News = defineDocumentType(() => ({
  name: 'News',
  filePathPattern: 'nieuws/*.md',
  fields: {
    ...publishing,
    title: { type: 'string', required: true },
    date: { type: 'string', required: true, description: 'JJJJ-MM-DD' },
    summary: { type: 'string', required: true },
    themes,
    municipalities: { type: 'list', of: { type: 'string' }, default: [] },
    legacyPaths: { type: 'list', of: { type: 'string' }, default: [], description: 'Oude adressen die hierheen doorverwijzen' },
  },
  computedFields: { slug, images, url: { type: 'string', resolve: (d) => urls.news(d.date, fileSlug(d)) } },
}));

const Attachment = defineNestedType(() => ({
  name: 'Attachment',
  fields: {
    title: { type: 'string', required: true },
    file: {
      type: 'string',
      required: true,
      description: 'PDF-bestand naast dit bestand, bijvoorbeeld ./rapport.pdf (of een pad onder public/, zoals /downloads/rapport.pdf)',
    },
  },
}));

export const Publication = defineDocumentType(() => ({
  name: 'Publication',
  filePathPattern: 'publicaties/*.md',
  fields: {
    ...publishing,
    title: { type: 'string', required: true },
    date: { type: 'string', required: true, description: 'JJJJ-MM-DD' },
    summary: { type: 'string', required: true },
    themes,
    files: { type: 'list', of: Attachment, default: [] },
    relatedNews: { type: 'list', of: { type: 'string' }, default: [], description: 'Nieuwsberichten die hierbij horen' },
  },
  computedFields: {
    slug,
    images,
    url: { type: 'string', resolve: (d) => urls.publication(fileSlug(d)) },
    // Format and size come from the files themselves, so they can never be out of date; a PDF next
    // to the Markdown is published with the release (lib/content/attachments.ts).
    downloads: {
      type: 'json',
      resolve: (d) =>
        // contentlayer hands nested lists over as an iterable collection, not an Array.
        Array.from((d.files ?? []) as Iterable<{ title: string; file: string }>).map((f) => collectDownload(f, d._raw.sourceFileDir, imageDirs())),
    },
  },
}));

const Registration = defineNestedType(() => ({
  name: 'Registration',
  fields: {
    how: { type: 'string', required: true, description: 'Hoe aanmelden, in gewone woorden' },
    deadline: { type: 'string', required: false, description: 'JJJJ-MM-DD' },
    email: { type: 'string', required: false },
    form: {
      type: 'list',
      of: { type: 'string' },
      required: false,
      description:
        'Aanmelden met het formulier op de site: de velden naast naam en e-mail (school, functie, gemeente, motivatie, teamgrootte, organisatie, reden)',
    },
    capacity: { type: 'number', required: false, description: 'Aantal plekken: vol is gesloten' },
    closed: { type: 'boolean', default: false, description: 'Aanmelding nu sluiten, ook vóór de deadline (bijvoorbeeld omdat er genoeg aanmeldingen zijn)' },
  },
}));

export const Agenda = defineDocumentType(() => ({
  name: 'Agenda',
  filePathPattern: 'agendas/*.md',
  fields: {
    ...publishing,
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    aim: { type: 'string', required: true },
    period: { type: 'string', required: true },
    howToJoin: { type: 'string', required: true },
    openToNonGka: { type: 'boolean', required: true },
    status: { type: 'string', required: true, description: 'Loopt de agenda nog? Zoals de bron het zegt, met de bron erbij' },
    instruments: { type: 'list', of: { type: 'string' }, required: true },
    partners: { type: 'list', of: { type: 'string' }, default: [] },
    themes,
    relatedEvents: { type: 'list', of: { type: 'string' }, default: [], description: 'Activiteiten die hierbij horen' },
    registration: { type: 'nested', of: Registration, required: false },
  },
  computedFields: { slug, images, url: { type: 'string', resolve: (d) => urls.agenda(fileSlug(d)) } },
}));

export const Municipality = defineDocumentType(() => ({
  name: 'Municipality',
  filePathPattern: 'gemeenten/*.md',
  fields: {
    ...publishing,
    title: { type: 'string', required: true, description: 'Naam van de gemeente' },
    cbsCode: { type: 'string', required: true, description: 'CBS-code, bijvoorbeeld GM0363 voor Amsterdam; provincie en regio volgen daaruit' },
    gkaSince: { type: 'number', required: false, description: 'Jaar van aansluiting, alleen als dat bekend is' },
    agendaPeriod: { type: 'string', required: false, description: 'Looptijd van de GKA-agenda, bijvoorbeeld 2019-2021' },
    agendaUrl: { type: 'string', required: false, description: 'Adres (https://…) waar de GKA-agenda van de gemeente openbaar staat' },
    themes,
    summary: { type: 'string', required: true },
  },
  computedFields: {
    slug,
    images,
    url: { type: 'string', resolve: (d) => urls.municipality(fileSlug(d)) },
    // From the CBS register, so it cannot disagree with it; an unknown code is reported by validate.
    province: { type: 'string', resolve: (d) => registerMunicipality(d.cbsCode)?.province ?? '' },
  },
}));

export const Region = defineDocumentType(() => ({
  name: 'Region',
  filePathPattern: 'regios/*.md',
  fields: {
    ...publishing,
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    provinces: { type: 'list', of: { type: 'string' }, required: true },
    contactRole: { type: 'string', required: true },
    email: { type: 'string', required: true },
    municipalities: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'CBS-codes van gemeenten die bij deze regio horen, ook als hun provincie bij een andere regio hoort',
    },
    contactName: { type: 'string', required: false, description: 'Alleen een echte persoon die ermee instemt' },
    phone: { type: 'string', required: false, description: 'Alleen een echt, openbaar nummer' },
    photo: { type: 'string', required: false, description: 'Foto naast dit bestand, bijvoorbeeld ./noord.jpg (alleen met contactName)' },
    photoAlt: { type: 'string', required: false, description: 'Wat er op de foto te zien is' },
  },
  computedFields: {
    slug,
    images,
    url: { type: 'string', resolve: (d) => urls.region(fileSlug(d)) },
    // The photo goes through the same checks and publishing as images in the text.
    contactPhoto: {
      type: 'json',
      resolve: (d) => (d.photo ? collectImage(d.photo, d.photoAlt ?? '', d._raw.sourceFileDir, imageDirs()) : null),
    },
  },
}));

export const Intervention = defineDocumentType(() => ({
  name: 'Intervention',
  filePathPattern: 'interventies/*.md',
  fields: {
    ...publishing,
    title: { type: 'string', required: true },
    municipality: { type: 'string', required: true, description: 'De GKA-gemeente van deze interventie' },
    themes,
    schoolTypes: { type: 'list', of: { type: 'string' }, required: true, description: 'vve, po, vo, mbo; geen als de bron het niet noemt' },
    targetGroup: { type: 'string', required: true },
    partners: { type: 'list', of: { type: 'string' }, default: [] },
    summary: { type: 'string', required: true },
    evidenceLevel: { type: 'string', required: false },
    date: { type: 'string', required: false, description: 'JJJJ-MM-DD: sinds wanneer de interventie op de site staat (voor "nieuwste eerst")' },
    source: { type: 'string', required: true, description: 'Waar het feit vandaan komt: titel en adres van de bron' },
  },
  computedFields: { slug, images, url: { type: 'string', resolve: (d) => urls.intervention(fileSlug(d)) } },
}));

const Session = defineNestedType(() => ({
  name: 'Session',
  fields: {
    title: { type: 'string', required: true },
    start: { type: 'string', required: false, description: 'JJJJ-MM-DDTUU:MM (Amsterdamse tijd)' },
    end: { type: 'string', required: false },
    when: { type: 'string', required: false, description: 'Vrije tekst als er geen precieze datum is' },
    location: { type: 'string', required: false },
  },
}));

export const Event = defineDocumentType(() => ({
  name: 'Event',
  filePathPattern: 'activiteiten/*.md',
  fields: {
    ...publishing,
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    start: { type: 'string', required: true, description: 'JJJJ-MM-DD of JJJJ-MM-DDTUU:MM (Amsterdamse tijd)' },
    end: { type: 'string', required: false },
    location: { type: 'string', required: false, description: 'Plaats en adres; weglaten als die niet bekend is' },
    municipalities: { type: 'list', of: { type: 'string' }, default: [], description: 'Gemeenten waar de activiteit over gaat' },
    audience: { type: 'list', of: { type: 'string' }, required: true },
    themes,
    registration: { type: 'nested', of: Registration, required: false },
    sessions: { type: 'list', of: Session, default: [] },
  },
  computedFields: { slug, images, url: { type: 'string', resolve: (d) => urls.event(d.start, fileSlug(d)) } },
}));

export const PodcastEpisode = defineDocumentType(() => ({
  name: 'PodcastEpisode',
  filePathPattern: 'podcast/*.md',
  fields: {
    ...publishing,
    number: { type: 'number', required: true },
    title: { type: 'string', required: true },
    titleKnown: {
      type: 'boolean',
      default: true,
      description: 'Uit als de titel niet bekend is: dan is de aflevering alleen een regel in de lijst, zonder eigen pagina',
    },
    date: { type: 'string', required: false, description: 'JJJJ-MM-DD' },
    description: { type: 'string', required: true },
    audio: { type: 'string', required: false, description: 'Adres van het audiobestand' },
  },
  computedFields: { slug, images, url: { type: 'string', resolve: (d) => urls.podcast(fileSlug(d)) } },
}));

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'paginas/**/*.md',
  fields: {
    ...publishing,
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    updated: { type: 'string', required: false, description: 'JJJJ-MM-DD, laatst inhoudelijk bijgewerkt' },
    registration: { type: 'nested', of: Registration, required: false },
  },
  computedFields: {
    slug,
    images,
    path: { type: 'string', resolve: (d) => d._raw.flattenedPath.replace(/^paginas\//, '') },
    url: { type: 'string', resolve: (d) => urls.page(d._raw.flattenedPath.replace(/^paginas\//, '')) },
  },
}));

/**
 * Markdown is trusted, but its HTML is still sanitized: raw HTML, event handlers and javascript:
 * links never reach the page (the default GitHub schema allows only safe URLs). The editor's
 * preview (lib/editor/document.ts) renders with the same plugins.
 */
export const markdown = { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSanitize] };

/** Every document type, in the order the site lists them: the build, the checker, the import and the web editor take this list. */
export const documentTypes = [Theme, News, Publication, Agenda, Municipality, Region, Intervention, Event, PodcastEpisode, Page];

export default makeSource({
  contentDirPath: CONTENT_DIR,
  // zoeken/ holds the synonym list (lib/search/synonyms.ts), checked below.
  contentDirExclude: ['data', 'zoeken', 'README.md'],
  documentTypes,
  markdown,
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
  disableImportAliasWarning: true,
  // Cross-document rules run on the generated data. A production build stops on the first
  // invalid file set; `contentlayer2 dev` only reports, so the editor can fix and save again.
  onSuccess: async (getData) => {
    const problems = buildProblems((await getData()) as unknown as ContentSet, CONTENT_DIR);
    if (problems.length === 0) return;
    console.error(formatProblems(problems));
    if (!process.argv.includes('dev')) process.exit(1);
  },
});
