// A source as editors write it ("Gemeentepagina Ede op de GKA-site, www.gelijke-kansen.nl/gemeenten/ede"):
// the web addresses in it become links, the rest stays text.

export type SourcePart = { text: string; href?: string };

// An address with a scheme or starting with www.; a full stop, comma or bracket at its end is
// the sentence's, not the address's.
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

export function sourceParts(source: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let at = 0;
  for (const m of source.matchAll(ADDRESS)) {
    if (m.index > at) parts.push({ text: source.slice(at, m.index) });
    parts.push({ text: m[0], href: m[0].startsWith('www.') ? `https://${m[0]}` : m[0] });
    at = m.index + m[0].length;
  }
  if (at < source.length) parts.push({ text: source.slice(at) });
  return parts;
}
