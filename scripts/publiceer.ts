// `npm run publiceer`: the content of content/ (or CONTENT_DIR) as a new release, which every
// server then loads; when it is what the latest release holds, nothing is published. The content build checks it first, with the same rules as `npm run build`;
// if anything is wrong, nothing is published. `npm run publiceer -- --controleer` only checks.
// One publish at a time (lib/release: a lock file, or the lease in PostgreSQL). The content build
// (scripts/contentlayer-data.mjs: contentlayer's own, in this process, its documents kept in memory)
// runs in a build folder of its own (.cache/publiceer/, kept for contentlayer's cache and the
// images it copies to public/inhoud/), never in the checkout: .contentlayer/generated and
// public/inhoud/ there are the build's content, which a server of this checkout opens (its first
// release, lib/content) and the tests read.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildProblems, checkContent, contentSetOf } from '../lib/content/check';
import { formatProblems } from '../lib/content/validate';
import { DOCUMENT_KINDS, type Documents } from '../lib/content/release';
import { openReleaseStore, ReleaseError } from '../lib/release';
import { contentFiles, documentsOf } from '../lib/release/content-build';
import { draftRelease } from '../lib/release/envelope';
import type { PublishLock } from '../lib/release/store';

/** Releases kept besides the newest: enough to go back a few publishes by republishing. */
const KEEP = 10;

const NAMES: Record<keyof Documents, [string, string]> = {
  themes: ['thema', "thema's"],
  news: ['nieuwsbericht', 'nieuwsberichten'],
  publications: ['publicatie', 'publicaties'],
  agendas: ['agenda', "agenda's"],
  municipalities: ['gemeente', 'gemeenten'],
  regions: ['regio', "regio's"],
  interventions: ['interventie', 'interventies'],
  events: ['activiteit', 'activiteiten'],
  podcastEpisodes: ['podcastaflevering', 'podcastafleveringen'],
  pages: ['pagina', "pagina's"],
};

const started = performance.now();
const checkOnly = process.argv.includes('--controleer');
const project = process.cwd();
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1).replace('.', ',')} s`;
const counted = (counts: Record<keyof Documents, number>, files: number) =>
  [...DOCUMENT_KINDS.map((k) => `${counts[k]} ${NAMES[k][counts[k] === 1 ? 0 : 1]}`), `${files} ${files === 1 ? 'bestand' : 'bestanden'}`].join(', ');

/** Every image and PDF below the content folder with its size and time: changes when any of them does. */
function imageStamp(dir: string): string {
  const hash = createHash('sha256');
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && IMAGE.test(e.name));
  for (const e of files.map((f) => path.join(f.parentPath, f.name)).sort()) {
    const stat = fs.statSync(e);
    hash.update(`${path.relative(dir, e)} ${stat.size} ${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}
const IMAGE = /\.(?:jpe?g|png|webp|gif|pdf)$/i;

/**
 * The folder the content build runs in for this store: the project's code, data and public files
 * linked in, its own .contentlayer/ and public/inhoud/. One per store, so two stores published
 * from one checkout at once do not share it; one publish at a time per store (the lock).
 */
function buildFolder(where: string): string {
  const dir = path.join(project, '.cache/publiceer', createHash('sha256').update(where).digest('hex').slice(0, 12));
  const link = (from: string, to: string) => {
    fs.rmSync(to, { recursive: true, force: true });
    fs.symlinkSync(from, to);
  };
  fs.mkdirSync(path.join(dir, 'public/inhoud'), { recursive: true });
  for (const entry of ['node_modules', 'lib', 'data', 'contentlayer.config.ts', 'package.json', 'tsconfig.json'])
    if (fs.existsSync(path.join(project, entry))) link(path.join(project, entry), path.join(dir, entry));
  // public/ itself is real: the build copies the images into its inhoud/; the rest (downloads the
  // publications point at) is the checkout's.
  const shared = fs.existsSync(path.join(project, 'public')) ? fs.readdirSync(path.join(project, 'public')).filter((e) => e !== 'inhoud') : [];
  for (const entry of fs.readdirSync(path.join(dir, 'public')))
    if (entry !== 'inhoud' && !shared.includes(entry)) fs.rmSync(path.join(dir, 'public', entry), { force: true });
  for (const entry of shared) link(path.join(project, 'public', entry), path.join(dir, 'public', entry));
  return dir;
}

