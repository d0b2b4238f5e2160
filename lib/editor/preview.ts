// The preview of a change: the served release opened again with the change's documents in place
// (replacing the document of the same file, or added), at the moment the change would show — so
// the page is rendered by the same views, components and stylesheet as the site (app/beheer/
// wijzigingen/[id]/voorbeeld). Concepts and scheduled documents of the change are shown.
import { DOCUMENT_KINDS, openRelease, type Documents, type Release } from '../content/release';
import { GENERATED_TYPE } from '../release/content-build';
import { amsterdamToInstant, isDay } from '../dates';

type Generated = { type: string; _raw: { sourceFilePath: string }; draft?: boolean; publishDate?: string; url: string };

const KIND_OF_TYPE = new Map(DOCUMENT_KINDS.map((kind) => [GENERATED_TYPE[kind], kind]));

/** The release with `documents` in place; removed paths (a withdrawal's preview shows the list without it) left out. */
export function previewRelease(release: Release, documents: Generated[], removed: string[] = []): Release {
  const replaced = new Set([...documents.map((d) => d._raw.sourceFilePath), ...removed]);
  const docs = Object.fromEntries(
    DOCUMENT_KINDS.map((kind) => [kind, (release.documents[kind] as unknown as Generated[]).filter((d) => !replaced.has(d._raw.sourceFilePath))]),
  ) as unknown as Record<keyof Documents, Generated[]>;
  for (const doc of documents) {
    const kind = KIND_OF_TYPE.get(doc.type);
    if (!kind) throw new Error(`Onbekende inhoudssoort ${doc.type}`);
    // Shown as it will be once published: not a concept, and from its day on.
    docs[kind].push({ ...doc, draft: false });
  }
  return openRelease({ id: `${release.id}+voorbeeld`, createdAt: release.createdAt, documents: docs as unknown as Documents });
}

/** The moment to show a preview at: now, or the start of the publication day if that is later. */
export function previewInstant(documents: Pick<Generated, 'publishDate'>[], now: Date): Date {
  const days = documents.flatMap((d) => (d.publishDate && isDay(d.publishDate) ? [amsterdamToInstant(d.publishDate).getTime()] : []));
  return new Date(Math.max(now.getTime(), ...days));
}
