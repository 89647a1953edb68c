/**
 * `npm run bench -- lab-iface`: a new address on the runner's own interface, which changes what
 * the echo services see, to the built runner's `change` line. Two real cases, one per family,
 * in the router lab (bench/lab/session.ts, default settings):
 *
 * - IPv6, renumbered: the home network's IPv6 is routed without NAT, so the LAN host's address
 *   is its public one. The ISP hands out a new prefix and the host's address moves to a new /64
 *   (`ip addr add` the new one, then `del` the old, as SLAAC does when the old prefix is
 *   withdrawn). The default ipv6Compare (prefix64) counts a new /64 as a change.
 * - IPv4, held by the machine itself: a second link from `lan` straight to `wan` carries the
 *   host's IPv4 (a modem in bridge mode, a server; DIRECT in lab-files.ts), and its address is
 *   replaced as a DHCP client does on a new lease (`del` the old, `add` the new, the default
 *   route again). Behind the NAT router an interface change cannot change the public IPv4,
 *   so this is where it can.
 *
 * Per change: from just before `ip -batch` runs in `lan` to the `change` line. Each change is
 * followed by the runner's follow-up check (10 s later) before the next one starts, so no
 * change meets the one before it. One change per family first, not counted (V8 warm-up).
 */
import { performance } from 'node:perf_hooks';

import { type Check, atLeast, atMost } from '../check';
import { median, round, sleep } from '../engine/stats';
import { envNumber, type LabSession, labMissing, withLabRunner } from './session';

/** Issue 30: an interface address change to the change line in at most 300 ms. */
const TARGET_MS = 300;
const QUIET_MS = 2000;

interface IfaceChange {
  family: 4 | 6;
  to: string;
  ms: number;
  trigger: string;
  /** The check's own duration, and its requests. */
  checkMs: number;
  requests: number;
}

const wallNow = () => performance.timeOrigin + performance.now();

/** The address lines of change `i` of `family`: the new address, and what `ip -batch` runs in `lan`. */
function step(family: 4 | 6, i: number, current: string): { next: string; lines: string[] } {
  if (family === 4) {
    const next = `11.0.9.${10 + (i % 200)}/24`;
    return {
      next,
      lines: [
        `addr del ${current} dev pub0`,
        `addr add ${next} dev pub0`,
        'route replace default via 11.0.9.1 dev pub0',
      ],
    };
  }
  const next = `2a0b:77:0:${(i % 250) + 1}::2/64`;
  return { next, lines: [`addr add ${next} dev eth0 nodad`, `addr del ${current} dev eth0`] };
}

async function measureOne(s: LabSession, family: 4 | 6, lines: string[], to: string): Promise<IfaceChange> {
  const { runner, lab } = s;
  const from = runner.lines.length;
  const at = wallNow();
  await lab.ip('lan', lines);
  const change = await runner.waitFor((l) => l.type === 'change' && l.family === family && l.to === to, {
    from,
    timeoutMs: 120_000,
    what: `the IPv${family} change line to ${to}`,
  });
  const check = await runner.waitFor(
    (l) => l.type === 'check' && l.family === family && l.result === 'changed' && l.ip === to,
    { from, timeoutMs: 10_000, what: `the check that found ${to}` },
  );
  // The follow-up check of both families (10 s after the network check; it may be the one that
  // found the change), then a moment's quiet, so the next change starts on a settled runner.
  for (const f of [4, 6])
    await runner.waitFor((l) => l.type === 'check' && l.family === f && l.trigger === 'follow-up', {
      from,
      timeoutMs: 60_000,
      what: `the IPv${f} follow-up check`,
    });
  await sleep(QUIET_MS);
  return {
    family,
    to,
    ms: round(change.seenAt - at),
    trigger: String(change.trigger),
    checkMs: Number(check.durationMs),
    requests: Number(check.requests),
  };
}

export default async function labIfaceBench(): Promise<Record<string, unknown> & { checks: Check[] }> {
  const missing = labMissing();
  if (missing) return { skipped: missing, checks: [] };
  const n = envNumber('BENCH_LAB_IFACE_CHANGES', 5, 1);
  const runs = await withLabRunner({ lab: { directIpv4: true } }, async (s) => {
    const current = { 4: '11.0.9.2/24', 6: '2a0b:77::2/64' };
    const out: IfaceChange[] = [];
    for (let i = 0; i <= n; i++) {
      for (const family of [4, 6] as const) {
        const { next, lines } = step(family, i, current[family]);
        out.push(await measureOne(s, family, lines, next.split('/')[0]!));
        current[family] = next;
      }
    }
    return out;
  });
  const counted = (f: 4 | 6) => runs.filter((r) => r.family === f).slice(1);
  const fig = (f: 4 | 6) => median(counted(f).map((r) => r.ms));
  const checks: Check[] = [
    atMost('IPv4 address on the own interface changed, to the change line (median)', fig(4), TARGET_MS, 'ms'),
    atMost('IPv6 prefix renumbered on the own interface, to the change line (median)', fig(6), TARGET_MS, 'ms'),
    atLeast(
      'changes found by a network-triggered check',
      [...counted(4), ...counted(6)].filter((r) => r.trigger === 'network').length,
      2 * n,
      'changes',
    ),
  ];
  process.stderr.write(
    `lab-iface: IPv4 ${counted(4)
      .map((r) => `${r.ms} (check ${r.checkMs})`)
      .join(', ')} ms; IPv6 ${counted(6)
      .map((r) => `${r.ms} (check ${r.checkMs})`)
      .join(', ')} ms\n`,
  );
  return {
    note: 'built runner in the lab lan namespace, default settings; IPv4 on a direct uplink (address replaced), IPv6 routed behind miniupnpd (new /64); from just before ip -batch to the change line; one warm-up change per family not counted',
    v4Ms: fig(4),
    v6Ms: fig(6),
    v4CheckMs: median(counted(4).map((r) => r.checkMs)),
    v6CheckMs: median(counted(6).map((r) => r.checkMs)),
    warmup: runs.filter((_, i) => i < 2),
    runs: runs.slice(2),
    checks,
  };
}
