/**
 * The NAT-PMP/PCP transport and the local-address look-up when the system refuses to connect the
 * socket (issue 75): in a namespace with no route the refusal is ENETUNREACH; here, on any Linux
 * host, a broadcast address without SO_BROADCAST gives EACCES the same way (to connect's
 * callback, not to 'error'). Nothing is sent: the connect itself is refused.
 */
import { describe, expect, it } from 'vitest';

import { createTransport, localAddressToward } from '../../../../electron/engine/router/natpmp-transport';
import type { Gateway } from '../../../../electron/engine/router/types';

const refused: Gateway = { address: '255.255.255.255', family: 4 };

describe.skipIf(process.platform !== 'linux')('natpmp-transport when the connect is refused', () => {
  it('ends the exchange as a network failure at once, with no send without a port', async () => {
    const transport = createTransport();
    const started = performance.now();
    const outcome = await transport.exchange({
      gateway: refused,
      port: 5351,
      label: 'NAT-PMP',
      build: () => Buffer.from([0, 0]),
      read: () => undefined,
      waitAfter: () => null,
      deadlineMs: 3000,
      signal: new AbortController().signal,
    });
    transport.close();
    expect(outcome).toEqual({ ok: false, error: { code: 'network', message: expect.stringContaining('EACCES') } });
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it('finds no local address toward a gateway it cannot connect to', async () => {
    expect(await localAddressToward(refused, 5351)).toBeNull();
  });
});
