// `node scripts/node.mjs <command> [args…]`: the command on the project's Node (scripts/lib.mjs,
// ensureNode), for the npm scripts that start a tool from node_modules/.bin rather than a script
// of ours (typecheck, lint, test:unit, …) and for deploy/nachtelijke-build.sh.
import { spawn } from 'node:child_process';
import { ensureNode } from './lib.mjs';

await ensureNode();
const [command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: 'inherit' });
child.on('error', (error) => {
  console.error(`${command} starten lukte niet: ${error.message}`);
  process.exit(1);
});
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
process.on('SIGINT', () => {});
child.on('exit', (code) => process.exit(code ?? 1));
