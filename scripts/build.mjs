// `npm run build`: the production build on the project's Node: content, the intervention bundle,
// the browser scripts, then Next.js.
import { ensureNode, step } from './lib.mjs';

await ensureNode();
step('Inhoud bouwen (contentlayer2)', 'node', ['scripts/contentlayer.mjs', 'build']);
step('Browserscripts (esbuild)', 'node', ['scripts/browser.mjs']);
step('Next.js (next build)', 'node_modules/.bin/next', ['build']);
