// Names people type that differ from the official ones. Keys and values are folded.
// Source: common usage; the official municipality names are in content/gemeenten.
const QUERY_ALIASES: Record<string, string> = {
  'den bosch': 's-hertogenbosch',
  hertogenbosch: 's-hertogenbosch',
  's-gravenhage': 'den haag',
  sgravenhage: 'den haag',
  'the hague': 'den haag',
  'sudwest friesland': 'sudwest-fryslan',
  'zuidwest friesland': 'sudwest-fryslan',
  'regio coordinator': 'regiocoordinator',
  'regio-coordinator': 'regiocoordinator',
};

/** Replaces known alternative names in a folded query. */
export function expandAliases(foldedQuery: string): string {
  let q = ` ${foldedQuery.replace(/\s+/g, ' ').trim()} `;
  for (const [alias, canonical] of Object.entries(QUERY_ALIASES)) {
    q = q.replaceAll(` ${alias} `, ` ${canonical} `);
  }
  return q.trim();
}
