// `npm run dev`: the production server (server/index.ts --dev: the same renderer, Next in
// development mode for its own pages, concepts shown) on http://localhost:3000 (PORT), kept up to
// date while you work:
// - content/ (CONTENT_DIR) changed: published as a new release (scripts/publiceer.ts), which the
//   server switches to within a second; with errors nothing is published, the server keeps the
//   last good release and the errors are printed;
// - code changed (components/, lib/, server/, messages/, i18n/): the server restarts (it is bundled
//   at its start), with the site's stylesheet made again (scripts/site-css.mjs); app/ changed: only
//   the stylesheet (next dev reloads its own pages);
// - the browser scripts: esbuild's watch (scripts/browser.mjs --watch).
// Releases go to a store of their own (GKA_RELEASES_DIR, default .data/releases-dev), not the one
// `npm start` serves from; with DATABASE_URL set they go to that database, as `npm run publiceer` does.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDependencies, ensureNode, root, run } from './lib.mjs';

await ensureNode();
ensureDependencies();
const { buildSiteCss } = await import('./site-css.mjs');

const port = process.env.PORT ?? '3000';
const contentDir = path.resolve(root, process.env.CONTENT_DIR ?? 'content');
process.env.GKA_RELEASES_DIR ??= path.join(process.env.GKA_DATA_DIR ?? path.join(root, '.data'), 'releases-dev');
const CODE = ['components', 'lib', 'server', 'messages', 'i18n'];
const DEBOUNCE_MS = 300;

let stopping = false;
const children = new Set();
function start(args, env = {}) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  children.add(child);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  exited.then(() => children.delete(child));
  return { child, exited };
}

/** Runs `step` now, or once more after the run under way when called during one. */
function serialized(step) {
  let running;
  let again = false;
  const go = async () => {
    if (running) return void (again = true);
    do {
      again = false;
      running = step();
      await running;
      running = undefined;
    } while (again && !stopping);
  };
  return go;
}

const publish = serialized(async () => {
  const code = await start(['scripts/run-ts.mjs', 'scripts/publiceer.ts']).exited;
  if (code !== 0 && !stopping) console.warn('\nDe ontwikkelserver toont de laatste goede inhoud. Los de fouten hierboven op en sla op.\n');
  return code;
});

const stylesheet = async () => {
  try {
    await buildSiteCss();
    return true;
  } catch (error) {
    console.error(`De stylesheet (app/globals.css) kon niet worden gemaakt: ${error.message}`);
    return false;
  }
};

let server;
function startServer() {
  server = start(['scripts/run-ts.mjs', 'server/index.ts', '--dev', '--port', port], { NODE_ENV: 'development' });
  const current = server;
  current.exited.then((code) => {
    if (server === current && !stopping) console.warn(`\nDe server is gestopt (code ${code}). Sla een wijziging in de code op om hem opnieuw te starten.\n`);
  });
}
async function stopServer() {
  const current = server;
  server = undefined;
  if (!current || current.child.exitCode !== null || current.child.signalCode !== null) return;
  current.child.kill('SIGTERM');
  const killed = setTimeout(() => current.child.kill('SIGKILL'), 5_000);
  await current.exited;
  clearTimeout(killed);
}
const restart = serialized(async () => {
  await stylesheet();
  await stopServer();
  if (!stopping) startServer();
});

function watch(dir, onChange) {
  if (!fs.existsSync(dir)) return;
  let timer;
  const watcher = fs.watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  });
  watcher.on('error', (error) => console.error(`Kijken naar ${path.relative(root, dir) || dir} lukt niet: ${error.message}`));
  return watcher;
}

if (!(await stylesheet())) process.exit(1);
// The code imports the content's generated types and the build's content (lib/content/index.ts),
// which publiceer, building in a folder of its own, does not write here.
if (!fs.existsSync(path.join(root, '.contentlayer/generated/index.mjs')) && run('node', ['scripts/contentlayer.mjs', 'build']) !== 0)
  console.warn('\nDe inhoud bevat fouten (zie hierboven). De ontwikkelserver start toch; los ze op en sla op.\n');
// The release the server starts with: the content as it is now (with errors, the last good one).
await publish();
start(['scripts/browser.mjs', '--watch']);
startServer();
const watchers = [watch(contentDir, publish), ...CODE.map((dir) => watch(path.join(root, dir), restart)), watch(path.join(root, 'app'), stylesheet)].filter(
  Boolean,
);

const stopAll = () => {
  if (stopping) return;
  stopping = true;
  watchers.forEach((w) => w.close());
  for (const child of children) child.kill('SIGTERM');
  // Whatever has not ended after a while is ended: Ctrl+C must give the prompt back.
  setTimeout(() => children.forEach((c) => c.kill('SIGKILL')), 8_000).unref();
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
