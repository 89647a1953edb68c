import dnsPacket from 'dns-packet';
import { afterEach, describe, expect, it } from 'vitest';

import type { Resolver } from '../../../../electron/engine/net/resolve';
import type { UdpClient, UdpRequest } from '../../../../electron/engine/net/types';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { startDnsServer, type FakeDnsServer } from '../../../fakes/dns-server';
import { failure } from '../../../helpers/source-error';
import { until } from '../../../helpers/until';

const dualStackLocalhost: Resolver = async (host, family) => {
  if (host !== 'localhost') return [];
  return family === 6 ? ['::1'] : family === 4 ? ['127.0.0.1'] : ['127.0.0.1', '::1'];
};

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

async function dnsServer(options: Parameters<typeof startDnsServer>[0] = {}): Promise<FakeDnsServer> {
  const s = await startDnsServer(options);
  cleanup.push(() => s.close());
  return s;
}

function client(resolver?: Resolver): UdpClient {
  const c = createUdpClient(resolver ? { resolver } : {});
  cleanup.push(() => c.close());
  return c;
}

/** A TXT query for `me.test` with `id`, and an accept() matching that id. */
function query(id: number, port: number, extra: Partial<UdpRequest> = {}): UdpRequest {
  return {
    host: '127.0.0.1',
    port,
    family: 4,
    payload: dnsPacket.encode({ type: 'query', id, questions: [{ type: 'TXT', name: 'me.test' }] }),
    signal: AbortSignal.timeout(5000),
    accept: (msg) => msg.readUInt16BE(0) === id,
    ...extra,
  };
}

const txt = (msg: Buffer) => {
  const answer = dnsPacket.decode(msg).answers?.[0];
  return answer?.type === 'TXT' ? String(answer.data) : undefined;
};

describe('createUdpClient', () => {
  it('sends over the forced family: localhost reaches ::1 for 6 and 127.0.0.1 for 4', async () => {
    const v4 = await dnsServer();
    const v6 = await dnsServer({ host: '::1' });
    v4.setFault('echo-remote');
    v6.setFault('echo-remote');
    const udp = client(dualStackLocalhost);
    const six = await udp.exchange(query(1, v6.port, { host: 'localhost', family: 6 }));
    const four = await udp.exchange(query(2, v4.port, { host: 'localhost', family: 4 }));
    expect(txt(six)).toBe('::1');
    expect(txt(four)).toBe('127.0.0.1');
  });

  it('ignores datagrams that accept() refuses and resolves with the accepted one', async () => {
    const s = await dnsServer();
    s.setRecord('me.test', 'TXT', '81.2.69.142');
    s.setFault('wrong-id-first');
    const reply = await client().exchange(query(4242, s.port));
    expect(dnsPacket.decode(reply).id).toBe(4242);
  });

  it('treats an accept() that throws as a refusal', async () => {
    const s = await dnsServer();
    s.setRecord('me.test', 'TXT', '81.2.69.142');
    const err = await failure(
      client().exchange(
        query(7, s.port, {
          signal: AbortSignal.timeout(300),
          accept: () => {
            throw new RangeError('short datagram');
          },
        }),
      ),
    );
    expect(err.code).toBe('timeout');
  });

  it('maps an abort to timeout', async () => {
    const s = await dnsServer();
    s.setFault('timeout');
    const err = await failure(client().exchange(query(9, s.port, { signal: AbortSignal.timeout(300) })));
    expect(err.code).toBe('timeout');
    expect(s.requests).toBe(1);
  });

  it('maps an already aborted signal to timeout without sending', async () => {
    const s = await dnsServer();
    const err = await failure(client().exchange(query(9, s.port, { signal: AbortSignal.abort() })));
    expect(err.code).toBe('timeout');
    expect(s.requests).toBe(0);
  });

  it('maps an ICMP port unreachable to network, before the timeout', async () => {
    const s = await dnsServer();
    const port = s.port;
    await s.close();
    const err = await failure(client().exchange(query(9, port)));
    expect(err.code).toBe('network');
    expect(err.message).toContain('ECONNREFUSED');
  });

  it('maps an IP literal or a host name without an address of the family to unreachable', async () => {
    const onlyV4: Resolver = async (_host, family) => (family === 6 ? [] : ['127.0.0.1']);
    expect((await failure(client().exchange(query(1, 53, { host: '127.0.0.1', family: 6 })))).code).toBe('unreachable');
    expect((await failure(client(onlyV4).exchange(query(1, 53, { host: 'v4only.test', family: 6 })))).code).toBe(
      'unreachable',
    );
  });

  it('a connect the system refuses is a network failure, never a send without a port (issue 75)', async () => {
    // Linux refuses to connect a UDP socket to the broadcast address without SO_BROADCAST (EACCES),
    // the same way it refuses one with no route (ENETUNREACH in a namespace with only loopback):
    // the error comes to connect's callback. Sending after it threw "Port should be > 0 and
    // < 65536. Received function" outside every catch, and the exchange waited out its timeout.
    const started = performance.now();
    const err = await failure(
      client().exchange(query(3, 53, { host: '255.255.255.255', signal: AbortSignal.timeout(3000) })),
    );
    expect(err.code).toBe('network');
    expect(err.message).toContain('EACCES');
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it('close() ends pending exchanges at once', async () => {
    const s = await dnsServer();
    s.setFault('timeout');
    const udp = createUdpClient();
    const pending = failure(udp.exchange(query(9, s.port, { signal: AbortSignal.timeout(10_000) })));
    await until(() => s.requests > 0, { what: 'the query at the server' });
    await udp.close();
    expect((await pending).code).toBe('network');
  });
});
