// A production server for the web editor's tests and the editors' guide screenshots: its content
// folder a copy of content/ that is a git repository of its own in the temporary folder, its own
// data (with the given staff accounts) and releases. Nothing of the project's own content or data changes.
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server';

export type EditorSite = {
  /** The temporary folder holding everything below. */
  work: string;
  /** The content folder (CONTENT_DIR), a git repository. */
  content: string;
  server: ChildProcess;
  /** git in the content repository, without the machine's or user's git configuration. */
  git: (...args: string[]) => string;
};

export async function startEditorSite(
  port: number,
  {
    accounts,
    password,
    onLine,
    env = {},
  }: { accounts: [email: string, role: string][]; password: string; onLine?: (line: string) => void; env?: Record<string, string> },
): Promise<EditorSite> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-editor-'));
  const content = path.join(work, 'inhoud');
  const data = path.join(work, 'data');
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', content, ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    }).trim();
  fs.cpSync(path.join(process.cwd(), 'content'), content, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=Start', '-c', 'user.email=start@example.org', 'commit', '-qm', 'De inhoud van de site');
  for (const [email, role] of accounts) {
    const made = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/beheer.ts', 'account', 'toevoegen', email, '--rol', role], {
      input: password,
      env: { ...process.env, GKA_DATA_DIR: data },
      encoding: 'utf8',
    });
    if (made.status !== 0) throw new Error(made.stderr);
  }
  const server = await startServer(
    port,
    data,
    { CONTENT_DIR: content, GKA_RELEASES_DIR: path.join(work, 'releases'), GKA_RELEASE_POLL_MS: '200', GKA_REQUEST_LOG: '0', ...env },
    { onLine },
  );
  return { work, content, server, git };
}
