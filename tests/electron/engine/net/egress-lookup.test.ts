/**
 * Every name the system's resolver is asked for is in the gate's lookups (issue 63), whichever
 * client asked: the HTTP client without a forced family (webhooks, heartbeat, dyndns2), SMTP's
 * socket, a TCP service monitor. Each is handed net/egress-lookup.ts's lookup, which tells the
 * gate, then asks dns.lookup. `localhost` is the name: /etc/hosts answers it, nothing leaves.
 */
import { lookup as dnsLookup } from 'node:dns';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createClient } from '../../../../electron/engine/net/client';
import { createEgressGate, processGate } from '../../../../electron/engine/net/egress-gate';
import { recordedLookup } from '../../../../electron/engine/net/egress-lookup';
import { createHttpClient } from '../../../../electron/engine/net/http';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { runProbe } from '../../../../electron/engine/service-monitors';
import { serviceMonitorSchema } from '../../../../shared/settings/service-monitor';

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((_req, res) => res.end('ok'));
  // Every address, so localhost answers whether the system gives ::1 or 127.0.0.1 first.
  await new Promise<void>((resolve) => server.listen(0, resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const signal = () => AbortSignal.timeout(5000);
const lookupsOf = (report: ReturnType<typeof processGate.report>, name: string) =>
  report.lookups.find((l) => l.name === name)?.count ?? 0;

describe('the names the system resolver is asked for, recorded by the gate', () => {
  it('the HTTP client without a forced family: one lookup per new connection, none on a kept-alive one', async () => {
    const gate = createEgressGate(() => 1000);
    const client = createClient({ gate });
    await client.request({ url: `http://localhost:${port}/hook`, signal: signal() });
    await client.request({ url: `http://localhost:${port}/hook`, signal: signal() });
    await client.close();
    const report = gate.report();
    expect(report.lookups).toEqual([{ name: 'localhost', via: 'system', count: 1, lastAt: 1000 }]);
    expect(report.contacted.map((c) => [c.host, c.count, c.lookup])).toEqual([['localhost', 2, 'system']]);
  });

  it('answers as dns.lookup does, with the socket’s own options', async () => {
    const gate = createEgressGate();
    const lookup = recordedLookup(gate);
    const asked = (options: { family?: number; all?: boolean }) =>
      new Promise<unknown>((resolve, reject) =>
        lookup('localhost', options, (err, address) => (err ? reject(err) : resolve(address))),
      );
    const direct = (options: { family?: number; all?: boolean }) =>
      new Promise<unknown>((resolve, reject) =>
        dnsLookup('localhost', options, (err, address) => (err ? reject(err) : resolve(address))),
      );
    expect(await asked({ family: 4 })).toEqual(await direct({ family: 4 }));
    expect(await asked({ all: true })).toEqual(await direct({ all: true }));
    expect(gate.report().lookups.map((l) => [l.name, l.count])).toEqual([['localhost', 2]]);
  });

  it('a socket handed the lookup: net.connect to a name records it, to an address records nothing', async () => {
    const gate = createEgressGate();
    const open = (host: string) =>
      new Promise<void>((resolve, reject) => {
        const socket = connect({ host, port, lookup: recordedLookup(gate) });
        socket.once('connect', () => resolve(void socket.destroy()));
        socket.once('error', reject);
      });
    await open('localhost');
    await open('127.0.0.1');
    expect(gate.report().lookups.map((l) => l.name)).toEqual(['localhost']);
  });

  it('a TCP service monitor by name (the process gate)', async () => {
    const net = { http: createHttpClient({ userAgent: 'IPWatch/test' }), udp: createUdpClient() };
    const deps = {
      net,
      resolver: async () => [],
      current: () => null,
      userAgent: 'IPWatch/test',
      now: () => Date.now(),
    };
    const m = serviceMonitorSchema.parse({ id: 'm', name: 'S', type: 'tcp', host: 'localhost', port, timeoutSec: 2 });
    const before = lookupsOf(processGate.report(), 'localhost');
    try {
      expect(await runProbe(m, deps)).toMatchObject({ outcome: 'pass' });
    } finally {
      await Promise.all([net.http.close(), net.udp.close()]);
    }
    expect(lookupsOf(processGate.report(), 'localhost')).toBe(before + 1);
  });
});
