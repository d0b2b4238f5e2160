// `npm start`: install if needed, build if needed (code changed), publish content/ if it changed
// since the latest release, serve the portal on http://localhost:3000.
import { ensureBuild, ensureDependencies, ensureNode, step } from './lib.mjs';

await ensureNode();
ensureDependencies();
ensureBuild();
// A content change needs no build: it is a new release, which the server loads.
step('Inhoud publiceren (npm run publiceer)', 'node', ['scripts/run-ts.mjs', 'scripts/publiceer.ts']);
const port = process.env.PORT ?? '3000';
// scripts/serve.ts: the route table from the release, Next for its own routes, security headers on all.
// In this process, so a SIGTERM to `npm start` reaches the server's graceful shutdown
// (server/shutdown.ts) rather than leaving it running without its parent.
process.argv = [process.argv[0], 'scripts/run-ts.mjs', 'scripts/serve.ts', '--port', port];
await import('./run-ts.mjs');
