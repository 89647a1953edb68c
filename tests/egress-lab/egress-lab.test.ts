/**
 * Issue 63, "proven": the built runner in a network namespace whose only way out is one veth to a
 * sink namespace where tcpdump records every frame (tests/helpers/egress-lab.ts), at default
 * settings and in a busy configuration (a custom source, a webhook, an MQTT and an SMTP channel, a
 * dyndns2 record, a TCP service monitor and a heartbeat, each at a name the sink's resolver
 * answers), run until every family it has has fired once. Then every captured frame (IPv4 and
 * IPv6; TCP, UDP, ICMP, IGMP and MLD; the DNS question names of each query to the resolver) is
 * compared with what the same runner says in `ipwatch egress --json` (egress-lab-compare.ts): no
 * frame outside its declared destinations, and its contacts and lookups list what the lab saw.
 *
 * The kernel's own frames are not the runner's and are named apart, by what they are: MLD reports
 * of the solicited-node groups of the namespace's addresses (neighbour discovery), ICMPv6 types
 * 133-136 to ff02::/16 or link-local. The lab turns off what it can (no link-local address, no
 * DAD, no router solicitation, neighbours written in), so most runs have none.
 *
 * Self-checks: a stray UDP datagram from the runner's namespace must come out as the one
 * undeclared frame; and the busy run, compared with its inventory without the webhook's entry,
 * must come out with exactly the webhook's lookups and connections undeclared.
 *
 * Needs root, iproute2 and tcpdump (skipped otherwise, naming the packages, unless
 * IPWATCH_REQUIRE_PEERS=1).
 */
import { afterEach, describe, expect, it } from 'vitest';

import type { EgressReport } from '../../shared/contract/egress';
import {
  type EgressLab,
  egressLabPeer,
  LAB,
  type LabRunner,
  sendDatagram,
  startEgressLab,
} from '../helpers/egress-lab';
import {
  compareWithContacts,
  compareWithInventory,
  type LabFacts,
  type ListedCheck,
  type LabVerdict,
  tallyLines,
} from '../helpers/egress-lab-compare';
import type { LabFrame } from '../helpers/egress-lab-pcap';
import { until } from '../helpers/until';

const GATEWAY = [LAB.sink.v4, LAB.sink.v6];
/** Built-in families of which the runner asks a few sources per check, not every one. */
const SOME_OF = new Set(['echo', 'stun', 'dnsDetection']);
/**
 * Reached only through others: the system's resolver (its lookups, a DDNS record's zone walk), a
 * UPnP router that answered, a zone's servers.
 */
const NOT_DIRECT = new Set(['systemDns', 'ddnsZoneWalk', 'routerUpnp', 'ddnsProof']);

/** Entries the run must have contacted before it is compared: each of its own, one of each built-in family. */
function missing(report: EgressReport): string[] {
  const contacted = new Set(report.contacted.flatMap((c) => c.declared));
  const wanted = report.declared.filter((d) => !NOT_DIRECT.has(d.purpose));
  const own = wanted.filter((d) => !SOME_OF.has(d.purpose) && !contacted.has(d.id)).map((d) => d.id);
  const families = [...new Set(wanted.filter((d) => SOME_OF.has(d.purpose)).map((d) => d.purpose))];
  const silent = families.filter((p) => !wanted.some((d) => d.purpose === p && contacted.has(d.id)));
  return [...own, ...silent];
}

/** Waits (asking the runner) until every family has fired once; the last report. */
async function reportOnceAllFired(runner: LabRunner): Promise<EgressReport> {
  let report = await runner.report();
  await until(async () => missing(report).length === 0 || missing((report = await runner.report())).length === 0, {
    timeoutMs: 40_000,
    everyMs: 200,
    what: 'every destination family contacted once',
  });
  return report;
}

function show(title: string, verdict: LabVerdict, frames: LabFrame[], listed: ListedCheck): void {
  console.log(
    [
      `${title}: ${frames.length} frames captured`,
      tallyLines('packets per destination', verdict.destinations),
      tallyLines('names asked of the resolver', verdict.lookups),
      tallyLines("the kernel's own", verdict.kernel),
      tallyLines('undeclared', verdict.undeclared),
      `the report and the capture disagree on: ${JSON.stringify(listed)}`,
    ].join('\n'),
  );
}

function facts(lab: EgressLab): LabFacts {
  return { gateway: GATEWAY, names: lab.names() };
}

const checked = (runner: LabRunner, family: 4 | 6) =>
  runner.lines.until((l) => l.type === 'check' && l.family === family, 30_000);

