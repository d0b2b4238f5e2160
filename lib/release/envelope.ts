// A release as it is stored: one envelope (release.json) with every document of one content build
// and the list of its files, each with its SHA-256. The envelope is checked whenever a release is
// read, so a server never opens something half-written, hand-edited or from another version.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DOCUMENT_KINDS, type Documents } from '../content/release';

export type { Documents };

export const ENVELOPE_FORMAT = 1;

/** A file of a release, as listed in its envelope: `inhoud/…`, served at `/inhoud/…`. */
export type FileEntry = { path: string; sha256: string; bytes: number };

/** A file with its content, as published and as loaded (checked against its SHA-256). */
export type ReleaseFile = FileEntry & { data: Buffer };

export type Envelope = {
  format: typeof ENVELOPE_FORMAT;
  /** Sortable and readable: UTC time of the publish and the start of the content hash. */
  id: string;
  /** Assigned by the store: higher is newer, whatever the clocks say. */
  seq: number;
  createdAt: string;
  source: { contentHash: string; commit?: string };
  counts: Record<keyof Documents, number>;
  documents: Documents;
  files: FileEntry[];
};

/** An envelope before the store has given it its number. */
export type Draft = Omit<Envelope, 'seq'>;

export const RELEASE_ID = /^\d{8}T\d{6}Z-[0-9a-f]{6}$/;
const SHA256 = /^[0-9a-f]{64}$/;
/** Below inhoud/, no empty, `.` or `..` segment: a path from an envelope can never leave its release. */
const FILE_PATH = /^inhoud(?:\/(?!\.{1,2}(?:\/|$))[^/\0\\]+)+$/;

// Only the shape every reader relies on (arrays of documents with an address and a slug): the
// content rules themselves ran when the release was made (lib/content/validate.ts).
const documentList = z.array(z.looseObject({ url: z.string(), slug: z.string() }));
const countOf = z.number().int().nonnegative();

const envelopeSchema = z
  .object({
    format: z.literal(ENVELOPE_FORMAT),
    id: z.string().regex(RELEASE_ID),
    seq: z.number().int().positive(),
    createdAt: z.iso.datetime(),
    source: z.object({ contentHash: z.string().regex(SHA256), commit: z.string().optional() }),
    counts: z.object(Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, countOf])) as Record<keyof Documents, typeof countOf>),
    documents: z.object(Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, documentList])) as Record<keyof Documents, typeof documentList>),
    files: z.array(z.object({ path: z.string().regex(FILE_PATH), sha256: z.string().regex(SHA256), bytes: countOf })),
  })
  .superRefine((e, ctx) => {
    for (const kind of DOCUMENT_KINDS)
      if (e.counts[kind] !== e.documents[kind].length)
        ctx.addIssue({ code: 'custom', path: ['counts', kind], message: `${e.counts[kind]} volgens counts, ${e.documents[kind].length} in documents` });
    const paths = new Set<string>();
    for (const [i, f] of e.files.entries()) {
      if (paths.has(f.path)) ctx.addIssue({ code: 'custom', path: ['files', i, 'path'], message: `${f.path} staat er twee keer in` });
      paths.add(f.path);
    }
  });

/** A problem with a stored release, in one Dutch phrase ("Release … is onvolledig (…)"). */
export class ReleaseError extends Error {
  constructor(
    readonly kind: 'incomplete' | 'corrupt' | 'missing' | 'busy' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'ReleaseError';
  }
}

/** The envelope if `value` has its shape, else a ReleaseError saying where it does not. The documents are not copied. */
export function checkEnvelope(value: unknown, id: string): Envelope {
  const result = envelopeSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ReleaseError('corrupt', `Release ${id} is beschadigd (release.json, ${issue.path.join('.') || 'geheel'}: ${issue.message})`);
  }
  if (result.data.id !== id) throw new ReleaseError('corrupt', `Release ${id} is beschadigd (release.json hoort bij release ${result.data.id})`);
  return value as Envelope;
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** `20261207T081203Z`: the UTC second, sortable as text. */
const stamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

/**
 * A draft release of the documents and files of one content build. The id joins the UTC second
 * and the content hash: two drafts of the same content differ only in their time.
 */
export function draftRelease(input: { documents: Documents; files: { path: string; data: Buffer }[]; createdAt: Date; commit?: string }): {
  draft: Draft;
  files: ReleaseFile[];
} {
  const files = input.files
    .map((f) => ({ path: f.path, sha256: sha256(f.data), bytes: f.data.length, data: f.data }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256').update(JSON.stringify(input.documents));
  for (const f of files) hash.update(`\n${f.path} ${f.sha256}`);
  const contentHash = hash.digest('hex');
  const counts = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, input.documents[kind].length])) as Record<keyof Documents, number>;
  const draft: Draft = {
    format: ENVELOPE_FORMAT,
    id: `${stamp(input.createdAt)}-${contentHash.slice(0, 6)}`,
    createdAt: input.createdAt.toISOString(),
    source: { contentHash, ...(input.commit ? { commit: input.commit } : {}) },
    counts,
    documents: input.documents,
    files: files.map(({ path, sha256, bytes }) => ({ path, sha256, bytes })),
  };
  return { draft, files };
}

/** The envelope with its number, checked, as the stores write it; the files must be the draft's. */
export function sealRelease(draft: Draft, seq: number, files: readonly ReleaseFile[]): { envelope: Envelope; json: string } {
  const envelope = checkEnvelope({ ...draft, seq }, draft.id);
  const given = new Map(files.map((f) => [f.path, f]));
  const listed = envelope.files;
  if (given.size !== listed.length || listed.some((f) => given.get(f.path)?.sha256 !== f.sha256 || sha256(given.get(f.path)!.data) !== f.sha256))
    throw new ReleaseError('corrupt', `Release ${draft.id} is beschadigd (de bestanden kloppen niet met de lijst in release.json)`);
  return { envelope, json: JSON.stringify(envelope) };
}

/** Each listed file from `read`, checked against its size and SHA-256. */
export async function verifiedFiles(envelope: Envelope, read: (path: string) => Promise<Buffer | undefined>): Promise<ReleaseFile[]> {
  const out: ReleaseFile[] = [];
  for (const f of envelope.files) {
    const data = await read(f.path);
    if (!data) throw new ReleaseError('incomplete', `Release ${envelope.id} is onvolledig (${f.path} ontbreekt)`);
    if (data.length !== f.bytes || sha256(data) !== f.sha256)
      throw new ReleaseError('corrupt', `Release ${envelope.id} is beschadigd (${f.path} klopt niet met zijn sha256)`);
    out.push({ ...f, data });
  }
  return out;
}
