// `npm start`: install if needed, build if needed, serve the portal on http://localhost:3000.
import { ensureBuild, ensureDependencies, run } from './lib.mjs';

ensureDependencies();
ensureBuild();
const port = process.env.PORT ?? '3000';
console.log(`\n▶ De portal draait op http://localhost:${port}`);
process.exit(run('node_modules/.bin/next', ['start', '-p', port]));
