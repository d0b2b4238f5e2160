// Fixed vocabularies that content may use. Themes are documents (content/themas), so they are
// checked against the theme files; these lists are closed by design and change with the code.
export const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Fryslân',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;
export type Province = (typeof PROVINCES)[number];

export const SCHOOL_TYPES = ['vve', 'po', 'vo', 'mbo'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** NJi Databank Effectieve Jeugdinterventies scale, weakest to strongest. */
export const EVIDENCE_LEVELS = ['goed-onderbouwd', 'eerste-aanwijzingen', 'goede-aanwijzingen', 'sterke-aanwijzingen'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const AUDIENCES = ['leraren', 'schoolleiders', 'bestuurders', 'wethouders', 'beleidsmedewerkers', 'ouders', 'iedereen'] as const;
export type Audience = (typeof AUDIENCES)[number];
