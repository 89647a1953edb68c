/**
 * The monitors' port forwarding check (electron/engine/service-monitors/forwarding.ts) over the real UPnP-IGD
 * client and the miniupnpd stand-in on loopback (tests/fakes/upnp-igd.ts): asked at start, again
 * every 10 minutes (fake clock) and on refresh; no router, or a failing one, flags nothing.
 */
import { Resolver } from 'node:dns/promises';

import { afterEach, describe, expect, it } from 'vitest';

import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { createUpnpIgd } from '../../../../electron/engine/router/upnp';
import {
  EVERY_MS,
  ForwardingCheck,
  type ForwardingDeps,
  type MappingsAnswer,
} from '../../../../electron/engine/service-monitors/forwarding';
import type { ServiceMonitor } from '../../../../shared/settings/service-monitor';
import { startDnsServer } from '../../../fakes/dns-server';
import { startUpnpIgd, type FakeUpnpIgd } from '../../../fakes/upnp-igd';
import { FakeClock } from '../../../helpers/fake-clock';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

const base = { enabled: true, intervalSec: 300, timeoutSec: 5, downAfter: 1 };
const MONITORS = [
  { ...base, id: 'ssh', name: 'SSH', type: 'tcp', host: '127.0.0.1', port: 22 },
  { ...base, id: 'web', name: 'Web', type: 'http', url: 'http://81.2.69.142/', expectStatus: 200 },
] as ServiceMonitor[];
/** By host name: the name points at the public address (home) or elsewhere (nas), or nowhere (gone). */
const NAMED = [
  { ...base, id: 'home', name: 'Home', type: 'http', url: 'https://home.example.org/', expectStatus: 200 },
  { ...base, id: 'nas', name: 'NAS', type: 'tcp', host: 'nas.example.org', port: 22 },
  { ...base, id: 'gone', name: 'Gone', type: 'tcp', host: 'gone.example.org', port: 22 },
] as ServiceMonitor[];

async function setup(routerKnown = true, opts: Pick<ForwardingDeps, 'resolve'> & { monitors?: ServiceMonitor[] } = {}) {
  const igd = await startUpnpIgd();
  cleanup.push(() => igd.close());
  const clock = new FakeClock();
  const logs: LogRecord[] = [];
  const logger = createLogger('test', { level: 'debug', sink: (e) => logs.push(e) });
  const client = createUpnpIgd({
    gateway: { address: '127.0.0.1', family: 4 },
    clock,
    logger,
    ssdpTargets: [igd.ssdp],
    ssdpWaitMs: 1500,
  });
  cleanup.push(() => client.close());
  let asked = 0;
  const known = { value: routerKnown };
  const check = new ForwardingCheck({
    clock,
    logger,
    mappings: (signal): Promise<MappingsAnswer> => {
      asked++;
      return known.value ? client.portMappings(signal) : Promise.resolve(null);
    },
    monitors: () => opts.monitors ?? MONITORS,
    addresses: () => ['81.2.69.142'],
    ...(opts.resolve ? { resolve: opts.resolve } : {}),
  });
  cleanup.push(() => check.close());
  return { igd, clock, check, logs, known, asked: () => asked };
}

const flags = (check: ForwardingCheck) => MONITORS.filter((m) => check.notForwarded(m.id)).map((m) => m.id);

function add(igd: FakeUpnpIgd, port: number) {
  const e = { remoteHost: '', protocol: 'TCP' as const, internalPort: port, internalClient: '127.0.0.1' };
  igd.mappings.entries.push({ ...e, externalPort: port, enabled: true, description: 't', leaseDuration: 0 });
}

describe('ForwardingCheck', () => {
  it('flags the monitors whose port the router does not map, and follows the mappings every 10 minutes', async () => {
    const { igd, clock, check } = await setup();
    add(igd, 80);
    check.start();
    await check.idle();
    expect(flags(check)).toEqual(['ssh']);
    add(igd, 22);
    await clock.advance(EVERY_MS);
    await check.idle();
    expect(flags(check)).toEqual([]);
  });

  it('a router not known to answer is not asked for mappings, and nothing is flagged', async () => {
    const { igd, check } = await setup(false);
    check.start();
    await check.idle();
    expect(flags(check)).toEqual([]);
    expect(igd.requests).toEqual([]);
  });

  it('a failing router flags nothing and is logged once per new reason; a refresh asks again', async () => {
    const { igd, check, logs, asked } = await setup();
    check.start();
    await check.idle();
    expect(flags(check)).toEqual(['ssh', 'web']);
    igd.setSoapFault({ code: 501, description: 'Action Failed' });
    check.refresh();
    await check.idle();
    expect(flags(check)).toEqual([]);
    check.refresh();
    await check.idle();
    expect(asked()).toBe(3);
    const said = logs.filter((e) => e.message.includes('port mappings'));
    expect(said).toHaveLength(1);
    expect(JSON.stringify(said[0])).toContain('UPnPError 501');
  });

  it('a refresh while a question is under way joins it', async () => {
    const { check, asked } = await setup();
    check.start();
    check.refresh();
    await check.idle();
    expect(asked()).toBe(1);
  });

  it('a monitor by host name counts as this host when the name resolves to its address (asked of a DNS server)', async () => {
    const dns = await startDnsServer();
    cleanup.push(() => dns.close());
    dns.setRecord('home.example.org', 'A', '81.2.69.142');
    dns.setRecord('nas.example.org', 'A', '192.168.1.30');
    // node's own resolver, pointed at the stand-in; gone.example.org has no record there.
    const resolver = new Resolver({ timeout: 2000, tries: 1 });
    resolver.setServers([dns.server]);
    const resolve = (host: string) => resolver.resolve4(host);
    const { igd, check } = await setup(true, { resolve, monitors: NAMED });
    check.start();
    await check.idle();
    expect(NAMED.filter((m) => check.notForwarded(m.id)).map((m) => m.id)).toEqual(['home']);
    add(igd, 443);
    check.refresh();
    await check.idle();
    expect(NAMED.filter((m) => check.notForwarded(m.id)).map((m) => m.id)).toEqual([]);
  });
});
