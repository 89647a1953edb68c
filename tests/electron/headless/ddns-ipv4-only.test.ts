/**
 * The runner users run, on an IPv4-only host: started inside the Knot lab's network namespace
 * (tests/helpers/knot-lab.ts), which has no IPv6 route at all, as Docker's default bridge network
 * has none. Its sources are the lab's own servers (a DNS source asking each for myip.lab.test),
 * its resolver the lab's primary (`ip netns exec` mounts /etc/netns/<namespace>/resolv.conf over
 * /etc/resolv.conf), and its record an RFC 2136 one on the lab's zone, whose NS names have IPv6
 * addresses too. The record reaches "in step" at both servers over IPv4, the IPv6 ones named
 * "not asked from here", never a failure.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DdnsRecordStatus } from '../../../shared/contract/ddns';
import { cleanEnv, jsonLines, runnerCommand, writeSettingsFile } from '../../helpers/headless';
import { KNOT, type KnotLab, knotLabPeer, startKnotLab } from '../../helpers/knot-lab';
import { seededBytes, seededRandom, testSeed } from '../../helpers/random';

const seed = testSeed('runner ddns ipv4 only');
const secret = seededBytes(seededRandom(seed), 32).toString('base64');
const ROOT = path.resolve(import.meta.dirname, '../../..');
// A public address as data (the monitor refuses documentation ranges as a public address); nothing is sent to it.
const ADDRESS = '81.2.69.164';

describe.skipIf(knotLabPeer.skip)('the runner on a host with no IPv6 route (root, ip netns, knotd)', () => {
  let lab: KnotLab;
  let dir: string;
  let etc: string;
  let madeNetnsDir = false;
  beforeAll(async () => {
    lab = await startKnotLab(secret);
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-ddns-v4-'));
    // The namespace's own resolv.conf: `ip netns exec` puts it in place for what runs inside.
    etc = path.join('/etc/netns', lab.ns);
    madeNetnsDir = !existsSync('/etc/netns');
    await mkdir(etc, { recursive: true });
    await writeFile(path.join(etc, 'resolv.conf'), `nameserver ${KNOT.primary}\n`);
    await lab.knotc('primary', 'zone-begin', KNOT.zone);
    await lab.knotc('primary', 'zone-set', KNOT.zone, 'ns1', '60', 'AAAA', '2001:db8:53::1');
    await lab.knotc('primary', 'zone-set', KNOT.zone, 'ns2', '60', 'AAAA', '2001:db8:53::2');
    await lab.knotc('primary', 'zone-set', KNOT.zone, 'myip', '60', 'A', ADDRESS);
    await lab.knotc('primary', 'zone-commit', KNOT.zone);
  }, 30_000);
  afterAll(async () => {
    if (etc) await rm(etc, { recursive: true, force: true });
    // /etc/netns itself only when this test made it and nothing else is in it now.
    if (madeNetnsDir) await rmdir('/etc/netns').catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
    await lab?.stop();
  });

  it('keeps the record in step over IPv4, naming the IPv6 servers not asked from here', async () => {
    const source = (id: string, server: string) => ({
      id,
      kind: 'dns',
      server: `${server}:${KNOT.port}`,
      name: `myip.${KNOT.zone}`,
      type: 'A',
      class: 'IN',
      family: 4,
    });
    const settings = {
      monitor: { intervalSec: 60, timeoutMs: 5000, ipv6: false, quorum: 2, networkPollMs: 1000, networkSettleMs: 100 },
      sources: { builtIn: false, custom: [source('knot1', KNOT.primary), source('knot2', KNOT.secondary)] },
      router: { enabled: false },
      ddns: { records: [lab.record()] },
    };
    await writeSettingsFile(dir, JSON.stringify(settings, null, 2));
    const child = spawn(
      'ip',
      ['netns', 'exec', lab.ns, process.execPath, ...runnerCommand(), '--data-dir', dir, '--json'],
      {
        cwd: ROOT,
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const out = jsonLines(child);
    const home = (l: Record<string, unknown>) =>
      l.type === 'ddns' ? (l.records as DdnsRecordStatus[]).find((r) => r.id === 'home') : undefined;
    try {
      const line = await out
        .until((l) => home(l)?.state === 'in-step', 25_000)
        .catch((err: unknown) => {
          throw new Error(`${String(err)}\nstderr: ${stderr}`);
        });
      expect(home(line)).toMatchObject({
        state: 'in-step',
        address: ADDRESS,
        why: null,
        notAsked: [`ns1.${KNOT.zone} (2001:db8:53::1)`, `ns2.${KNOT.zone} (2001:db8:53::2)`],
      });
      expect(out.lines.some((l) => home(l)?.state === 'failed')).toBe(false);
      expect(await lab.dig(KNOT.secondary, KNOT.record, 'A')).toEqual([ADDRESS]);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 40_000);
});
