// One generated share image per page type (Open Graph, Twitter). Kept apart from the route that
// draws them so page metadata only needs the address.

export const SHARE_KINDS = [
  'home',
  'nieuws',
  'activiteiten',
  'agendas',
  'podcast',
  'interventies',
  'gemeenten',
  'regiocoordinatoren',
  'themas',
  'publicaties',
  'open-data',
  'pagina',
] as const;

export type ShareKind = (typeof SHARE_KINDS)[number];

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** `/deelafbeeldingen/nieuws.png`: a dotted path, so the locale proxy leaves it alone. */
export const shareImageUrl = (kind: ShareKind) => `/deelafbeeldingen/${kind}.png`;

export function parseShareImageFile(file: string): ShareKind | undefined {
  const kind = file.replace(/\.png$/, '');
  return file.endsWith('.png') && (SHARE_KINDS as readonly string[]).includes(kind) ? (kind as ShareKind) : undefined;
}
