/**
 * The DNS source's reading of a reply, as properties (fast-check, seeded by
 * tests/helpers/properties.ts), over real UDP on loopback: any A or AAAA address, and any TXT
 * value, that the stand-in server (tests/fakes/dns-server.ts) answers is read back; and any reply bytes after a header that names the request (its id, the
 * answer bit) give a value or a SourceError in words, never another error.
 */
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../../../electron/engine/net/http';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { createDnsSource, type DnsSourceSpec } from '../../../../electron/engine/sources/dns';
import { SourceError, type SourceDeps } from '../../../../electron/engine/sources/types';
import { type FakeDnsServer, startDnsServer } from '../../../fakes/dns-server';
import { startUdpReplier } from '../../../fakes/udp-replier';
import { propertyRun } from '../../../helpers/properties';
import { within } from '../../../helpers/source-error';

const net = { http: createHttpClient({ userAgent: 'test' }), udp: createUdpClient() };
const deps: SourceDeps = { net, timeoutMs: 2000, userAgent: 'test', now: Date.now };
const NAME = 'myip.example';
const source = (server: string, type: DnsSourceSpec['type']) =>
  createDnsSource({ kind: 'dns', id: 'p', provider: 'p', family: 4, server, name: NAME, type, class: 'IN' }, deps);

let dns: FakeDnsServer;
beforeAll(async () => {
  dns = await startDnsServer();
});
afterAll(async () => {
  await Promise.all([dns?.close(), net.http.close(), net.udp.close()]);
});

describe('the DNS source', () => {
  it('reads back any A or AAAA address, and any TXT value', async () => {
    const txt = fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.ipV4(), fc.ipV6()), txt, async (address, parts) => {
        const type = address.includes(':') ? 'AAAA' : 'A';
        // Given to the stand-in in canonical form: dns-packet, which encodes its answers, writes
        // `::0:0:0:0:0:0:1` as `::` (see rfc2136-wire.property.test.ts); a server sends bytes.
        dns.setRecord(NAME, type, ipaddr.parse(address).toString());
        dns.setRecord(NAME, 'TXT', [parts.join('')]);
        const read = await source(dns.server, type).query(within(10_000));
        expect(ipaddr.parse(read).toNormalizedString()).toBe(ipaddr.parse(address).toNormalizedString());
        expect(await source(dns.server, 'TXT').query(within(10_000))).toBe(parts.join(''));
      }),
      propertyRun('DNS source answers', 60),
    );
  }, 60_000);

  it('reads any reply to its request as a value or a SourceError in words', async () => {
    let body = Buffer.alloc(0);
    // Each query answered with its own id and the answer bit, then the drawn flags, counts and body.
    const stranger = await startUdpReplier((request) => {
      const out = Buffer.concat([request.subarray(0, 2), body]);
      if (out.length > 2) out[2]! |= 0x80;
      return out;
    });
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ minLength: 10, maxLength: 80 }),
          fc.constantFrom('A' as const, 'TXT' as const),
          async (bytes, type) => {
            body = Buffer.from(bytes);
            try {
              expect(typeof (await source(stranger.server, type).query(within(10_000)))).toBe('string');
            } catch (err) {
              expect(err).toBeInstanceOf(SourceError);
              expect((err as SourceError).code).toMatch(/^(parse|network)$/);
              expect((err as Error).message).toMatch(/^(malformed DNS reply|DNS \S+ for myip|no (A|TXT) record in)/);
            }
          },
        ),
        propertyRun('DNS source any reply', 60),
      );
    } finally {
      await stranger.close();
    }
  }, 60_000);
});
