// `npm run dev`: contentlayer2 watches content/ and esbuild the browser scripts, beside next dev
// (Turbopack ignores withContentlayer).
import { spawn } from 'node:child_process';
import { ensureDependencies, ensureNode, root, run } from './lib.mjs';

await ensureNode();
ensureDependencies();
// Content errors are reported, not fatal: the editor fixes the file and the watcher picks it up.
if (run('node', ['scripts/contentlayer.mjs', 'build']) !== 0)
  console.warn('\nDe inhoud bevat fouten (zie hierboven). De ontwikkelserver start toch; los ze op en sla op.\n');
const children = [
  spawn('node', ['scripts/contentlayer.mjs', 'dev'], { cwd: root, stdio: 'inherit' }),
  spawn('node', ['scripts/browser.mjs', '--watch'], { cwd: root, stdio: 'inherit' }),
  spawn('node_modules/.bin/next', ['dev', '-p', process.env.PORT ?? '3000'], { cwd: root, stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((c) =>
  c.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  }),
);
