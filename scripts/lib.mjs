// Shared steps of `npm start`, `npm test` and `npm run bench`: install what is missing, build when sources changed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

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

function newestIn(dir) {
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

const SOURCES = ['app', 'components', 'content', 'lib', 'messages', 'i18n', 'public', 'config'];
const CONFIGS = ['contentlayer.config.ts', 'instrumentation.ts', 'next.config.ts', 'proxy.ts', 'package.json', 'postcss.config.mjs', 'tsconfig.json'];

/** True when there is no production build in `dir` (the project or a copy of it) or a source file of the project is newer than it. */
export function buildIsStale(dir = root) {
  const built = mtime(path.join(dir, '.next/BUILD_ID'));
  if (!built) return true;
  const newest = Math.max(...SOURCES.map((d) => newestIn(path.join(root, d))), ...CONFIGS.map((f) => mtime(path.join(root, f))));
  return newest > built;
}

export function ensureBuild() {
  if (buildIsStale()) step('Productiebuild maken (npm run build)', 'npm', ['run', 'build']);
  else console.log('\n▶ Productiebuild is actueel');
}
