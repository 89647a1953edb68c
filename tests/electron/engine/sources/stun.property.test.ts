/**
 * The STUN source's reading of a reply, as properties (fast-check, seeded by
 * tests/helpers/properties.ts), over real UDP on loopback: any address and port the stand-in
 * server (tests/fakes/stun-server.ts) maps, XOR-ed or legacy, IPv4 or IPv6, is read back as that
 * address; and any reply bytes after a header that names the request (the only part a stranger
 * cannot guess) give an address or a SourceError in words, never another error.
 */
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../../../electron/engine/net/http';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { createStunSource } from '../../../../electron/engine/sources/stun';
import { SourceError, type SourceDeps } from '../../../../electron/engine/sources/types';
import type { Family } from '../../../../shared/types';
import { type FakeStunServer, startStunServer } from '../../../fakes/stun-server';
import { startUdpReplier } from '../../../fakes/udp-replier';
import { propertyRun } from '../../../helpers/properties';
import { within } from '../../../helpers/source-error';

const net = { http: createHttpClient({ userAgent: 'test' }), udp: createUdpClient() };
const deps: SourceDeps = { net, timeoutMs: 2000, userAgent: 'test', now: Date.now };
const source = (server: string, family: Family) =>
  createStunSource({ kind: 'stun', id: 'p', provider: 'p', family, server }, deps);

let v4: FakeStunServer;
let v6: FakeStunServer;
beforeAll(async () => {
  [v4, v6] = await Promise.all([startStunServer(), startStunServer({ host: '::1' })]);
});
afterAll(async () => {
  await Promise.all([v4?.close(), v6?.close(), net.http.close(), net.udp.close()]);
});

describe('the STUN source', () => {
  it('reads back any mapped address and port, XOR-ed or legacy, of either family', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.ipV4(), fc.ipV6()),
        fc.integer({ min: 0, max: 65_535 }),
        fc.constantFrom('none' as const, 'mapped-only' as const),
        async (address, port, fault) => {
          const server = address.includes(':') ? v6 : v4;
          server.setAddress(address, port);
          server.setFault(fault);
          const read = await source(server.server, address.includes(':') ? 6 : 4).query(within(10_000));
          expect(ipaddr.parse(read).toNormalizedString()).toBe(ipaddr.parse(address).toNormalizedString());
        },
      ),
      propertyRun('STUN mapped addresses', 60),
    );
  }, 60_000);

  it('reads any reply to its request as an address or a SourceError in words', async () => {
    let reply = Buffer.alloc(0);
    // Each request answered with its own header, its type and length from the reply drawn, then the drawn body.
    const stranger = await startUdpReplier((request) => {
      const out = Buffer.concat([request.subarray(0, 20), reply.subarray(4)]);
      reply.copy(out, 0, 0, 4);
      return out;
    });
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(0x0101, 0x0111, 0x0001, 0x0115),
          fc.uint8Array({ maxLength: 64 }),
          fc.boolean(),
          async (type, body, rightLength) => {
            const head = Buffer.alloc(4);
            head.writeUInt16BE(type);
            head.writeUInt16BE(rightLength ? body.length : body.length + 4, 2);
            reply = Buffer.concat([head, Buffer.from(body)]);
            try {
              const read = await source(stranger.server, 4).query(within(10_000));
              expect(ipaddr.isValid(read)).toBe(true);
            } catch (err) {
              expect(err).toBeInstanceOf(SourceError);
              expect((err as SourceError).code).toMatch(/^(parse|network)$/);
              expect((err as Error).message).toMatch(/^(STUN|malformed STUN|unexpected STUN) [a-z]/);
            }
          },
        ),
        propertyRun('STUN any reply', 60),
      );
    } finally {
      await stranger.close();
    }
  }, 60_000);
});