describe.skipIf(egressLabPeer.skip)('the egress lab: every packet the runner sends is in its inventory', () => {
  let lab: EgressLab | undefined;
  afterEach(async () => {
    await lab?.close();
    lab = undefined;
  });

  it('at default settings; a stray datagram from its namespace is the one packet caught', async () => {
    lab = await startEgressLab();
    const runner = await lab.startRunner({});
    await Promise.all([checked(runner, 4), checked(runner, 6)]);
    const report = await reportOnceAllFired(runner);
    // The self-check: one datagram to a destination no inventory has, from the runner's namespace.
    await lab.execInRunner([process.execPath, '-e', sendDatagram({ host: '198.51.100.7', port: 4242 })]);
    const frames = await lab.finish();
    const verdict = compareWithInventory(frames, report, facts(lab));
    const listed = compareWithContacts(frames, report, facts(lab));
    show('default settings', verdict, frames, listed);

    expect(verdict.undeclared, runner.stderr()).toEqual([{ to: 'udp 198.51.100.7:4242', count: 1, declared: [] }]);
    // Every family it has was in the capture, and the sources were asked over IPv4 and IPv6.
    const purposeOf = new Map(report.declared.map((d) => [d.id, d.purpose]));
    const seen = (purpose: string, v6: boolean) =>
      verdict.destinations.some(
        (d) => d.to.includes('[') === v6 && d.declared.some((id) => purposeOf.get(id) === purpose),
      );
    for (const purpose of ['echo', 'stun', 'dnsDetection', 'routerPortMapping', 'routerDiscovery', 'systemDns'])
      expect(seen(purpose, false) || seen(purpose, true), purpose).toBe(true);
    for (const v6 of [false, true]) expect(seen('echo', v6), `a web source over IPv${v6 ? 6 : 4}`).toBe(true);
    expect(verdict.lookups.length).toBeGreaterThan(0);
    expect(listed).toEqual({
      notContacted: [],
      neverSeen: [],
      lookupsNotListed: [],
      lookupsNeverAsked: [],
    });
  }, 90_000);

  it('in a busy configuration; without the webhook in the inventory, exactly its packets are caught', async () => {
    lab = await startEgressLab();
    const at = (name: string) => `${name}.lab.example`;
    const http = (name: string, rest: string) => `http://${at(name)}:${LAB.httpPort}${rest}`;
    const runner = await lab.startRunner({
      // Short intervals, and one source enough to confirm the address (the lab's own).
      monitor: { intervalSec: 10, quorum: 1 },
      router: { pollMinutes: 1 },
      sources: { custom: [{ id: 'lab', kind: 'http', url: http('echo', '/ip'), format: 'text', family: 4 }] },
      notifications: {
        channels: [
          { id: 'hook', type: 'webhook', url: http('hooks', '/hook') },
          { id: 'broker', type: 'mqtt', url: `mqtt://${at('mqtt')}:1883`, node: 'lab' },
          {
            id: 'mail',
            type: 'email',
            host: at('smtp'),
            port: 2525,
            from: `ipwatch@${at('mail')}`,
            to: [`me@${at('mail')}`],
          },
        ],
      },
      ddns: {
        records: [
          {
            id: 'home',
            provider: 'dyndns2',
            server: http('dyn', ''),
            username: 'me',
            password: 'pw',
            hostname: at('home'),
          },
        ],
      },
      monitors: {
        items: [{ id: 'ssh', name: 'SSH', type: 'tcp', host: at('nas'), port: 22, family: 4, intervalSec: 30 }],
      },
      heartbeat: { enabled: true, url: http('hc', '/ping/0b5ad1c4-7d6e-4b7b-9c8f-3e2a1d0c9b8a'), intervalSec: 30 },
    });
    const sinkSaw = (path: RegExp) => lab!.sink.some((l) => l.kind === 'http' && path.test(l.path));
    await until(() => sinkSaw(/^\/hook$/) && sinkSaw(/^\/nic\/update$/) && sinkSaw(/^\/ping\//), {
      timeoutMs: 45_000,
      everyMs: 50,
      what: 'a notice, a DDNS update and a heartbeat delivered to the sink',
    });
    const report = await reportOnceAllFired(runner);
    const frames = await lab.finish();
    const labFacts = facts(lab);
    const verdict = compareWithInventory(frames, report, labFacts);
    const listed = compareWithContacts(frames, report, labFacts);
    show('busy configuration', verdict, frames, listed);

    expect(verdict.undeclared, runner.stderr()).toEqual([]);
    const purposes = new Set(verdict.destinations.flatMap((d) => d.declared));
    for (const id of [
      'source:lab',
      'channel:hook',
      'channel:broker',
      'channel:mail',
      'record:home',
      'monitor:ssh',
      'heartbeat:heartbeat',
    ])
      expect(purposes).toContain(id);
    expect(listed).toEqual({
      notContacted: [],
      neverSeen: [],
      lookupsNotListed: [],
      lookupsNeverAsked: [],
    });

    // The self-check: the same capture, given the inventory without the webhook's entry.
    const without = { ...report, declared: report.declared.filter((d) => d.id !== 'channel:hook') };
    const caught = compareWithInventory(frames, without, labFacts).undeclared.map((t) => t.to);
    expect(caught).toContain('DNS question for hooks.lab.example (A)');
    expect(caught.some((t) => /^tcp \S+:8080 \(hooks\.lab\.example\)$/.test(t))).toBe(true);
    expect(caught.filter((t) => !t.includes('hooks.lab.example'))).toEqual([]);
  }, 90_000);
});
