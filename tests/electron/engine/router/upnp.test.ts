/**
 * The UPnP-IGD client against the miniupnpd stand-in on loopback (tests/fakes/upnp-igd.ts):
 * SSDP, description, SOAP GetExternalIPAddress, and how each way of failing reads.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import type { Gateway } from '../../../../electron/engine/router/types';
import { createUpnpIgd, type UpnpIgd } from '../../../../electron/engine/router/upnp';
import { startUpnpIgd, type FakeUpnpIgd, type UpnpIgdOptions } from '../../../fakes/upnp-igd';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

const logger = createLogger('test', { level: 'error', sink: () => {} });
const live = () => new AbortController().signal;
const LOOPBACK: Gateway = { address: '127.0.0.1', family: 4 };

async function setup(
  options: UpnpIgdOptions = {},
  gateway = LOOPBACK,
  ssdpWaitMs = 1500,
): Promise<{ igd: FakeUpnpIgd; client: UpnpIgd }> {
  const igd = await startUpnpIgd(options);
  cleanup.push(() => igd.close());
  const client = createUpnpIgd({ gateway, clock: systemClock, logger, ssdpTargets: [igd.ssdp], ssdpWaitMs });
  cleanup.push(() => client.close());
  return { igd, client };
}

const calls = (igd: FakeUpnpIgd) => igd.requests.map((r) => `${r.method} ${r.path} ${r.status}`);

describe('UPnP-IGD: the external address', () => {
  it('finds the device by SSDP, reads its description and asks WANIPConnection:2 by SOAP', async () => {
    const { igd, client } = await setup();
    expect(client.name).toBe('upnp');
    expect(await client.externalAddress(live())).toEqual({
      ok: true,
      value: { protocol: 'upnp', gateway: '127.0.0.1', address: '81.2.69.142', family: 4 },
    });
    expect(igd.searches).toBeGreaterThan(0);
    expect(calls(igd)).toEqual(['GET /rootDesc.xml 200', 'POST /ctl/IPConn 200']);
    expect(igd.requests[1]?.headers.soapaction).toBe(
      '"urn:schemas-upnp-org:service:WANIPConnection:2#GetExternalIPAddress"',
    );
  });

  it('asks the same device again without searching or reading the description', async () => {
    const { igd, client } = await setup();
    await client.externalAddress(live());
    const searches = igd.searches;
    igd.setExternalAddress('81.2.69.160');
    const again = await client.externalAddress(live());
    expect(again.ok && again.value.address).toBe('81.2.69.160');
    expect(igd.searches).toBe(searches);
    expect(calls(igd)).toEqual(['GET /rootDesc.xml 200', 'POST /ctl/IPConn 200', 'POST /ctl/IPConn 200']);
  });

  it('shares one search between callers asking at once', async () => {
    const { igd, client } = await setup();
    const [a, b] = await Promise.all([client.externalAddress(live()), client.externalAddress(live())]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(calls(igd).filter((c) => c.startsWith('GET'))).toEqual(['GET /rootDesc.xml 200']);
  });

  it("a caller's abort ends its own wait, not the search another caller waits for", async () => {
    const { client } = await setup();
    const impatient = new AbortController();
    const first = client.externalAddress(impatient.signal);
    const second = client.externalAddress(live());
    impatient.abort(new Error('stop'));
    expect(await first).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await second).toMatchObject({ ok: true, value: { address: '81.2.69.142' } });
  });

  it('speaks WANIPConnection:1 to an IGD v1', async () => {
    const { igd, client } = await setup({ igdVersion: 1 });
    expect((await client.externalAddress(live())).ok).toBe(true);
    expect(igd.requests[1]?.headers.soapaction).toBe(
      '"urn:schemas-upnp-org:service:WANIPConnection:1#GetExternalIPAddress"',
    );
  });

  it.each([
    ['a shared (100.64/10) WAN, which miniupnpd answers as an empty string', '100.64.1.2'],
    ['a private WAN', '192.168.0.2'],
    ['no WAN address at all', null],
  ])('reads no address for %s', async (_name, wan) => {
    const { client } = await setup({ externalAddress: wan });
    expect(await client.externalAddress(live())).toEqual({
      ok: false,
      error: { code: 'no-address', message: 'the router reports no external address' },
    });
  });

  it('turns a UPnPError fault into a clear failure', async () => {
    const { igd, client } = await setup();
    igd.setSoapFault({ code: 501, description: 'Action Failed' });
    expect(await client.externalAddress(live())).toEqual({
      ok: false,
      error: { code: 'router-error', message: 'the router answered UPnPError 501: Action Failed' },
    });
  });

  it('ignores an SSDP answer whose LOCATION is not on the gateway, and any non-IGD answer', async () => {
    const { igd, client } = await setup();
    const decoy = (location: string, st = 'urn:schemas-upnp-org:device:InternetGatewayDevice:1') =>
      `HTTP/1.1 200 OK\r\nST: ${st}\r\nUSN: uuid:x\r\nLOCATION: ${location}\r\n\r\n`;
    igd.setSsdpDecoys([
      decoy('http://127.0.0.2:1/rootDesc.xml'),
      decoy('http://localhost:1/rootDesc.xml'),
      decoy('http://127.0.0.1:1/other.xml', 'urn:schemas-upnp-org:device:MediaServer:1'),
    ]);
    const result = await client.externalAddress(live());
    expect(result.ok && result.value.address).toBe('81.2.69.142');
  });

  it('believes no device when the answer is not on the gateway', async () => {
    const { igd, client } = await setup({}, { address: '127.0.0.2', family: 4 });
    const result = await client.externalAddress(live());
    expect(result).toEqual({
      ok: false,
      error: { code: 'timeout', message: expect.stringContaining('SSDP') as string },
    });
    expect(igd.searches).toBeGreaterThan(0);
    expect(igd.requests).toEqual([]);
  });

  it('times out when no device answers the search (UPnP off)', async () => {
    const { igd, client } = await setup();
    igd.setSsdpSilent(true);
    const result = await client.externalAddress(live());
    expect(result).toEqual({
      ok: false,
      error: { code: 'timeout', message: 'no UPnP-IGD on 127.0.0.1 answered an SSDP search within 1500 ms' },
    });
    expect(igd.searches).toBeGreaterThanOrEqual(2);
  });

  it('searches again when the first search is lost', async () => {
    // A long wait, so the second round (after 1 s) is well inside it even on a busy machine.
    const { igd, client } = await setup({}, LOOPBACK, 10_000);
    igd.dropSearches(2); // both versions of the first round
    const result = await client.externalAddress(live());
    expect(result.ok && result.value.address).toBe('81.2.69.142');
    expect(igd.searches).toBeGreaterThanOrEqual(3);
  });

  it('finds the device again after it stopped answering (restarted on another port)', async () => {
    const { igd, client } = await setup();
    await client.externalAddress(live());
    await igd.restart({ newHttpPort: true });
    const lost = await client.externalAddress(live());
    expect(lost.ok ? null : lost.error.code).toBe('refused');
    const found = await client.externalAddress(live());
    expect(found.ok && found.value.address).toBe('81.2.69.142');
    expect(calls(igd).filter((c) => c.startsWith('GET'))).toHaveLength(2);
  });

  it('does not ask for IPv6: UPnP-IGD tells IPv4 only', async () => {
    const { igd, client } = await setup({}, { address: '::1', family: 6 });
    const result = await client.externalAddress(live());
    expect(result.ok ? null : result.error.code).toBe('unsupported');
    expect(igd.searches).toBe(0);
  });

  it('reads cancelled when the caller aborts, and after close', async () => {
    const { client } = await setup();
    const aborted = new AbortController();
    aborted.abort(new Error('stop'));
    const first = await client.externalAddress(aborted.signal);
    expect(first.ok ? null : first.error.code).toBe('cancelled');
    await client.close();
    const second = await client.externalAddress(live());
    expect(second.ok ? null : second.error.code).toBe('cancelled');
  });
});
