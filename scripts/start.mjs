// `npm start`: install if needed, build if needed, serve the portal on http://localhost:3000.
import { ensureBuild, ensureDependencies, ensureNode, run } from './lib.mjs';

await ensureNode();
ensureDependencies();
ensureBuild();
const port = process.env.PORT ?? '3000';
// scripts/serve.ts: Next for what is dynamic, prerendered pages from memory, security headers on all.
process.exit(run('node', ['scripts/run-ts.mjs', 'scripts/serve.ts', '--port', port]));
