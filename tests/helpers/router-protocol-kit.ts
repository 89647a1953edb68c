/**
 * What the NAT-PMP and PCP client tests share: a router stand-in (tests/fakes/natpmp-pcp.ts) and
 * clients pointed at it, all closed after each test, and one way to ask and to read the outcome.
 * Call `protocolKit` at a test file's top level: it registers the cleanup.
 */
import { afterEach } from 'vitest';

import type { FindGateway, RouterProtocol, RouterResult } from '../../electron/engine/router/types';
import { type FakeNatPmpPcp, type NatPmpPcpOptions, startNatPmpPcpServer } from '../fakes/natpmp-pcp';

export function protocolKit<Extra>(
  make: (o: { findGateway: FindGateway; port: number } & Partial<Extra>) => RouterProtocol,
) {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanup.length) await cleanup.pop()?.();
  });
  return {
    async router(options: NatPmpPcpOptions = {}): Promise<FakeNatPmpPcp> {
      const r = await startNatPmpPcpServer(options);
      cleanup.push(() => r.close());
      return r;
    },
    client(r: Pick<FakeNatPmpPcp, 'gateway' | 'port'>, extra: Partial<Extra> = {}): RouterProtocol {
      const c = make({ findGateway: async () => r.gateway, port: r.port, ...extra });
      cleanup.push(() => c.close());
      return c;
    },
  };
}

export const ask = (c: RouterProtocol, signal = new AbortController().signal) => c.externalAddress(signal);
export const codeOf = (r: RouterResult) => (r.ok ? 'ok' : r.error.code);
