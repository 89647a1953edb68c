/**
 * Issue 73, the egress gate from outside: the real HTTP and UDP clients, a real gate given the
 * inventory of real settings with egress.enforce on (what the runtime's egress part gives it), and
 * local stand-ins: an HTTP echo (tests/fakes/http-echo.ts), a CONNECT proxy
 * (tests/fakes/connect-proxy.ts, RFC 9110 §9.3.6), a DNS server (tests/fakes/dns-server.ts, RFC
 * 1035) for a zone's NS. Names are answered by the resolver the clients take (as a hosts file
 * would), so a public name can be made to resolve to 127.0.0.1.
 *
 * - DNS rebinding: a declared public name that resolves to 127.0.0.1 is refused before any byte
 *   reaches the local service (forced family and not, HTTP and UDP), and the report (the
 *   Connections page's data) says refused, in words; a name only a local network answers
 *   (`.home.arpa`) reaches it.
 * - ALL_PROXY alone: the request goes through the proxy, and the inventory lists the proxy, so
 *   enforce lets it through; a proxy the inventory lacks is refused and leaves no entry under way.
 * - zone-servers: the addresses a configured zone's NS names resolved to, and no other host on 53.
 *
 * This file sets proxy variables; vitest's forks pool gives it its own process.
 */
import { promises as dns } from 'node:dns';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { askServer, authoritativeServers } from '../../../../electron/engine/ddns/propagation';
import { systemFacts } from '../../../../electron/engine/egress/facts';
import { declaredDestinations } from '../../../../electron/engine/egress/inventory';
import { createClient } from '../../../../electron/engine/net/client';
import { createEgressGate, type EgressGate, processGate } from '../../../../electron/engine/net/egress-gate';
import type { Resolver } from '../../../../electron/engine/net/resolve';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { resultWords } from '../../../../renderer/src/pages/connections-view';
import { english } from '../../../../shared/i18n/translators';
import { parseSettings, type Settings } from '../../../../shared/settings';
import { startConnectProxy } from '../../../fakes/connect-proxy';
import { startDnsServer } from '../../../fakes/dns-server';
import { type HttpEcho, startHttpEcho } from '../../../fakes/http-echo';

const VARS = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'ALL_PROXY',
  'all_proxy',
  'NO_PROXY',
  'no_proxy',
];
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
const cleanup: Array<() => Promise<unknown>> = [];
beforeEach(() => {
  for (const v of VARS) delete process.env[v];
});
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
  for (const v of VARS)
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
});

/** Every name here resolves to loopback, as a rebinding attacker's DNS would answer. */
const toLoopback: Resolver = async (_host, family) => (family === 6 ? ['::1'] : ['127.0.0.1']);

function settingsOf(raw: Record<string, unknown>): Settings {
  const r = parseSettings(raw);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.settings;
}

/** A gate holding the inventory of `settings` for this process's environment, enforce on or off. */
function gateFor(settings: Settings, enforce = true): { gate: EgressGate; said: string[] } {
  const gate = createEgressGate();
  const said: string[] = [];
  gate.use({
    declared: declaredDestinations(settings, systemFacts()),
    enforce,
    say: (kind, ask, address) => said.push(`${kind} ${ask.host} ${address ?? ''}`.trim()),
  });
  return { gate, said };
}

/** Settings with one custom source at `url`: an entered destination. */
const withSource = (url: string) =>
  settingsOf({ sources: { builtIn: false, custom: [{ id: 'mine', kind: 'http', url, format: 'text', family: 4 }] } });

async function echo(): Promise<HttpEcho> {
  const e = await startHttpEcho({ host: '127.0.0.1', port: 0 });
  cleanup.push(() => e.close());
  return e;
}

function clientOf(gate: EgressGate) {
  const c = createClient({ gate, resolver: toLoopback });
  cleanup.push(() => c.close());
  return c;
}

const signal = () => AbortSignal.timeout(5000);
const contactOf = (gate: EgressGate, host: string) => gate.report().contacted.find((c) => c.host === host);

describe('a declared public name that resolves to a local address (DNS rebinding)', () => {
  it.each([
    ['a forced family (a source)', 4 as const],
    ['no forced family (a channel, a heartbeat)', undefined],
  ])('is refused with enforce on, before any byte reaches the service: %s', async (_name, family) => {
    const e = await echo();
    const url = `http://ip.example.org:${e.port}/`;
    const { gate, said } = gateFor(withSource(url));
    const sent = clientOf(gate).request({ url, signal: signal(), ...(family ? { family } : {}) });
    await expect(sent).rejects.toMatchObject({ code: 'EEGRESSLOCAL' });
    expect(e.requests).toBe(0);
    const c = contactOf(gate, 'ip.example.org');
    expect(c).toMatchObject({ declared: ['source:mine'], lastResult: 'refused', lastError: 'EEGRESSLOCAL' });
    // The Connections page's words for it, and the log's.
    expect(resultWords(c!, english)).toBe(
      'refused: a public name answered with a local address, and undeclared connections are refused',
    );
    expect(said).toEqual(['local ip.example.org 127.0.0.1']);
  });

  it('over UDP (a DNS or STUN source) too', async () => {
    const dnsServer = await startDnsServer();
    cleanup.push(() => dnsServer.close());
    const server = `dns.example.org:${dnsServer.port}`;
    const settings = settingsOf({
      sources: {
        builtIn: false,
        custom: [{ id: 'd', kind: 'dns', server, name: 'myip.example', type: 'A', class: 'IN', family: 4 }],
      },
    });
    const { gate } = gateFor(settings);
    const udp = createUdpClient({ gate, resolver: toLoopback });
    cleanup.push(() => udp.close());
    const ask = { host: 'dns.example.org', port: dnsServer.port, family: 4 as const, signal: signal() };
    const sent = udp.exchange({ ...ask, payload: Buffer.from('x'), accept: () => true });
    await expect(sent).rejects.toThrow(/EEGRESSLOCAL/);
    expect(dnsServer.requests).toBe(0);
    expect(contactOf(gate, 'dns.example.org')).toMatchObject({ lastResult: 'refused', declared: ['source:d'] });
  });

  it('reaches the service when the name is one only a local network answers (.home.arpa), or enforce is off', async () => {
    const e = await echo();
    const local = `http://nas.home.arpa:${e.port}/`;
    const { gate } = gateFor(withSource(local));
    expect((await clientOf(gate).request({ url: local, family: 4, signal: signal() })).status).toBe(200);
    const url = `http://ip.example.org:${e.port}/`;
    const off = gateFor(withSource(url), false);
    expect((await clientOf(off.gate).request({ url, family: 4, signal: signal() })).status).toBe(200);
    expect(off.said).toEqual(['local ip.example.org 127.0.0.1']);
    expect(e.requests).toBe(2);
  });
});