async function main(): Promise<number> {
  const { store, close } = await openReleaseStore((line) => console.log(line));
  let lock: PublishLock | undefined;
  try {
    lock = await store.lock();
    const work = buildFolder(store.where);
    // contentlayer reuses a document it has seen unless its Markdown changed, images and PDFs included: a
    // replaced or newly added file would not be copied again. Its cache goes when any of them changed.
    const stamp = imageStamp(contentDir);
    const stampFile = path.join(work, '.contentlayer/afbeeldingen.sha256');
    if (!fs.existsSync(stampFile) || fs.readFileSync(stampFile, 'utf8') !== stamp)
      fs.rmSync(path.join(work, '.contentlayer/.cache'), { recursive: true, force: true });
    // The build's documents in memory, never written to .contentlayer/generated (a build folder
    // from before has one: stale, so it goes). The model reads CONTENT_DIR when it is loaded.
    fs.rmSync(path.join(work, '.contentlayer/generated'), { recursive: true, force: true });
    process.env.CONTENT_DIR = contentDir;
    // Loaded here, so the time publiceer reports includes contentlayer's (about 0.7 s).
    // @ts-expect-error: a plain ES module of the scripts, without types
    const { buildContent } = await import('./contentlayer-data.mjs');
    const built = await buildContent(work);
    // The rules the build runs after contentlayer's own (contentlayer.config.ts onSuccess).
    const problems = built.documents ? buildProblems(contentSetOf(built.documents), contentDir) : [];
    if (!built.documents || problems.length) {
      // contentlayer reports its own field checks in English; the checker (lib/content/check.ts) says
      // the same in Dutch, the rules across documents too, with file, line and field.
      // The content model's types only here, for the checker: a publish whose content builds never needs them.
      const { documentTypes } = await import('../contentlayer.config');
      const types = documentTypes.map((t) => t.def());
      const checked = checkContent(contentDir, types as never);
      const output = (built.output ?? '').trim().split('\n').slice(-20).join('\n');
      console.error(checked.length ? formatProblems(checked) : problems.length ? formatProblems(problems) : `De inhoud kon niet worden gebouwd:\n${output}`);
      console.error('Niets gepubliceerd.');
      return 1;
    }
    fs.writeFileSync(stampFile, stamp);
    const documents = documentsOf(built.documents);
    const commit = spawnSync('git', ['-C', contentDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
    const { draft, files } = draftRelease({
      documents,
      files: contentFiles(documents, path.join(work, 'public')),
      createdAt: new Date(),
      commit: commit.status === 0 ? commit.stdout.trim() : undefined,
    });
    if (checkOnly) {
      console.log(`De inhoud is in orde: ${counted(draft.counts, files.length)} (${seconds()}). Niets gepubliceerd (--controleer).`);
      return 0;
    }
    // The same documents and files as the release being served: nothing to publish (npm start
    // runs this at every start).
    // By the hash the store keeps beside the release: loading the envelope of 10,000 documents to
    // compare it takes seconds. A release that is not whole is published again.
    const latest = await store.latest();
    const servedHash =
      latest &&
      (await store
        .contentHash(latest.id)
        .then((hash) => hash ?? store.load(latest.id).then((served) => served.envelope.source.contentHash))
        .catch(() => undefined));
    if (latest && servedHash === draft.source.contentHash) {
      console.log(`Niets veranderd sinds release ${latest.id} (nr. ${latest.seq}): niets gepubliceerd (${seconds()}).`);
      return 0;
    }
    const envelope = await lock.publish(draft, files);
    await store.prune(KEEP);
    console.log(`Release ${envelope.id} (nr. ${envelope.seq}) gepubliceerd in ${store.where}: ${counted(envelope.counts, files.length)} (${seconds()}).`);
    return 0;
  } catch (error) {
    if (error instanceof ReleaseError) console.error(error.kind === 'busy' ? error.message : `${error.message}. Niets gepubliceerd.`);
    else console.error(`Publiceren mislukt: ${(error as Error).message}. Niets gepubliceerd.`);
    return 1;
  } finally {
    await lock?.release();
    await close();
  }
}

process.exitCode = await main();
