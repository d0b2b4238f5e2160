// New content files for `npm run nieuw`: the right folder, slug and date, every required field
// present with a placeholder that passes the checks and a comment that says what to fill in.
// New files start as concepts (draft: true), so a placeholder never goes live.
import { fold } from '../search/text';
import { findMunicipality } from '../municipalities/finder';
import { finderIndex } from '../municipalities/register';
import { AUDIENCES, PROVINCES, SCHOOL_TYPES } from '../vocabulary';

export const KINDS = ['nieuws', 'activiteit', 'publicatie', 'agenda', 'gemeente', 'regio', 'interventie', 'podcast', 'pagina', 'thema'] as const;
export type Kind = (typeof KINDS)[number];

const FOLDER: Record<Kind, string> = {
  nieuws: 'nieuws',
  activiteit: 'activiteiten',
  publicatie: 'publicaties',
  agenda: 'agendas',
  gemeente: 'gemeenten',
  regio: 'regios',
  interventie: 'interventies',
  podcast: 'podcast',
  pagina: 'paginas',
  thema: 'themas',
};

export function slugify(title: string): string {
  return fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export type Vocabulary = { themes: string[]; municipalities: string[]; regions: string[]; nextEpisode: number; nextThemeOrder: number };

const q = (s: string) => JSON.stringify(s);
const TODO = 'Vul dit in.';

/** A municipality page is for a real municipality: its name must lead to one CBS code. */
function cbsCodeFor(name: string): string {
  const result = findMunicipality(finderIndex, name);
  if (result.status === 'found' && result.exact && result.matched.kind !== 'former') return result.municipality.code;
  const options = result.status === 'choose' ? result.candidates.map((c) => c.municipality.name) : result.status === 'found' ? [result.municipality.name] : [];
  throw new Error(`"${name}" is geen gemeente in de CBS-lijst.${options.length ? ` Bedoel je: ${options.join(', ')}?` : ''} Gebruik de naam van de gemeente als titel.`);
}

export function scaffold(kind: Kind, title: string, today: string, v: Vocabulary): { path: string; text: string } {
  const slug = slugify(title);
  if (!slug) throw new Error('De titel moet letters of cijfers bevatten.');
  const themeChoice = `# thema's, kies uit: ${v.themes.join(', ')}`;
  const head = [`title: ${q(title)}`];
  const concept = ['draft: true # concept: zet op false (of haal weg) om te publiceren', `# publishDate: "${today}" # optioneel: pas vanaf deze dag op de site`];
  const summary = `summary: ${q(TODO)} # verplicht: één of twee zinnen, wordt in lijsten getoond`;
  const bodyText = `Schrijf hier de tekst. Gebruik ## voor tussenkoppen.\n`;
  const inAMonth = new Date(`${today}T12:00:00Z`);
  inAMonth.setUTCDate(inAMonth.getUTCDate() + 30);
  const eventDay = inAMonth.toISOString().slice(0, 10);
  const fields: Record<Kind, string[]> = {
    nieuws: [...head, `date: "${today}" # JJJJ-MM-DD, de publicatiedatum; die staat ook in het webadres`, summary, `themes: [] ${themeChoice}`, 'municipalities: [] # gemeenten in het bericht (slugs uit content/gemeenten)'],
    activiteit: [
      ...head,
      summary,
      `start: "${eventDay}T10:00" # JJJJ-MM-DDTUU:MM in Nederlandse tijd, of alleen JJJJ-MM-DD als de tijd nog niet bekend is`,
      `end: "${eventDay}T12:00" # optioneel, na de start`,
      '# location: "" # plaats en adres; laat weg zolang die niet bekend is',
      `audience: [${AUDIENCES[0]}] # voor wie, kies uit: ${AUDIENCES.join(', ')}`,
      `themes: [] ${themeChoice}`,
      '# registration: # optioneel: zo meld je je aan',
      '#   how: "Stuur een e-mail met een korte motivatie."',
      `#   deadline: "${eventDay}"`,
      '#   email: gelijkekansen@minocw.nl',
    ],
    publicatie: [
      ...head,
      `date: "${today}" # JJJJ-MM-DD`,
      summary,
      `themes: [] ${themeChoice}`,
      'files: [] # bijlagen: - title: "Het rapport"  file: ./rapport.pdf (zet het PDF-bestand naast dit bestand)',
      'relatedNews: [] # nieuwsberichten over deze publicatie (slugs uit content/nieuws)',
    ],
    agenda: [
      ...head,
      summary,
      `aim: ${q(TODO)} # verplicht: het doel van de agenda`,
      'period: "Minimaal twee jaar" # verplicht: de looptijd',
      `howToJoin: ${q(TODO)} # verplicht: hoe scholen meedoen`,
      'openToNonGka: true # kunnen scholen uit gemeenten die geen GKA-gemeente zijn meedoen?',
      `status: ${q(TODO)} # verplicht: loopt de agenda nog? Zoals de bron het zegt, met de bron erbij`,
      `instruments: [${q(TODO)}] # verplicht: wat de agenda biedt, één per regel`,
      `themes: [] ${themeChoice}`,
    ],
    gemeente: [
      ...head,
      `cbsCode: ${kind === 'gemeente' ? cbsCodeFor(title) : ''} # de CBS-code; provincie en regio volgen daaruit`,
      '# gkaSince: 2024 # optioneel: jaar van aansluiting, alleen als dat zeker is',
      '# agendaPeriod: "2024-2027" # optioneel: looptijd van de GKA-agenda',
      `themes: [] ${themeChoice}`,
      summary,
    ],
    regio: [
      ...head,
      summary,
      `provinces: [] # elke provincie hoort bij één regio: haal haar weg bij de oude regio. Kies uit: ${PROVINCES.join(', ')}`,
      'municipalities: [] # optioneel: CBS-codes van losse gemeenten die bij deze regio horen (data/gemeenten-2025.json)',
      'contactRole: "Regiocoördinator GKA" # verplicht: de functie',
      'email: gelijkekansen@minocw.nl # verplicht',
      '# contactName: "" # alleen een echte persoon die ermee instemt',
      '# phone: "" # alleen een echt, openbaar nummer',
      '# photo: ./foto.jpg # optioneel, alleen met contactName: de foto naast dit bestand',
      '# photoAlt: "Portret van …" # verplicht bij een foto',
    ],
    interventie: [
      ...head,
      `municipality: ${v.municipalities[0]} # verplicht, kies uit: ${v.municipalities.join(', ')}`,
      `themes: [${v.themes[0]}] ${themeChoice}`,
      `schoolTypes: [${SCHOOL_TYPES[1]}] # kies uit: ${SCHOOL_TYPES.join(', ')}; [] als de bron het niet noemt`,
      `targetGroup: ${q(TODO)} # verplicht: voor wie, in gewone woorden`,
      'partners: [] # samenwerkingspartners',
      summary,
      `date: "${today}" # sinds wanneer op de site`,
      `source: ${q(TODO)} # verplicht: waar het feit vandaan komt, titel en adres van de bron`,
    ],
    podcast: [`number: ${v.nextEpisode} # het nummer van de aflevering`, ...head, `description: ${q(TODO)} # verplicht: waar de aflevering over gaat`, `# date: "${today}" # optioneel`, '# audio: /downloads/aflevering.mp3 # optioneel'],
    pagina: [...head, summary, `updated: "${today}" # laatst inhoudelijk bijgewerkt`],
    thema: [...head, summary, `order: ${v.nextThemeOrder} # plaats in lijsten`],
  };
  return { path: `${FOLDER[kind]}/${slug}.md`, text: `---\n${[...fields[kind], ...concept].join('\n')}\n---\n\n${bodyText}` };
}
