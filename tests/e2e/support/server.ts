// A production server of its own (scripts/serve.ts) with its own data folder, for tests that
// restart or kill it.
import { spawn, type ChildProcess } from 'node:child_process';

// Playwright runs from the project folder.
const root = process.cwd();

/**
 * `onLine`: each line the server writes (its operator log), for tests that read what it said.
 * `ready`: the address that answers 200 once it serves (the default is a page of the real content).
 */
export async function startServer(
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
  { onLine, ready = '/contact' }: { onLine?: (line: string) => void; ready?: string } = {},
): Promise<ChildProcess> {
  const child = spawn('node', ['scripts/run-ts.mjs', 'scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, GKA_DATA_DIR: dataDir, GKA_FORM_LIMIT: '100000', ...env },
    stdio: onLine ? ['ignore', 'pipe', 'pipe'] : 'ignore',
  });
  if (onLine)
    for (const stream of [child.stdout!, child.stderr!]) {
      let rest = '';
      stream.setEncoding('utf8').on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop()!;
        lines.forEach(onLine);
      });
    }
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}${ready}`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

export async function stopServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  // A process ended by a signal has no exit code, only a signal code.
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
}
