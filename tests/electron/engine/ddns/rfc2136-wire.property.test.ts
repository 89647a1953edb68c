/**
 * What the RFC 2136 updater puts on the wire, as a property (fast-check, seeded by
 * tests/helpers/properties.ts): for any address of the record's family, however it is spelt, the
 * record in the update's first message (its prerequisite) holds that address. The message is
 * caught by a UDP listener on loopback (tests/fakes/udp-replier.ts) that answers nothing useful.
 * Found by the DNS source's property: dns-packet's address encoder writes `::0:0:0:0:0:0:1` as `::`.
 */
import dnsPacket from 'dns-packet';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../electron/engine/ddns';
import { ddnsHttp } from '../../../../electron/engine/ddns/http';
import { createUdpClient } from '../../../../electron/engine/net';
import { startUdpReplier, type UdpReplier } from '../../../fakes/udp-replier';
import { propertyRun } from '../../../helpers/properties';

const udp = createUdpClient();
let listener: UdpReplier;
let sent: Buffer[] = [];
beforeAll(async () => {
  // Answers REFUSED, unsigned (a refusal is believed so): the updater stops after its first message.
  listener = await startUdpReplier((request) => {
    sent.push(Buffer.from(request));
    const refused = Buffer.alloc(12);
    request.copy(refused, 0, 0, 2);
    refused.writeUInt16BE(0x8000 | (5 << 11) | 5, 2);
    return refused;
  });
});
afterAll(async () => {
  await Promise.all([udp.close(), listener?.close()]);
});

/** The address in the record of the first message the updater sends for `address`. */
async function onTheWire(type: 'A' | 'AAAA', address: string): Promise<string | undefined> {
  sent = [];
  const [, port] = listener.server.split(':');
  const built = buildUpdater(
    {
      id: 'home',
      provider: 'rfc2136',
      server: '127.0.0.1',
      port: Number(port),
      zone: 'example.org',
      name: 'home.example.org',
      type,
      keyName: 'ipwatch.example.org',
      secret: Buffer.alloc(32, 9).toString('base64'),
    },
    { udp, http: ddnsHttp, clock: { now: () => Date.now() }, timeoutMs: 5000 },
    { env: {}, readFile: () => '' },
  );
  if (!built.ok) throw new Error(built.reason);
  await built.updater.update(address, new AbortController().signal);
  const answers = dnsPacket.decode(sent[0]!).answers ?? [];
  const record = answers.find((a) => a.type === type) as { data?: unknown } | undefined;
  return typeof record?.data === 'string' ? record.data : undefined;
}

const same = (a: string, b: string) => ipaddr.parse(a).toNormalizedString() === ipaddr.parse(b).toNormalizedString();

describe('the address an RFC 2136 update sends', () => {
  it.each([
    ['::0:0:0:0:0:0:1', 'AAAA'],
    ['2001:db8::0:0:0:0:1', 'AAAA'],
    ['2001:DB8::1', 'AAAA'],
    ['198.51.100.7', 'A'],
  ] as const)('%s is sent as itself', async (address, type) => {
    const wire = await onTheWire(type, address);
    expect(wire !== undefined && same(wire, address), `${address} went as ${wire}`).toBe(true);
  });

  it('is the address it was given, however it is spelt', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.ipV4(), fc.ipV6()), async (address) => {
        const wire = await onTheWire(address.includes(':') ? 'AAAA' : 'A', address);
        expect(wire !== undefined && same(wire, address), `${address} went as ${wire}`).toBe(true);
      }),
      propertyRun('RFC 2136 address on the wire', 60),
    );
  }, 60_000);
});
