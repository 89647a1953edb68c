import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findCommand, peer, peerSummary, peersRequired } from './peers';

let bin: string;
let empty: string;
beforeAll(async () => {
  bin = await mkdtemp(path.join(tmpdir(), 'ipwatch-peer-bin-'));
  empty = await mkdtemp(path.join(tmpdir(), 'ipwatch-peer-empty-'));
  await writeFile(path.join(bin, 'ipwatch-peer-tool'), '#!/bin/sh\n', { mode: 0o755 });
  await writeFile(path.join(bin, 'ipwatch-not-executable'), 'data', { mode: 0o644 });
});
afterAll(async () => {
  await rm(bin, { recursive: true, force: true });
  await rm(empty, { recursive: true, force: true });
});

describe('system peers', () => {
  it('finds an executable in PATH only', () => {
    expect(findCommand('ipwatch-peer-tool', { PATH: `${empty}${path.delimiter}${bin}` })).toBe(
      path.join(bin, 'ipwatch-peer-tool'),
    );
    expect(findCommand('ipwatch-peer-tool', { PATH: empty })).toBeNull();
    expect(findCommand('ipwatch-not-executable', { PATH: bin })).toBeNull();
  });

  it('runs the tests of a present peer and gives its command path', () => {
    const p = peer('tool', { packages: ['tool-pkg'], commands: ['ipwatch-peer-tool'] }, { PATH: bin });
    expect(p).toMatchObject({ skip: false, missing: [] });
    expect(p.path('ipwatch-peer-tool')).toBe(path.join(bin, 'ipwatch-peer-tool'));
  });

  it('fails a missing peer when IPWATCH_REQUIRE_PEERS=1, naming the command and the package', () => {
    expect(() =>
      peer(
        'tool',
        { packages: ['tool-pkg'], commands: ['ipwatch-peer-tool'] },
        {
          PATH: empty,
          IPWATCH_REQUIRE_PEERS: '1',
        },
      ),
    ).toThrow(/"tool" is missing \(ipwatch-peer-tool not found; apt-get install tool-pkg\).*IPWATCH_REQUIRE_PEERS=1/);
  });

  it.each([
    [{}, false],
    [{ IPWATCH_REQUIRE_PEERS: '1' }, true],
    [{ IPWATCH_REQUIRE_PEERS: '0' }, false],
  ])('IPWATCH_REQUIRE_PEERS in %j requires peers: %s', (env, required) => {
    expect(peersRequired(env)).toBe(required);
  });

  it('checks files by absolute path', () => {
    const tool = path.join(bin, 'ipwatch-peer-tool');
    const p = peer('node 1.2.3', { files: [tool], install: '.ci/fetch-node' }, { PATH: empty });
    expect(p).toMatchObject({ skip: false, missing: [] });
    expect(p.path(tool)).toBe(tool);
    expect(() =>
      peer(
        'node 1.2.3',
        { files: [path.join(empty, 'node')], install: '.ci/fetch-node' },
        {
          IPWATCH_REQUIRE_PEERS: '1',
        },
      ),
    ).toThrow(/"node 1.2.3" is missing \(.*node not found; \.ci\/fetch-node\)/);
  });

  it.each([
    [[], null],
    [
      [{ peer: 'mosquitto', packages: ['mosquitto'], missing: ['mosquitto'] }],
      'Skipped the tests that need mosquitto; to run them: apt-get install mosquitto (docs/development.md, Testing).',
    ],
    [
      [
        { peer: 'mosquitto', packages: ['mosquitto'], missing: ['mosquitto'] },
        { peer: 'desktop', packages: ['xvfb', 'dunst'], missing: ['Xvfb'] },
        { peer: 'node 20.18.1', packages: [], install: '.ci/fetch-node', missing: ['/x/node'] },
        { peer: 'mosquitto', packages: ['mosquitto'], missing: ['mosquitto'] },
      ],
      'Skipped the tests that need desktop, mosquitto, node 20.18.1; ' +
        'to run them: apt-get install dunst mosquitto xvfb; .ci/fetch-node (docs/development.md, Testing).',
    ],
  ])('summary of %j', (records, line) => {
    expect(peerSummary(records)).toBe(line);
  });
});
