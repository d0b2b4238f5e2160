// `npm start`: install if needed, build if needed, serve the portal on http://localhost:3000.
import { ensureBuild, ensureDependencies, ensureNode } from './lib.mjs';

await ensureNode();
ensureDependencies();
ensureBuild();
const port = process.env.PORT ?? '3000';
// scripts/serve.ts: Next for what is dynamic, prerendered pages from memory, security headers on all.
// In this process, so a SIGTERM to `npm start` reaches the server's graceful shutdown
// (server/shutdown.ts) rather than leaving it running without its parent.
process.argv = [process.argv[0], 'scripts/run-ts.mjs', 'scripts/serve.ts', '--port', port];
await import('./run-ts.mjs');
