import { afterEach, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../../../electron/engine/net/http';
import type { UdpClient } from '../../../../electron/engine/net/types';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { createStunSource, type StunSourceSpec } from '../../../../electron/engine/sources/stun';
import type { SourceDeps } from '../../../../electron/engine/sources/types';
import type { Family } from '../../../../shared/types';
import { startStunServer, type FakeStunServer } from '../../../fakes/stun-server';
import { failure, faultDeadline } from '../../../helpers/source-error';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

function deps(): SourceDeps {
  const net = { http: createHttpClient({ userAgent: 'test' }), udp: createUdpClient() };
  cleanup.push(
    () => net.http.close(),
    () => net.udp.close(),
  );
  return { net, timeoutMs: 2000, userAgent: 'test', now: Date.now };
}

async function stunServer(host?: string): Promise<FakeStunServer> {
  const s = await startStunServer(host ? { host } : {});
  cleanup.push(() => s.close());
  return s;
}

const spec = (server: string, family: Family = 4): StunSourceSpec => ({
  kind: 'stun',
  id: 'fake-stun',
  provider: 'fake',
  family,
  server,
});

const live = () => new AbortController().signal;

describe('stun source: answers', () => {
  it.each([
    ['IPv4 XOR-MAPPED-ADDRESS', '127.0.0.1', 4, '81.2.69.142', 'none'],
    ['IPv6 XOR-MAPPED-ADDRESS (cookie + transaction id)', '::1', 6, '2a02:1:2::3', 'none'],
    ['IPv6 with every byte set', '::1', 6, 'ffff:eeee:dddd:cccc:bbbb:aaaa:9999:8888', 'none'],
    ['IPv4 legacy MAPPED-ADDRESS', '127.0.0.1', 4, '81.2.69.142', 'mapped-only'],
    ['IPv6 legacy MAPPED-ADDRESS', '::1', 6, '2a02:1:2::3', 'mapped-only'],
    ['an unrelated datagram first is ignored', '127.0.0.1', 4, '81.2.69.142', 'noise-first'],
  ] as const)('%s', async (_name, host, family, address, fault) => {
    const s = await stunServer(host);
    s.setAddress(address);
    s.setFault(fault);
    expect(await createStunSource(spec(s.server, family), deps()).query(live())).toBe(address);
  });

  it.each([
    ['127.0.0.1', 4],
    ['::1', 6],
  ] as const)('reflects the address the server saw over %s', async (host, family) => {
    const s = await stunServer(host);
    s.setFault('echo-remote');
    expect(await createStunSource(spec(s.server, family), deps()).query(live())).toBe(host);
  });

  it('describes itself', () => {
    expect(createStunSource(spec('127.0.0.1:3478'), deps())).toMatchObject({
      kind: 'stun',
      family: 4,
      cost: 1,
      provider: 'fake',
    });
  });
});

describe('stun source: faults', () => {
  it.each([
    ['garbage', 'network', /malformed/],
    ['error', 'parse', /error response 400 Bad Request/],
    ['no-address', 'parse', /without a mapped address/],
    ['timeout', 'timeout', /./],
  ] as const)('%s -> %s', async (fault, code, message) => {
    const s = await stunServer();
    s.setFault(fault);
    const err = await failure(createStunSource(spec(s.server), deps()).query(faultDeadline(fault)));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(s.requests).toBe(1);
  });
});

describe('stun source: RFC 5769 sample response', () => {
  // The XOR-MAPPED-ADDRESS of RFC 5769 section 2.2 (192.0.2.1:32853) between a SOFTWARE and a
  // FINGERPRINT attribute, as a real server sends them: checks the decoding against the
  // standard rather than against our own fake.
  const attributes = Buffer.from(
    [
      '8022 0010 5354554e 20746573 74206c69 656e7420', // SOFTWARE "STUN test client"
      '0020 0008 0001a147 e112a643', // XOR-MAPPED-ADDRESS
      '8028 0004 c07d4c96', // FINGERPRINT, not checked
    ]
      .join('')
      .replace(/\s+/g, ''),
    'hex',
  );

  /** A UDP client that answers with the sample, echoing the request's transaction id. */
  const sampleUdp: UdpClient = {
    exchange: async (req) => {
      const reply = Buffer.concat([Buffer.alloc(20), attributes]);
      reply.writeUInt16BE(0x0101, 0);
      reply.writeUInt16BE(attributes.length, 2);
      Buffer.from(req.payload).copy(reply, 4, 4, 20);
      if (!req.accept(reply)) throw new Error('the sample reply was not accepted');
      return reply;
    },
    close: async () => {},
  };

  it('reads 192.0.2.1 between other attributes', async () => {
    const d = deps();
    const source = createStunSource(spec('192.0.2.10:3478'), { ...d, net: { ...d.net, udp: sampleUdp } });
    expect(await source.query(live())).toBe('192.0.2.1');
  });
});
