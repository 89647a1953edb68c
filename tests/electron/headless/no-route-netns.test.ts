/**
 * The runner users run, at default settings, in a network namespace with no route at all (a first
 * start before the Wi-Fi is up): its DNS and STUN sources, and the router's NAT-PMP/PCP look-up,
 * have their UDP connect refused (ENETUNREACH). That is an outage, never an internal error: a send
 * after the refused connect used to throw "Port should be > 0 and < 65536. Received function"
 * outside every catch, about ten times in the first 45 s (issue 75). Nothing can leave the
 * namespace; the test needs root and `ip` (tests/helpers/netns.ts skips without them, naming why).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cleanEnv, jsonLines, runnerCommand } from '../../helpers/headless';
import { createNetns, type Netns, netnsSupport } from '../../helpers/netns';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const support = netnsSupport();

describe.skipIf(support.skip)(`the runner with no route (${support.why ?? 'root, ip netns'})`, () => {
  let ns: Netns;
  let dir: string;
  beforeAll(async () => {
    ns = createNetns('noroute');
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-noroute-'));
  });
  afterAll(async () => {
    ns?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is offline after its first checks and their retry, with no internal error', async () => {
    const { command, args } = ns.exec([process.execPath, ...runnerCommand(), '--data-dir', dir, '--json']);
    // The router look-up on, as by default: its NAT-PMP/PCP exchange met the same refused connect.
    const child = spawn(command, args, {
      cwd: ROOT,
      env: cleanEnv({ IPWATCH_ROUTER: 'on' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const lines = jsonLines(child);
      await lines.until((l) => l.type === 'offline', 30_000);
      // The first retry of each family: every source asked at least twice.
      for (const family of [4, 6])
        await lines.until((l) => l.type === 'check' && l.family === family && l.trigger === 'retry', 30_000);
      expect(stderr).not.toContain('internal error');
      expect(stderr).not.toContain('Port should be');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }, 90_000);
});
