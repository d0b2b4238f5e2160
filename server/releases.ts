// The content release this server serves (lib/release: a folder, or PostgreSQL with DATABASE_URL),
// opened (lib/content/release.ts) and followed: every half second the store is asked for a newer
// one; it is loaded, checked and prepared whole before the switch (server/release-holder.ts).
//
// A store without any release (a fresh clone after `npm run build`, a new database) gets one
// first: the content of this build, from .contentlayer/generated, which the build has checked.
import path from 'node:path';
import { openRelease, type Release } from '@/lib/content/release';
import { draftRelease } from '@/lib/release/envelope';
import { contentFiles, documentsFrom } from '@/lib/release/content-build';
import { openReleaseStore, ReleaseError, type ReleaseStore } from '@/lib/release';
import { createReleaseHolder, type Holder } from './release-holder';

/** A release as a server holds it: the opened content and its files by address (`/inhoud/…`). */
export type Loaded = { release: Release; files: ReadonlyMap<string, Buffer> };

/** How often a server asks the store for a newer release (GKA_RELEASE_POLL_MS). */
const POLL_MS = Math.max(50, Number(process.env.GKA_RELEASE_POLL_MS) || 500);

/** The build's own content as the first release, when the store has none. */
async function publishBuildContent(store: ReleaseStore, root: string, log: (line: string) => void) {
  const documents = documentsFrom(path.join(root, '.contentlayer/generated'));
  const { draft, files } = draftRelease({ documents, files: contentFiles(documents, path.join(root, 'public')), createdAt: new Date() });
  try {
    const envelope = await store.publish(draft, files);
    log(`Nog geen release in ${store.where}: de inhoud van deze build is release ${envelope.id} (nr. ${envelope.seq}).`);
  } catch (error) {
    // Another server of this installation did it at the same moment: its release is as good.
    if (!(error instanceof ReleaseError && error.kind === 'busy')) throw error;
    for (let i = 0; i < 100 && !(await store.latest()); i++) await new Promise((r) => setTimeout(r, 100));
  }
}

export async function followReleases<Prepared>({
  root,
  showDrafts,
  prepare,
  log,
  onSwitch,
}: {
  root: string;
  showDrafts: boolean;
  /** What else a release needs before its first request (the renderer's state: search index, timed pages). */
  prepare: (loaded: Loaded) => Prepared | Promise<Prepared>;
  log: (line: string) => void;
  onSwitch?: () => void;
}): Promise<{ holder: Holder<Prepared>; close(): Promise<void> }> {
  const { store, close } = await openReleaseStore(log);
  if (!(await store.latest())) await publishBuildContent(store, root, log);
  const holder = await createReleaseHolder({
    source: {
      latest: () => store.latest(),
      load: async (ref) => {
        const { envelope, files } = await store.load(ref.id);
        if (envelope.seq !== ref.seq) throw new ReleaseError('corrupt', `Release ${ref.id} heeft nr. ${envelope.seq}, niet ${ref.seq}`);
        // Parsing and opening are each a block of work: requests waiting in between go first.
        await new Promise((resolve) => setImmediate(resolve));
        const release = openRelease({ id: envelope.id, createdAt: envelope.createdAt, documents: envelope.documents }, { showDrafts });
        return { release, files: new Map(files.map((f) => [`/${f.path}`, f.data])) } satisfies Loaded;
      },
    },
    prepare,
    log,
    onSwitch,
  });
  holder.watch(POLL_MS);
  return {
    holder,
    close: async () => {
      holder.stop();
      await close();
    },
  };
}