describe('the proxy of ALL_PROXY, with enforce on', () => {
  it('carries the request, and the inventory (GET /api/v1/egress) lists it', async () => {
    const proxy = await startConnectProxy();
    cleanup.push(() => proxy.close());
    process.env.ALL_PROXY = proxy.url;
    const e = await echo();
    const url = `http://echo.home.arpa:${e.port}/`;
    const { gate } = gateFor(withSource(url));
    const res = await clientOf(gate).request({ url, family: 4, signal: signal() });
    expect(res.status).toBe(200);
    expect(proxy.tunnels).toEqual([`127.0.0.1:${e.port}`]);
    const report = gate.report();
    const port = Number(new URL(proxy.url).port);
    expect(report.declared.find((d) => d.purpose === 'proxy')).toMatchObject({
      id: 'proxy:1',
      host: '127.0.0.1',
      port,
      setting: 'ALL_PROXY',
    });
    expect(contactOf(gate, '127.0.0.1')).toMatchObject({ port, declared: ['proxy:1'], lastResult: 'ok' });
    expect(contactOf(gate, 'echo.home.arpa')).toMatchObject({ declared: ['source:mine'], lastResult: 'ok' });
  });

  it('a proxy the inventory lacks is refused, and the target is left no entry under way', async () => {
    const proxy = await startConnectProxy();
    cleanup.push(() => proxy.close());
    const e = await echo();
    const url = `http://echo.home.arpa:${e.port}/`;
    const { gate } = gateFor(withSource(url)); // read before the variable is set: no proxy declared
    process.env.ALL_PROXY = proxy.url;
    await expect(clientOf(gate).request({ url, family: 4, signal: signal() })).rejects.toMatchObject({
      code: 'EEGRESSREFUSED',
    });
    expect(proxy.tunnels).toEqual([]);
    expect(gate.report().contacted.map((c) => [c.host, c.lastResult])).toEqual([
      ['echo.home.arpa', 'refused'],
      ['127.0.0.1', 'refused'],
    ]);
  });
});

describe("zone-servers: the configured zone's own servers", () => {
  it('lets through the addresses its NS names resolved to, and no other host on port 53', async () => {
    const ns = await startDnsServer();
    cleanup.push(() => ns.close());
    ns.setRecord('example.org', 'NS', ['ns1.example.org']);
    ns.setRecord('ns1.example.org', 'A', '127.0.0.1');
    const settings = settingsOf({
      ddns: {
        records: [
          {
            id: 'home',
            provider: 'dyndns2',
            server: 'https://dyn.example.net',
            username: 'me',
            password: 'pw',
            hostname: 'home.example.org',
          },
        ],
      },
    });
    processGate.use({ declared: declaredDestinations(settings, systemFacts()), enforce: true, say: () => {} });
    cleanup.push(async () => processGate.use(null));
    const resolver = new dns.Resolver({ timeout: 2000, tries: 1 });
    resolver.setServers([`127.0.0.1:${ns.port}`]);
    // A real exchange with the stand-in: example.org's NS, then ns1's address.
    expect(await authoritativeServers('example.org', resolver)).toEqual([
      { name: 'ns1.example.org', address: '127.0.0.1' },
    ]);
    const zoneServer = { host: '127.0.0.1', port: 53, protocol: 'udp', as: 'zone-servers' } as const;
    processGate.open(zoneServer).end();
    expect(processGate.report().contacted.find((c) => c.host === '127.0.0.1')?.declared).toEqual([
      'ddns:zone-servers:udp',
    ]);
    // Any other host, claimed as a zone server on port 53, is refused before a datagram leaves.
    const other = await askServer({ name: 'ns.elsewhere.example', address: '127.0.0.99' }, 'home.example.org', 'A', {
      port: 53,
      timeoutMs: 2000,
    });
    expect(other).toMatchObject({ addresses: null });
    expect(other.error).toMatch(/^IPWatch did not connect: the connection is not declared/);
    expect(processGate.report().contacted.find((c) => c.host === '127.0.0.99')).toMatchObject({
      declared: [],
      lastResult: 'refused',
    });
  });
});
