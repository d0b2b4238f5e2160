// Editor (issue 24): from "Publiceren" in /beheer — publishChange (lib/editor/publish.ts) called
// for a new news item — to the moment the item's address answers 200 on a production server.
// The real content in a git repository of its own (a copy: content/ is never touched), a releases
// folder of its own; several runs, each a new item, and their median. Target: ≤ 15 s.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleTs } from '../bundle-ts.mjs';
import { root } from '../lib.mjs';
import { projectCopy } from './project.mjs';
import { startPortal } from './servers.mjs';

const TARGET_SECONDS = 15;
const POLL_MS = 100;
/** After publishChange returns: how long the bench waits for the address before it calls the run failed. */
const WAIT_SECONDS = 60;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const secondsSince = (t) => Number(((performance.now() - t) / 1000).toFixed(2));
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length ? Number(((v[Math.floor((v.length - 1) / 2)] + v[Math.ceil((v.length - 1) / 2)]) / 2).toFixed(2)) : null;
};

/** The copy's content/ as a git repository of its own, everything committed, as a content repository starts. */
function gitRepository(content) {
  const env = { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const git = (...args) =>
    execFileSync('git', ['-C', content, ...args], {
      env: {
        ...env,
        GIT_AUTHOR_NAME: 'Benchmark',
        GIT_AUTHOR_EMAIL: 'bench@example.org',
        GIT_COMMITTER_NAME: 'Benchmark',
        GIT_COMMITTER_EMAIL: 'bench@example.org',
      },
      stdio: 'ignore',
    });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'De echte inhoud');
}

/** Two days ago, as in the publish part: published on any server clock, the newest item. */
const itemDate = () => new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

/** Until `url` answers 200 with `needle` in it; the seconds since `t0`, or null after the wait. */
async function answered(url, needle, t0, until) {
  while (performance.now() < until) {
    try {
      const r = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
      const body = await r.text();
      if (r.status === 200 && body.includes(needle)) return secondsSince(t0);
    } catch {
      // not answering this moment
    }
    await sleep(POLL_MS);
  }
  return null;
}

/** report.editor */
export async function editorBench({ work, quick }) {
  const dir = projectCopy('bench-editor');
  const content = path.join(dir, 'content');
  const out = { target: { seconds: TARGET_SECONDS }, store: 'folder', runs: [] };
  // publishChange runs publiceer with this process's environment and reads the same store.
  const env = { DATABASE_URL: '', GKA_RELEASES_DIR: path.join(work, 'releases-editor') };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  let server;
  try {
    gitRepository(content);
    const { publishChange } = await import(pathToFileURL(await bundleTs('lib/editor/publish.ts')).href);
    const { fileReleaseStore } = await import(pathToFileURL(await bundleTs('lib/release/file-store.ts')).href);
    // The release the server starts with, and a warm contentlayer cache in the copy's build
    // folder, as on a server where publiceer ran before.
    const first = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/publiceer.ts'], {
      cwd: dir,
      env: { ...process.env, CONTENT_DIR: content, PWD: dir },
      encoding: 'utf8',
    });
    if (first.status !== 0) throw new Error(`de eerste publicatie mislukte: ${(first.stderr || first.stdout).trim().slice(-400)}`);
    server = await startPortal(root, work, env);
    out.server = server.origin;

    for (let run = 0; run < (quick ? 2 : 5); run++) {
      const marker = `redactie${crypto.randomBytes(5).toString('hex')}`;
      const slug = `benchmark-${marker}`;
      const date = itemDate();
      const itemPath = `/actueel/nieuws/${date.replaceAll('-', '/')}/${slug}`;
      const text = `---\ntitle: "Benchmarkbericht ${marker}"\ndate: "${date}"\nsummary: "Fictief bericht van npm run bench (scripts/bench/editor.mjs): meet hoe snel een bericht uit /beheer op de site staat."\nthemes: []\n---\n\nFictief bericht, alleen in een kopie van de inhoud. Zoekwoord: ${marker}.\n`;
      const steps = {};
      const t0 = performance.now();
      const result = await publishChange({
        // The store publiceer writes to (GKA_RELEASES_DIR above): after a timeout, whether it stored its release.
        latestRelease: () => fileReleaseStore(env.GKA_RELEASES_DIR).latest(),
        contentDir: content,
        projectRoot: dir,
        changes: [{ path: `nieuws/${slug}.md`, text, baseRevision: null }],
        author: { name: 'Benchmark Eindredacteur', email: 'bench@example.org' },
        note: `Benchmarkbericht ${run + 1}`,
        onStep: (step) => (steps[step] = secondsSince(t0)),
        origin: server.origin,
      });
      const returned = secondsSince(t0);
      if (!result.ok) {
        out.runs.push({ error: `${result.step}: ${result.reason}`.slice(0, 400) });
        continue;
      }
      const seconds = await answered(`${server.origin}${itemPath}`, marker, t0, performance.now() + WAIT_SECONDS * 1000);
      out.runs.push({ seconds, returnedSeconds: returned, steps, release: result.release.id, commit: result.commit?.slice(0, 12), live: result.live });
    }
    const measured = out.runs.filter((r) => typeof r.seconds === 'number');
    out.medianSeconds = median(measured.map((r) => r.seconds));
    out.maxSeconds = measured.length ? Math.max(...measured.map((r) => r.seconds)) : null;
    // Per step, the median of when it began (seconds from the call): where the time goes.
    out.stepsMedian = Object.fromEntries(
      ['schrijven', 'vastleggen', 'bouwen en publiceren', 'live'].map((s) => [s, median(measured.map((r) => r.steps[s]).filter((v) => typeof v === 'number'))]),
    );
    const failures = out.runs.filter((r) => r.error || r.seconds === null);
    if (failures.length)
      out.error = `${failures.length} van ${out.runs.length} runs niet gezien: ${failures.map((r) => r.error ?? `niet binnen ${WAIT_SECONDS} s`).join('; ')}`;
    out.note = `publishChange → GET of the item's address answers 200 with the item (polled every ${POLL_MS} ms), one production server following a releases folder, the real content in a git repository of its own; steps: seconds from the call to the start of each step, median of the runs`;
    return out;
  } finally {
    await server?.stop();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
