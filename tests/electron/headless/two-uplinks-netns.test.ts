/**
 * Issue 76's done-criterion: a host with two uplinks, and checks that leave from the one chosen.
 * Two network namespaces of the test's own (tests/helpers/netns.ts), joined by two veth pairs:
 *
 *   host namespace  u1 81.2.69.142/24 2a02:1:1::2/64 ──── e1 81.2.69.1/24 2a02:1:1::1/64   "internet"
 *                   u2 81.2.70.142/24 2a02:1:2::2/64 ──── e2 81.2.70.1/24 2a02:1:2::1/64   namespace
 *   main routes: default via u1; a rule per u2 address sends what leaves    echo source on its lo:
 *   from it out of u2 (table 102), as on a two-WAN host                      81.2.71.80, 2a02:1:3::80
 *
 * The echo (tests/fixtures/uplinks/echo.ts: tests/fakes/http-echo.ts, which answers the address a
 * request came from, as ipify does) records the client address of every request. The checker
 * (tests/fixtures/uplinks/checker.ts) is the real engine run in the host namespace, reading its real
 * interfaces. Per uplink chosen (monitor.fromV4/fromV6 = u1, then u2) 20 checks: the echo sees the
 * chosen uplink's address on 20 of 20 per family, and the engine takes it. Then u2's ranges are
 * excluded (sources.excludeV4/V6): 20 checks from u2, and its address is never taken.
 *
 * The addresses are global ones (RIPE space, as the other stand-ins use), not documentation ones:
 * a documentation address is refused as an answer before any filter (shared/ip.ts), and the filter,
 * not the address's kind, is what is tested here. The namespaces have no link at all to this
 * machine's own network, so no packet can reach whoever holds them. Needs root and iproute2
 * (skipped otherwise, naming why; IPWATCH_REQUIRE_PEERS=1 makes that a failure).
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CheckEvent } from '../../../shared/types';
import { createNetns, type Netns, netnsSupport } from '../../helpers/netns';
import { until } from '../../helpers/until';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const support = netnsSupport();
const TSX = ['--import', 'tsx'];
const PORT = 8080;
const CHECKS = 20;

const UPLINK = {
  u1: { v4: '81.2.69.142', v6: '2a02:1:1::2', gw4: '81.2.69.1', gw6: '2a02:1:1::1', peer: 'e1' },
  u2: { v4: '81.2.70.142', v6: '2a02:1:2::2', gw4: '81.2.70.1', gw6: '2a02:1:2::1', peer: 'e2' },
} as const;
const ECHO = { v4: '81.2.71.80', v6: '2a02:1:3::80' };

/** The lab: two namespaces, two veth pairs across them, the routes of a two-WAN host. */
function buildLab(host: Netns, net: Netns): void {
  for (const [name, u] of Object.entries(UPLINK)) {
    execFileSync('ip', ['link', 'add', name, 'netns', host.name, 'type', 'veth', 'peer', u.peer, 'netns', net.name]);
    host.ip('addr', 'add', `${u.v4}/24`, 'dev', name);
    host.ip('-6', 'addr', 'add', `${u.v6}/64`, 'dev', name, 'nodad');
    net.ip('addr', 'add', `${u.gw4}/24`, 'dev', u.peer);
    net.ip('-6', 'addr', 'add', `${u.gw6}/64`, 'dev', u.peer, 'nodad');
    host.ip('link', 'set', name, 'up');
    net.ip('link', 'set', u.peer, 'up');
  }
  net.ip('addr', 'add', `${ECHO.v4}/32`, 'dev', 'lo');
  net.ip('-6', 'addr', 'add', `${ECHO.v6}/128`, 'dev', 'lo');
  host.ip('route', 'add', 'default', 'via', UPLINK.u1.gw4, 'dev', 'u1');
  host.ip('-6', 'route', 'add', 'default', 'via', UPLINK.u1.gw6, 'dev', 'u1');
  host.ip('route', 'add', 'default', 'via', UPLINK.u2.gw4, 'dev', 'u2', 'table', '102');
  host.ip('-6', 'route', 'add', 'default', 'via', UPLINK.u2.gw6, 'dev', 'u2', 'table', '102');
  host.ip('rule', 'add', 'from', UPLINK.u2.v4, 'lookup', '102');
  host.ip('-6', 'rule', 'add', 'from', UPLINK.u2.v6, 'lookup', '102');
}

