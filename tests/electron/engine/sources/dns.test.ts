import { afterEach, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../../../electron/engine/net/http';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { createDnsSource, type DnsSourceSpec } from '../../../../electron/engine/sources/dns';
import type { SourceDeps } from '../../../../electron/engine/sources/types';
import { startDnsServer, type FakeDnsServer } from '../../../fakes/dns-server';
import { failure, faultDeadline } from '../../../helpers/source-error';

const V4 = '81.2.69.142';
const V6 = '2a02:1:2::3';

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

async function dnsServer(host?: string): Promise<FakeDnsServer> {
  const s = await startDnsServer(host ? { host } : {});
  s.setRecord('myip.opendns.com', 'A', V4);
  s.setRecord('myip.opendns.com', 'AAAA', V6);
  s.setRecord('o-o.myaddr.l.google.com', 'TXT', V4);
  s.setRecord('whoami.cloudflare', 'TXT', V4, 'CH');
  cleanup.push(() => s.close());
  return s;
}

const spec = (server: string, over: Partial<DnsSourceSpec> = {}): DnsSourceSpec => ({
  kind: 'dns',
  id: 'fake-dns',
  provider: 'fake',
  family: 4,
  server,
  name: 'myip.opendns.com',
  type: 'A',
  class: 'IN',
  ...over,
});

const live = () => new AbortController().signal;

describe('dns source: answers', () => {
  it.each<[string, Partial<DnsSourceSpec>, string]>([
    ['OpenDNS A', { name: 'myip.opendns.com', type: 'A' }, V4],
    ['Google TXT', { name: 'o-o.myaddr.l.google.com', type: 'TXT' }, V4],
    ['Cloudflare CH TXT', { name: 'whoami.cloudflare', type: 'TXT', class: 'CH' }, V4],
  ])('%s', async (_name, over, expected) => {
    const s = await dnsServer();
    expect(await createDnsSource(spec(s.server, over), deps()).query(live())).toBe(expected);
    expect(s.lastQuestion).toMatchObject({ name: over.name, type: over.type, class: over.class ?? 'IN' });
  });

  it('AAAA over IPv6', async () => {
    const s = await dnsServer('::1');
    const source = createDnsSource(spec(s.server, { family: 6, type: 'AAAA' }), deps());
    expect(await source.query(live())).toBe(V6);
    expect(s.lastQuestion?.remote).toBe('::1');
  });

  it('joins a TXT record split into several strings, and takes the first record', async () => {
    const s = await dnsServer();
    s.setRecord('o-o.myaddr.l.google.com', 'TXT', [V4, 'edns0-client-subnet 81.2.69.0/24']);
    const source = createDnsSource(spec(s.server, { name: 'o-o.myaddr.l.google.com', type: 'TXT' }), deps());
    expect(await source.query(live())).toBe(V4);
  });

  it('ignores a reply with another id and takes the matching one', async () => {
    const s = await dnsServer();
    s.setFault('wrong-id-first');
    expect(await createDnsSource(spec(s.server), deps()).query(live())).toBe(V4);
  });

  it('asks with recursion desired, and describes itself', async () => {
    const s = await dnsServer();
    const source = createDnsSource(spec(s.server), deps());
    await source.query(live());
    expect(s.lastQuestion?.recursionDesired).toBe(true);
    expect(source).toMatchObject({ id: 'fake-dns', provider: 'fake', kind: 'dns', family: 4, cost: 1 });
  });

  it('uses a fresh random id per query', async () => {
    const s = await dnsServer();
    const source = createDnsSource(spec(s.server), deps());
    await Promise.all([source.query(live()), source.query(live()), source.query(live())]);
    expect(s.requests).toBe(3);
  });
});

describe('dns source: faults', () => {
  it.each([
    ['servfail', 'parse', /SERVFAIL/],
    ['nxdomain', 'parse', /NXDOMAIN/],
    ['empty', 'parse', /no A record/],
    ['garbage', 'network', /malformed/],
    ['timeout', 'timeout', /./],
  ] as const)('%s -> %s', async (fault, code, message) => {
    const s = await dnsServer();
    s.setFault(fault);
    const err = await failure(createDnsSource(spec(s.server), deps()).query(faultDeadline(fault)));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });

  it('a name without a record of the type is a parse failure', async () => {
    const s = await dnsServer();
    const err = await failure(createDnsSource(spec(s.server, { name: 'unknown.test' }), deps()).query(live()));
    expect(err).toMatchObject({ code: 'parse', message: 'no A record in the DNS reply for unknown.test' });
  });

  it('a malformed server address fails when the source is built', () => {
    expect(() => createDnsSource(spec('1.1.1.1'), deps())).toThrow(/host:port/);
  });
});
