// The columns of an import spreadsheet: a Dutch name for editors, the contentlayer field it fills
// (contentlayer.config.ts says whether that field is required and of which type) and how a cell
// becomes a value. The rules for the values are not here: they are the content rules
// (lib/content/check.ts, lib/content/validate.ts), applied to the documents the rows become.
import { EVIDENCE_LEVELS, SCHOOL_TYPES } from '../vocabulary';

export const IMPORT_KINDS = ['interventies', 'gemeenten'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * How a cell is read. `text`, `list`, `number`, `yesno` and `day` give the field's type;
 * `theme` is a list of theme slugs or titles; `municipality` a GKA municipality by name (for an
 * intervention); `municipalityPage` the municipality a page is for (any CBS name or known variant);
 * `slug` the file name, which is not a field.
 */
export type CellKind = 'text' | 'list' | 'codes' | 'theme' | 'number' | 'yesno' | 'day' | 'municipality' | 'municipalityPage' | 'slug';

export type Column = {
  /** The header in the spreadsheet: lower case, no accents, as an editor types it. */
  name: string;
  /** The contentlayer field; null for the file name. */
  field: string | null;
  cell: CellKind;
  /** What goes in it, for the explanation sheet and docs/redactie.md. */
  description: string;
  /** The allowed values or the notation; a function when they come from the content. */
  allowed: string | ((v: ImportVocabulary) => string);
  /** The cell of the example row of the template. */
  example: string;
};

export type ImportVocabulary = { themes: { slug: string; title: string }[]; municipalities: { slug: string; title: string }[] };

export type KindDefinition = {
  kind: ImportKind;
  /** The contentlayer document type. */
  type: 'Intervention' | 'Municipality';
  folder: string;
  columns: Column[];
};

/**
 * The example row of a template is marked by this name in its municipality column. No municipality
 * is called that, so a row that still says it can never become a page: an unchanged example row is
 * skipped, a half-filled one is refused as an unknown municipality.
 */
export const EXAMPLE_PLACE = 'Voorbeeldstad';

const yesNo = 'ja of nee (leeg is nee)';
const day = 'JJJJ-MM-DD of DD-MM-JJJJ, of een datumcel';
const listNote = 'meerdere waarden gescheiden door ; of , of een nieuwe regel in de cel';
const concept: Column = {
  name: 'concept',
  field: 'draft',
  cell: 'yesno',
  description: 'Concept: alleen zichtbaar in de preview (npm run dev), niet op de site.',
  allowed: yesNo,
  example: 'ja',
};
const publishDate: Column = {
  name: 'publicatiedatum',
  field: 'publishDate',
  cell: 'day',
  description: 'Pas vanaf deze dag op de site. Leeg: meteen.',
  allowed: day,
  example: '',
};
const themes = (description: string): Column => ({
  name: 'themas',
  field: 'themes',
  cell: 'theme',
  description,
  allowed: (v) => `${v.themes.map((t) => `${t.slug} (${t.title})`).join(', ')}; de slug of de naam; ${listNote}`,
  example: 'armoede, ouderbetrokkenheid',
});

export const KIND_DEFINITIONS: Record<ImportKind, KindDefinition> = {
  interventies: {
    kind: 'interventies',
    type: 'Intervention',
    folder: 'interventies',
    columns: [
      { name: 'titel', field: 'title', cell: 'text', description: 'De naam van de interventie.', allowed: 'tekst', example: 'Voorbeeld: ontbijt op school' },
      {
        name: 'gemeente',
        field: 'municipality',
        cell: 'municipality',
        description: 'De GKA-gemeente waar de interventie loopt. Die gemeente heeft al een pagina: importeer eerst de gemeenten.',
        allowed: (v) => `de naam van een GKA-gemeente op de site: ${v.municipalities.map((m) => m.title).join(', ')}`,
        example: EXAMPLE_PLACE,
      },
      themes("De thema's van de interventie, ten minste één."),
      {
        name: 'onderwijstypen',
        field: 'schoolTypes',
        cell: 'codes',
        description: 'Voor welk onderwijs de interventie is.',
        allowed: `${SCHOOL_TYPES.join(', ')}; ${listNote}`,
        example: 'po',
      },
      {
        name: 'doelgroep',
        field: 'targetGroup',
        cell: 'text',
        description: 'Voor wie, in gewone woorden (peuters, leerlingen, ouders…).',
        allowed: 'tekst',
        example: 'Leerlingen van groep 1 tot en met 8',
      },
      { name: 'partners', field: 'partners', cell: 'list', description: 'Wie er meewerken.', allowed: `tekst; ${listNote}`, example: 'schoolbesturen, GGD' },
      {
        name: 'samenvatting',
        field: 'summary',
        cell: 'text',
        description: 'Eén of twee zinnen; staan in lijsten en zoekresultaten.',
        allowed: 'tekst',
        example: 'Dit is de voorbeeldrij van het sjabloon. Vervang of verwijder hem.',
      },
      {
        name: 'bewijsniveau',
        field: 'evidenceLevel',
        cell: 'text',
        description: 'Hoe goed bewezen is dat de aanpak werkt (Databank Effectieve Jeugdinterventies). Alleen als de bron het zegt.',
        allowed: `leeg, of: ${EVIDENCE_LEVELS.join(', ')}`,
        example: '',
      },
      {
        name: 'bron',
        field: 'source',
        cell: 'text',
        description: 'Waar het feit vandaan komt: de titel en het adres van de bron, bijvoorbeeld de bundel van 2022.',
        allowed: 'tekst',
        example: 'Titel van de bron, https://www.example.org/bron',
      },
      {
        name: 'datum',
        field: 'date',
        cell: 'day',
        description: 'Sinds wanneer de interventie op de site staat (voor "nieuwste eerst").',
        allowed: day,
        example: '2027-01-15',
      },
      {
        name: 'bestandsnaam',
        field: null,
        cell: 'slug',
        description: 'De naam van het bestand en het laatste deel van het webadres. Leeg: de titel en de gemeente (brede-brugklas-amsterdam).',
        allowed: 'kleine letters, cijfers en streepjes',
        example: '',
      },
      concept,
      publishDate,
    ],
  },
  gemeenten: {
    kind: 'gemeenten',
    type: 'Municipality',
    folder: 'gemeenten',
    columns: [
      {
        name: 'gemeente',
        field: 'title',
        cell: 'municipalityPage',
        description:
          'De naam van de gemeente zoals het CBS hem spelt, of een bekende andere naam (Den Haag, Den Bosch). De CBS-code, provincie en regio volgen daaruit.',
        allowed: 'een gemeente uit de CBS-lijst (data/gemeenten-2025.json)',
        example: EXAMPLE_PLACE,
      },
      {
        name: 'aangesloten',
        field: 'gkaSince',
        cell: 'number',
        description: 'Het jaar waarin de gemeente GKA-gemeente werd. Alleen als dat zeker is.',
        allowed: 'een jaartal vanaf 2016',
        example: '2019',
      },
      {
        name: 'agendaperiode',
        field: 'agendaPeriod',
        cell: 'text',
        description: 'De looptijd van de GKA-agenda.',
        allowed: 'JJJJ-JJJJ, bijvoorbeeld 2019-2021',
        example: '2019-2021',
      },
      {
        name: 'agenda-adres',
        field: 'agendaUrl',
        cell: 'text',
        description: 'Waar de GKA-agenda van de gemeente openbaar staat.',
        allowed: 'een webadres dat begint met https://',
        example: 'https://www.example.org/gka-agenda',
      },
      themes("De thema's van de GKA-agenda. Leeg als ze niet bekend zijn."),
      {
        name: 'samenvatting',
        field: 'summary',
        cell: 'text',
        description: 'Eén of twee zinnen over de GKA in deze gemeente.',
        allowed: 'tekst',
        example: 'Dit is de voorbeeldrij van het sjabloon. Vervang of verwijder hem.',
      },
      concept,
      publishDate,
    ],
  },
};

export const allowedText = (column: Column, v: ImportVocabulary) => (typeof column.allowed === 'function' ? column.allowed(v) : column.allowed);
