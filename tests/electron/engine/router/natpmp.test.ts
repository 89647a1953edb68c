/**
 * The NAT-PMP client against the miniupnpd-shaped stand-in on loopback: what each kind of
 * router answers, loss and resends, a closed port, a missing gateway, cancel and close.
 */
import { describe, expect, it } from 'vitest';

import { createNatPmp, type NatPmpOptions } from '../../../../electron/engine/router/natpmp';
import { startNatPmpPcpServer } from '../../../fakes/natpmp-pcp';
import { ask, codeOf, protocolKit } from '../../../helpers/router-protocol-kit';

const { router, client } = protocolKit<NatPmpOptions>(createNatPmp);

describe('NAT-PMP client against a router', () => {
  it("reads miniupnpd's external address and epoch, asking with opcode 0", async () => {
    let now = 1_000_000;
    const r = await router({ now: () => now });
    now += 42_000;
    const result = await ask(client(r));
    expect(result).toEqual({
      ok: true,
      value: { protocol: 'natpmp', gateway: '127.0.0.1', address: '81.2.69.142', family: 4, epoch: 42 },
    });
    expect(r.requests.map((q) => q.bytes.toString('hex'))).toEqual(['0000']);
  });

  it('reports no address when miniupnpd answers result 3 with 0.0.0.0 for a 100.64/10 WAN', async () => {
    const r = await router({ wan: '100.64.12.34' });
    const result = await ask(client(r));
    expect(codeOf(result)).toBe('no-address');
    expect(result.ok ? '' : result.error.message).toMatch(/no public WAN address/);
  });

  it('reports no address when the WAN is down (result 3)', async () => {
    const r = await router({ wan: null });
    expect(codeOf(await ask(client(r)))).toBe('no-address');
  });

  it('resends on the RFC 6886 schedule when requests are lost', async () => {
    const r = await router({ dropFirst: 2 });
    const result = await ask(client(r));
    expect(result.ok && result.value.address).toBe('81.2.69.142');
    expect(r.requests).toHaveLength(3);
  });

  it('ignores a datagram that is not the answer (another opcode) and takes the answer after it', async () => {
    const r = await router();
    r.setNoise(Buffer.from('0081000200000001', 'hex'));
    const result = await ask(client(r));
    expect(result.ok && result.value.address).toBe('81.2.69.142');
  });

  it('says "unsupported" for a PCP-only server that refuses version 0', async () => {
    const r = await router({ kind: 'pcp-only' });
    const result = await ask(client(r));
    expect(result).toEqual({
      ok: false,
      error: { code: 'unsupported', message: 'the router speaks PCP, not NAT-PMP' },
    });
  });

  it('times out on a router that never answers, within its deadline', async () => {
    const r = await router({ kind: 'silent' });
    const result = await ask(client(r, { deadlineMs: 400 }));
    expect(codeOf(result)).toBe('timeout');
    expect(r.requests.length).toBeGreaterThanOrEqual(1);
  });

  it('says "refused" at once when nothing listens on the port (ICMP port unreachable)', async () => {
    const r = await startNatPmpPcpServer();
    const closed = { gateway: r.gateway, port: r.port };
    await r.close();
    // A deadline far beyond the test's: only the ICMP error can end it in time.
    const result = await ask(client(closed, { deadlineMs: 60_000 }));
    expect(codeOf(result)).toBe('refused');
  });

  it('says "no-gateway" when the machine has no default route, and reports a failing lookup', async () => {
    const none = createNatPmp({ findGateway: async () => null });
    expect(await ask(none)).toEqual({
      ok: false,
      error: { code: 'no-gateway', message: 'no default IPv4 gateway (offline?)' },
    });
    const broken = createNatPmp({
      findGateway: async () => {
        throw new Error('route: command not found');
      },
    });
    const result = await ask(broken);
    expect(codeOf(result)).toBe('network');
    expect(result.ok ? '' : result.error.message).toMatch(/route: command not found/);
  });

  it("ends as 'cancelled' when the caller aborts, and when the client is closed", async () => {
    const r = await router({ kind: 'silent' });
    const c = client(r, { deadlineMs: 60_000 });
    const ac = new AbortController();
    const aborted = ask(c, ac.signal);
    ac.abort();
    expect(codeOf(await aborted)).toBe('cancelled');

    const pending = ask(c);
    await c.close();
    expect(codeOf(await pending)).toBe('cancelled');
  });
});