/** The lines a child prints, as they come. */
function lines(child: ChildProcess): { all: Record<string, unknown>[]; ready: Promise<void> } {
  const all: Record<string, unknown>[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the echo ended (${code}) before it listened`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      if ('ready' in parsed) resolve();
      else all.push(parsed);
    });
  });
  return { all, ready };
}

/** The engine in the host namespace: `CHECKS` checks with these settings, its check events and status. */
async function runChecker(host: Netns, extra: { monitor: object; sources?: object }) {
  const settings = {
    monitor: { intervalSec: 60, timeoutMs: 3000, networkWatch: false, ...extra.monitor },
    sources: {
      builtIn: false,
      custom: [
        { id: 'echo-v4', kind: 'http', url: `http://${ECHO.v4}:${PORT}/`, format: 'text', family: 4 },
        { id: 'echo-v6', kind: 'http', url: `http://[${ECHO.v6}]:${PORT}/`, format: 'text', family: 6 },
      ],
      ...extra.sources,
    },
    router: { enabled: false },
  };
  const run = host.exec([
    process.execPath,
    ...TSX,
    'tests/fixtures/uplinks/checker.ts',
    JSON.stringify(settings),
    String(CHECKS),
  ]);
  const out = await new Promise<string>((resolve, reject) =>
    execFile(run.command, run.args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
  const parsed = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const checks = parsed.filter((l): l is CheckEvent & Record<string, unknown> => l.type === 'check');
  const status = parsed.find((l) => l.type === 'status') as { families: Record<'v4' | 'v6', { ip: string | null }> };
  return { checks, status };
}

describe.skipIf(support.skip)(`checks leave from the uplink chosen (${support.why ?? 'root, ip netns'})`, () => {
  let host: Netns;
  let net: Netns;
  let echo: ChildProcess;
  let seen: Record<string, unknown>[];

  beforeAll(async () => {
    host = createNetns('up-host');
    net = createNetns('up-net');
    buildLab(host, net);
    const run = net.exec([process.execPath, ...TSX, 'tests/fixtures/uplinks/echo.ts', String(PORT)]);
    echo = spawn(run.command, run.args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const out = lines(echo);
    seen = out.all;
    await out.ready;
  }, 60_000);
  afterAll(async () => {
    if (echo && echo.exitCode === null) {
      const gone = new Promise((resolve) => echo.once('exit', resolve));
      echo.kill('SIGTERM');
      await gone;
    }
    host?.close();
    net?.close();
  });

  /** What the echo saw since `from`, per family of the address it saw, once it said it saw `count` requests. */
  const sawSince = async (from: number, count: number) => {
    await until(() => seen.length - from >= count, { timeoutMs: 10_000 });
    const remotes = seen.slice(from).map((l) => String(l.remote));
    return { v4: remotes.filter((r) => !r.includes(':')), v6: remotes.filter((r) => r.includes(':')) };
  };

  it.each(['u1', 'u2'] as const)(
    'from %s: the echo sees its addresses on 20 of 20 checks per family',
    async (uplink) => {
      const at = seen.length;
      const { checks, status } = await runChecker(host, { monitor: { fromV4: uplink, fromV6: uplink } });
      const saw = await sawSince(at, 2 * CHECKS);
      expect(saw.v4).toEqual(Array<string>(CHECKS).fill(UPLINK[uplink].v4));
      expect(saw.v6).toEqual(Array<string>(CHECKS).fill(UPLINK[uplink].v6));
      for (const family of [4, 6] as const) {
        const own = checks.filter((c) => c.family === family);
        expect(own).toHaveLength(CHECKS);
        expect(own.every((c) => c.result === 'confirmed' || c.result === 'unchanged')).toBe(true);
      }
      expect(status.families.v4.ip).toBe(UPLINK[uplink].v4);
      expect(status.families.v6.ip).toBe(UPLINK[uplink].v6);
    },
    120_000,
  );

  it("from u2 with u2's ranges excluded: seen from u2 20 times, never taken", async () => {
    const at = seen.length;
    const { checks, status } = await runChecker(host, {
      monitor: { fromV4: UPLINK.u2.v4, fromV6: 'u2' },
      sources: { excludeV4: ['81.2.70.0/24'], excludeV6: ['2a02:1:2::/48'] },
    });
    const saw = await sawSince(at, 2 * CHECKS);
    expect(saw.v4).toEqual(Array<string>(CHECKS).fill(UPLINK.u2.v4));
    expect(saw.v6).toEqual(Array<string>(CHECKS).fill(UPLINK.u2.v6));
    expect(checks).toHaveLength(2 * CHECKS);
    for (const c of checks) {
      expect(c.result).toBe('uncertain');
      expect(c.cause).toBe('filtered');
      expect(c.ip).toBeNull();
    }
    expect(status.families.v4.ip).toBeNull();
    expect(status.families.v6.ip).toBeNull();
  }, 120_000);
});
