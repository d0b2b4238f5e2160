// Open data: interventions, municipalities and events as CSV and JSON, with DCAT-AP-DONL
// descriptions that data.overheid.nl can harvest. Records are flat and Dutch-named.
import { urls } from '../urls';
import { GKA_MAILBOX, SITE_NAME } from '../site';
import type { PublishedIntervention } from '../content/queries';

export const CSV_SEPARATOR = ';';
export const LIST_SEPARATOR = '|';
export const LICENSE = { uri: 'http://creativecommons.org/publicdomain/zero/1.0/deed.nl', name: 'CC0 1.0 (publiek domein)' };
export const CONTACT = { name: SITE_NAME, email: GKA_MAILBOX };

/**
 * DCAT-AP-DONL 2.0 value lists. The organisation is the ministry's TOOI identifier (DONL replaces
 * the OWMS organisation list by TOOI and still accepts both); the theme is the main theme
 * "Onderwijs en wetenschap" of the Taxonomie Beleidsagenda (OWMS, http as OWMS publishes it);
 * the status comes from Overheid:DatasetStatus.
 */
export const DONL = {
  organisation: { uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1109', name: 'Ministerie van Onderwijs, Cultuur en Wetenschap' },
  themeEducation: 'http://standaarden.overheid.nl/owms/terms/Onderwijs_en_wetenschap',
  statusAvailable: 'http://data.overheid.nl/status/beschikbaar',
  language: 'http://publications.europa.eu/resource/authority/language/NLD',
} as const;

export type Field = string | number | boolean | null | string[];
export type Row = Record<string, Field>;
export type Dataset = { id: string; title: string; description: string; keywords: string[]; rows: Row[] };

type Intervention = PublishedIntervention;
type Municipality = {
  slug: string;
  title: string;
  url: string;
  cbsCode: string;
  province: string;
  region: string;
  gkaSince?: number;
  agendaPeriod?: string;
  themes: string[];
};
type Event = {
  slug: string;
  title: string;
  url: string;
  start: string;
  end?: string;
  location?: string;
  audience: string[];
  themes: string[];
  summary: string;
};

export function datasets(c: { interventions: Intervention[]; municipalities: Municipality[]; events: Event[] }, origin: string): Dataset[] {
  const name = new Map(c.municipalities.map((m) => [m.slug, m]));
  return [
    {
      id: 'interventies',
      title: 'Interventies van GKA-gemeenten',
      description:
        "Interventies uit de GKA-agenda's van gemeenten in de Gelijke Kansen Alliantie, met thema's, onderwijstypen, doelgroep en partners, en bij elke interventie de bron waar het feit vandaan komt. Alleen interventies die openbare bronnen noemen; de bundel van 2022 telt er 264.",
      keywords: ['gelijke kansen', 'onderwijs', 'interventies', 'gemeenten'],
      rows: c.interventions.map((i) => ({
        id: i.slug,
        titel: i.title,
        gemeente: name.get(i.municipality)?.title ?? i.municipality,
        gemeente_id: i.municipality,
        provincie: name.get(i.municipality)?.province ?? null,
        themas: i.themes,
        onderwijstypen: i.schoolTypes,
        doelgroep: i.targetGroup,
        partners: i.partners,
        samenvatting: i.summary,
        bron: i.source,
        url: `${origin}${i.url}`,
      })),
    },
    {
      id: 'gemeenten',
      title: 'GKA-gemeenten',
      description:
        "Gemeenten die een GKA-agenda hebben, met CBS-gemeentecode, provincie, regio, jaar van aansluiting (als dat bekend is) en thema's van de agenda.",
      keywords: ['gelijke kansen', 'gemeenten', 'GKA-agenda'],
      rows: c.municipalities.map((m) => ({
        id: m.slug,
        naam: m.title,
        cbs_code: m.cbsCode,
        provincie: m.province,
        regio: m.region,
        gka_sinds: m.gkaSince ?? null,
        looptijd_agenda: m.agendaPeriod ?? null,
        themas: m.themes,
        url: `${origin}${m.url}`,
      })),
    },
    {
      id: 'activiteiten',
      title: 'Activiteiten van de Gelijke Kansen Alliantie',
      description: 'Bijeenkomsten, leernetwerken en conferenties van de GKA. Tijden in Nederlandse tijd (Europe/Amsterdam).',
      keywords: ['gelijke kansen', 'activiteiten', 'leernetwerken'],
      rows: c.events.map((e) => ({
        id: e.slug,
        titel: e.title,
        start: e.start,
        einde: e.end ?? null,
        locatie: e.location ?? null,
        doelgroepen: e.audience,
        themas: e.themes,
        samenvatting: e.summary,
        url: `${origin}${e.url}`,
      })),
    },
  ];
}

function csvCell(value: Field, neutralizeFormulas: boolean): string {
  let text = value === null ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  // What visitors typed must not run as a formula when staff open the file in Excel (CSV injection).
  if (neutralizeFormulas && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 with ";" (what Dutch Excel expects) and a byte order mark so Excel reads UTF-8.
 * `neutralizeFormulas` for text from outside (form submissions).
 */
export function toCsv(rows: Row[], { neutralizeFormulas = false } = {}): string {
  if (rows.length === 0) return '\uFEFF';
  const header = Object.keys(rows[0]);
  const lines = [header.join(CSV_SEPARATOR), ...rows.map((r) => header.map((h) => csvCell(r[h], neutralizeFormulas)).join(CSV_SEPARATOR))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** `modified`: the day the dataset's content last changed (lib/open-data/versions.ts). */
export function toJson(dataset: Dataset, modified: string): string {
  return JSON.stringify({ dataset: dataset.id, titel: dataset.title, gewijzigd: modified, licentie: LICENSE.uri, records: dataset.rows }, null, 2);
}

/**
 * A DCAT-AP-DONL 2.0 catalogue (JSON-LD) describing every dataset and its two distributions;
 * `modified` gives the day each dataset's content last changed.
 */
export function dcatCatalog(all: Dataset[], origin: string, modified: (dataset: Dataset) => string) {
  const organisation = { '@id': DONL.organisation.uri, '@type': 'foaf:Organization', 'foaf:name': DONL.organisation.name };
  return {
    '@context': {
      adms: 'http://www.w3.org/ns/adms#',
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${origin}${urls.openDataCatalog()}`,
    '@type': 'dcat:Catalog',
    'dct:title': { '@value': 'Open data van de Gelijke Kansen Alliantie', '@language': 'nl' },
    'dct:description': {
      '@value': 'De datasets van de website van de Gelijke Kansen Alliantie: interventies, GKA-gemeenten en activiteiten.',
      '@language': 'nl',
    },
    'dct:language': { '@id': DONL.language },
    'dct:publisher': organisation,
    'dcat:dataset': all.map((d) => ({
      '@id': `${origin}${urls.openData()}#${d.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${origin}${urls.openData()}#${d.id}`,
      'dct:title': { '@value': d.title, '@language': 'nl' },
      'dct:description': { '@value': d.description, '@language': 'nl' },
      'dcat:keyword': d.keywords,
      'dcat:theme': { '@id': DONL.themeEducation },
      'dct:language': { '@id': DONL.language },
      'dct:creator': organisation,
      'dct:publisher': organisation,
      'adms:status': { '@id': DONL.statusAvailable },
      'dct:license': { '@id': LICENSE.uri },
      'dct:modified': { '@value': modified(d), '@type': 'xsd:date' },
      'dct:accessRights': { '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC' },
      'dcat:landingPage': { '@id': `${origin}${urls.openData()}` },
      'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': CONTACT.name, 'vcard:hasEmail': { '@id': `mailto:${CONTACT.email}` } },
      'dcat:distribution': (['csv', 'json'] as const).map((format) => ({
        '@type': 'dcat:Distribution',
        'dct:title': { '@value': `${d.title} (${format.toUpperCase()})`, '@language': 'nl' },
        'dcat:accessURL': { '@id': `${origin}${urls.openDataFile(d.id, format)}` },
        'dcat:downloadURL': { '@id': `${origin}${urls.openDataFile(d.id, format)}` },
        'dcat:mediaType': format === 'csv' ? 'text/csv' : 'application/json',
        'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${format.toUpperCase()}` },
        'dct:license': { '@id': LICENSE.uri },
      })),
    })),
  };
}
