/**
 * The egress gate (net/egress-gate.ts) under the real clients: a request to a local server is
 * recorded by host and port only; an undeclared one goes ahead and is said once, or, with
 * egress.enforce, is refused before any connection (the server sees none) and said in words.
 */
import { createSocket } from 'node:dgram';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createClient } from '../../../../electron/engine/net/client';
import { createEgressGate, type EgressPolicy } from '../../../../electron/engine/net/egress-gate';
import { type EgressAsk, matches } from '../../../../electron/engine/net/egress-match';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import type { DeclaredDestination } from '../../../../shared/contract/egress';

let server: Server;
let port: number;
let connections = 0;

beforeAll(async () => {
  server = createServer((_req, res) => res.end('203.0.113.7'));
  server.on('connection', () => void connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const local = (p: number, id = 'source:local'): DeclaredDestination => ({
  id,
  role: 'entered',
  host: '127.0.0.1',
  port: p,
  protocol: 'tcp',
  purpose: 'customSource',
  setting: 'sources.custom',
  everySec: 60,
});

function policy(declared: DeclaredDestination[], enforce: boolean) {
  const said: string[] = [];
  const p: EgressPolicy = { declared, enforce, say: (kind, ask) => said.push(`${kind} ${ask.host}:${ask.port}`) };
  return { p, said };
}

const signal = () => AbortSignal.timeout(5000);

describe('the gate under the HTTP client', () => {
  it('records a request by host and port only, never its path or query', async () => {
    const gate = createEgressGate(() => 1000);
    const client = createClient({ gate });
    await client.request({ url: `http://127.0.0.1:${port}/hook/secret-token?key=abc`, signal: signal() });
    await client.request({ url: `http://127.0.0.1:${port}/other`, signal: signal() });
    await client.close();
    const report = gate.report();
    expect(report.contacted).toEqual([
      {
        host: '127.0.0.1',
        port,
        protocol: 'tcp',
        declared: [],
        purposes: [],
        count: 2,
        lastAt: 1000,
        lastResult: 'ok',
        lookup: 'none',
      },
    ]);
    expect(JSON.stringify(report)).not.toMatch(/secret-token|key=abc|hook/);
  });

  it('names the inventory entry a declared request matched, and says nothing', async () => {
    const gate = createEgressGate();
    const { p, said } = policy([local(port)], true);
    gate.use(p);
    const client = createClient({ gate });
    await client.request({ url: `http://127.0.0.1:${port}/`, signal: signal() });
    await client.close();
    expect(gate.report().contacted[0]).toMatchObject({ declared: ['source:local'], purposes: ['customSource'] });
    expect(gate.report().enforce).toBe(true);
    expect(said).toEqual([]);
  });

  it('lets an undeclared request through when not enforcing, and says so once', async () => {
    const gate = createEgressGate();
    const { p, said } = policy([local(port + 1)], false);
    gate.use(p);
    const client = createClient({ gate });
    for (let i = 0; i < 2; i++) await client.request({ url: `http://127.0.0.1:${port}/`, signal: signal() });
    await client.close();
    expect(said).toEqual([`undeclared 127.0.0.1:${port}`]);
    expect(gate.report().contacted[0]).toMatchObject({ declared: [], count: 2, lastResult: 'ok' });
  });

  it('refuses an undeclared request before connecting when enforcing, and says why', async () => {
    const gate = createEgressGate();
    const { p, said } = policy([local(port + 1)], true);
    gate.use(p);
    const client = createClient({ gate });
    const before = connections;
    await expect(client.request({ url: `http://127.0.0.1:${port}/`, signal: signal() })).rejects.toMatchObject({
      code: 'EEGRESSREFUSED',
      message: expect.stringContaining(`127.0.0.1 port ${port}`),
    });
    await client.close();
    expect(connections).toBe(before);
    expect(said).toEqual([`refused 127.0.0.1:${port}`]);
    expect(gate.report().contacted[0]).toMatchObject({ lastResult: 'refused', count: 1 });
  });

  it('records a failed connection with its error code', async () => {
    const gate = createEgressGate();
    const client = createClient({ gate });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const free = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(client.request({ url: `http://127.0.0.1:${free}/`, signal: signal() })).rejects.toThrow();
    await client.close();
    expect(gate.report().contacted[0]).toMatchObject({ port: free, lastResult: 'failed', lastError: 'ECONNREFUSED' });
  });
});

describe('the gate under the UDP client', () => {
  it('refuses an undeclared datagram before it leaves', async () => {
    const listener = createSocket('udp4');
    let got = 0;
    listener.on('message', () => void got++);
    await new Promise<void>((resolve) => listener.bind(0, '127.0.0.1', resolve));
    const udpPort = listener.address().port;
    const gate = createEgressGate();
    gate.use(policy([], true).p);
    const udp = createUdpClient({ gate });
    await expect(
      udp.exchange({
        host: '127.0.0.1',
        port: udpPort,
        family: 4,
        payload: Buffer.from('x'),
        signal: signal(),
        accept: () => true,
      }),
    ).rejects.toThrow(/not declared/);
    await udp.close();
    listener.close();
    expect(got).toBe(0);
    expect(gate.report().contacted).toMatchObject([{ protocol: 'udp', port: udpPort, lastResult: 'refused' }]);
  });
});

describe('what a declared destination matches (egress-match.ts)', () => {
  const d = (over: Partial<DeclaredDestination>): DeclaredDestination => ({ ...local(53), ...over });
  it.each<[string, Partial<DeclaredDestination>, EgressAsk, boolean]>([
    [
      'the host, any letter case',
      { host: 'NS1.Example.org' },
      { host: 'ns1.example.org.', port: 53, protocol: 'tcp' },
      true,
    ],
    ['another port', {}, { host: '127.0.0.1', port: 54, protocol: 'tcp' }, false],
    ['another protocol', {}, { host: '127.0.0.1', port: 53, protocol: 'udp' }, false],
    ['an IPv6 host in brackets', { host: '2001:db8::1' }, { host: '[2001:db8::1]', port: 53, protocol: 'tcp' }, true],
    [
      'the gateway, claimed, local',
      { role: 'gateway', host: null },
      { host: '192.168.1.1', port: 53, protocol: 'tcp', as: 'gateway' },
      true,
    ],
    [
      'the gateway, not claimed',
      { role: 'gateway', host: null },
      { host: '192.168.1.1', port: 53, protocol: 'tcp' },
      false,
    ],
    [
      'the gateway, claimed, public',
      { role: 'gateway', host: null },
      { host: '8.8.8.8', port: 53, protocol: 'tcp', as: 'gateway' },
      false,
    ],
    [
      'the UPnP router, any port',
      { role: 'local-router', host: null, port: null },
      { host: 'fe80::1', port: 49152, protocol: 'tcp', as: 'local-router' },
      true,
    ],
    [
      "a zone's server, claimed",
      { role: 'zone-servers', host: null, nsNames: ['example.org'] },
      { host: '198.51.100.53', port: 53, protocol: 'tcp', as: 'zone-servers' },
      true,
    ],
    [
      "a zone's server, not claimed",
      { role: 'zone-servers', host: null, nsNames: ['example.org'] },
      { host: '198.51.100.53', port: 53, protocol: 'tcp' },
      false,
    ],
    [
      'any other host on port 53, claimed as a zone server',
      { role: 'zone-servers', host: null, nsNames: ['example.org'] },
      { host: '203.0.113.9', port: 53, protocol: 'tcp', as: 'zone-servers' },
      false,
    ],
    [
      "another zone's server, claimed",
      { role: 'zone-servers', host: null, nsNames: ['example.net'] },
      { host: '198.51.100.53', port: 53, protocol: 'tcp', as: 'zone-servers' },
      false,
    ],
    [
      'an entry whose host is not known (a reference)',
      { host: null },
      { host: '127.0.0.1', port: 53, protocol: 'tcp' },
      false,
    ],
  ])('%s', (_name, over, ask, expected) => {
    // 198.51.100.53 is what example.org's NS names resolved to (the gate's learnZoneServers).
    const zonesOf = (a: string) => new Set(a === '198.51.100.53' ? ['example.org'] : []);
    expect(matches(d(over), ask, zonesOf)).toBe(expected);
  });
});
