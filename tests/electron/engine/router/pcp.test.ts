/**
 * The PCP client against the miniupnpd-shaped stand-in on loopback: the lifetime-0 MAP that
 * creates nothing yet brings the WAN address back, version negotiation down to 1 and to a
 * NAT-PMP-only router, a WAN that is down, loss, and the failures every client shares.
 */
import { describe, expect, it } from 'vitest';

import { createPcp, type PcpOptions } from '../../../../electron/engine/router/pcp';
import { decodePcpAnswer } from '../../../../electron/engine/router/pcp-codec';
import { startNatPmpPcpServer } from '../../../fakes/natpmp-pcp';
import { ask, codeOf, protocolKit } from '../../../helpers/router-protocol-kit';

const { router, client } = protocolKit<PcpOptions>(createPcp);

describe('PCP client against a router', () => {
  it('learns the WAN address from a lifetime-0 MAP that creates no mapping', async () => {
    let now = 5_000_000;
    const r = await router({ now: () => now });
    now += 7_000;
    const result = await ask(client(r));
    expect(result).toEqual({
      ok: true,
      value: { protocol: 'pcp', gateway: '127.0.0.1', address: '81.2.69.142', family: 4, epoch: 7 },
    });
    expect(r.mappings.size).toBe(0);
    const [req] = r.requests;
    expect(req).toMatchObject({ version: 2, opcode: 1 });
    expect(req!.bytes.readUInt32BE(4)).toBe(0); // lifetime 0: a delete
    expect(req!.bytes.subarray(8, 24).toString('hex')).toBe('00000000000000000000ffff7f000001'); // our address
    expect(req!.bytes[36]).toBe(17); // UDP
    expect(req!.bytes.readUInt16BE(40)).toBe(9); // the Discard port (RFC 6887 11.6)
  });

  it('uses a fresh nonce for each question', async () => {
    const r = await router();
    const c = client(r);
    await ask(c);
    await ask(c);
    const [a, b] = r.requests.map((q) => q.bytes.subarray(24, 36).toString('hex'));
    expect(a).not.toBe(b);
  });

  it('still reads the WAN address when it is 100.64/10, where NAT-PMP answers result 3 (the lab)', async () => {
    const r = await router({ wan: '100.64.12.34' });
    const result = await ask(client(r));
    expect(result.ok && result.value.address).toBe('100.64.12.34');
  });

  it('reports no address when the WAN is down (NETWORK_FAILURE)', async () => {
    const r = await router({ wan: null });
    const result = await ask(client(r));
    expect(codeOf(result)).toBe('no-address');
    expect(result.ok ? '' : result.error.message).toMatch(/NETWORK_FAILURE/);
  });

  it('falls back to version 1 when the server names it in UNSUPP_VERSION (RFC 6887 9)', async () => {
    const r = await router({ kind: 'pcp-v1' });
    const result = await ask(client(r));
    expect(result.ok && result.value.address).toBe('81.2.69.142');
    expect(r.requests.map((q) => q.version)).toEqual([2, 1]);
  });

  it('says "unsupported" for a NAT-PMP-only router (result 1 in NAT-PMP layout)', async () => {
    const r = await router({ kind: 'natpmp-only' });
    const result = await ask(client(r));
    expect(result).toEqual({
      ok: false,
      error: { code: 'unsupported', message: 'the router speaks NAT-PMP, not PCP' },
    });
  });

  it('ignores an answer carrying another nonce, then takes its own', async () => {
    const r = await router();
    const c = client(r);
    await ask(c);
    // The answer to the first question, replayed ahead of the second one's.
    const stale = Buffer.from(r.requests[0]!.bytes);
    stale[1] = 0x81;
    stale[3] = 8;
    r.setNoise(stale);
    expect(decodePcpAnswer(stale)?.map?.nonce).toBeDefined();
    const result = await ask(c);
    expect(result.ok && result.value.address).toBe('81.2.69.142');
  });

  it('resends after the RFC 6887 first wait when a request is lost', async () => {
    const r = await router({ dropFirst: 1 });
    // No jitter below: the first wait is 2.7 s (IRT 3 s, -10%).
    const result = await ask(client(r, { random: () => 0 }));
    expect(result.ok && result.value.address).toBe('81.2.69.142');
    expect(r.requests).toHaveLength(2);
    expect(r.requests[0]!.bytes.equals(r.requests[1]!.bytes)).toBe(true);
  });

  it('times out on a silent router, is refused by a closed port, and is cancelled on close', async () => {
    const silent = await router({ kind: 'silent' });
    expect(codeOf(await ask(client(silent, { deadlineMs: 300 })))).toBe('timeout');

    const gone = await startNatPmpPcpServer();
    await gone.close();
    expect(codeOf(await ask(client(gone, { deadlineMs: 60_000 })))).toBe('refused');

    const c = client(silent, { deadlineMs: 60_000 });
    const pending = ask(c);
    await c.close();
    expect(codeOf(await pending)).toBe('cancelled');
  });

  it('asks for the gateway of its own family', async () => {
    const asked: number[] = [];
    const c = createPcp({
      family: 6,
      findGateway: async (family) => {
        asked.push(family);
        return null;
      },
    });
    expect(codeOf(await ask(c))).toBe('no-gateway');
    expect(asked).toEqual([6]);
  });
});
