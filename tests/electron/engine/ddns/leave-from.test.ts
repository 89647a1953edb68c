/**
 * Where one DNS record's updates leave from (issue 76; electron/engine/ddns/leave-from.ts): its own
 * `from`, else the monitor's choice for its family, read at each request. On loopback (Linux
 * answers all of 127.0.0.0/8 on lo) the stand-ins of tests/fakes that answer the client's own
 * address (http-echo.ts, dns-server.ts in 'echo-remote') tell where a request came from.
 */
import dnsPacket from 'dns-packet';
import { afterEach, describe, expect, it } from 'vitest';

import { createDdnsHttp, providerHttp } from '../../../../electron/engine/ddns/http';
import { recordDeps } from '../../../../electron/engine/ddns/leave-from';
import type { DdnsDeps } from '../../../../electron/engine/ddns/types';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import type { InterfaceList } from '../../../../shared/egress-from';
import { startDnsServer } from '../../../fakes/dns-server';
import { startHttpEcho } from '../../../fakes/http-echo';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

const v4 = (address: string) => ({ address, family: 'IPv4', internal: false });
const interfaces: InterfaceList = { lo: [v4('127.0.0.1'), v4('127.0.0.3')], up2: [v4('127.0.0.2')] };

function deps(monitorFrom: string): DdnsDeps {
  const udp = createUdpClient();
  cleanup.push(() => udp.close());
  return {
    udp,
    http: createDdnsHttp({ timeoutMs: 3000 }),
    clock: { now: Date.now },
    timeoutMs: 3000,
    from: () => monitorFrom,
    interfaces: () => interfaces,
  };
}

async function echo() {
  const e = await startHttpEcho();
  e.setFault('echo-remote');
  cleanup.push(() => e.close());
  return e;
}

const get = (d: DdnsDeps, url: string) => d.http({ method: 'GET', url, signal: AbortSignal.timeout(3000) });

describe.skipIf(process.platform !== 'linux')("a record's updates leave from its choice", () => {
  it("the record's own interface, else the monitor's choice, else the system's", async () => {
    const e = await echo();
    expect((await get(recordDeps(deps(''), { type: 'A', from: 'up2' }), e.url)).body.trim()).toBe('127.0.0.2');
    expect((await get(recordDeps(deps('127.0.0.3'), { type: 'A' }), e.url)).body.trim()).toBe('127.0.0.3');
    // The record's own choice wins over the monitor's.
    expect((await get(recordDeps(deps('127.0.0.3'), { type: 'A', from: 'up2' }), e.url)).body.trim()).toBe('127.0.0.2');
    expect((await get(recordDeps(deps(''), { type: 'A' }), e.url)).body.trim()).toBe('127.0.0.1');
  });

  it('an RFC 2136 exchange (UDP) leaves from it too', async () => {
    const dns = await startDnsServer();
    dns.setFault('echo-remote');
    cleanup.push(() => dns.close());
    const d = recordDeps(deps(''), { type: 'A', from: 'up2' });
    const id = 4242;
    const reply = await d.udp.exchange({
      host: '127.0.0.1',
      port: dns.port,
      family: 4,
      payload: dnsPacket.encode({ type: 'query', id, questions: [{ type: 'A', name: 'me.test' }] }),
      signal: AbortSignal.timeout(3000),
      accept: (msg) => msg.readUInt16BE(0) === id,
    });
    expect(dnsPacket.decode(reply).answers?.[0]).toMatchObject({ type: 'A', data: '127.0.0.2' });
    expect(dns.lastQuestion?.remote).toBe('127.0.0.2');
  });

  it('a choice that cannot be used is a retry that says why, and nothing is sent', async () => {
    const e = await echo();
    const d = recordDeps(deps(''), { type: 'AAAA', from: 'up2' });
    const outcome = await providerHttp(
      d.http,
      Date.now,
      'deSEC home.example.org AAAA',
    )({
      method: 'GET',
      url: e.url,
      signal: AbortSignal.timeout(3000),
    });
    expect(outcome).toMatchObject({ kind: 'retry' });
    expect((outcome as { reason: string }).reason).toBe(
      'deSEC home.example.org AAAA: no answer. The interface up2 has no IPv6 address.',
    );
    expect(e.requests).toBe(0);
  });
});
