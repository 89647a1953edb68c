/**
 * Where the public-address checks leave from (issue 76): the user's choice per family
 * (monitor.fromV4 / fromV6: an interface or a local address) read at EACH request against the
 * interfaces as they are then (shared/egress-from.ts), and given to the clients as the socket's
 * local address (Node's `localAddress` for TCP, a dgram bind for UDP). A choice that cannot be
 * used fails the request before anything is sent, with its reason in words (`no-egress`), so the
 * check says why and monitoring goes on.
 */
import os from 'node:os';

import { type InterfaceList, type LocalAddress, localAddressFor } from '../../../shared/egress-from';
import type { Family } from '../../../shared/types';
import { inEnglish, reason } from '../reason';
import { SourceError } from './errors';
import type { NetClients } from './types';

/** The interfaces as they are now (os.networkInterfaces() unless a test gives a namespace's). */
export type ReadInterfaces = () => InterfaceList;

const WHY = {
  'no-interface': 'noInterface',
  'no-address': 'noAddress',
  'not-held': 'notHeld',
  'wrong-family': 'wrongFamily',
} as const;

/** The refusal as a SourceError whose reason says it in the reader's language. */
export function noEgressError(refused: Extract<LocalAddress, { ok: false }>): SourceError {
  const why = reason('reason.source.noEgress', {
    why: WHY[refused.why],
    choice: refused.choice,
    family: refused.family,
  });
  return new SourceError('no-egress', inEnglish(why), undefined, why);
}

/** The local address for `family` now, or a SourceError('no-egress') saying why there is none. */
export function localAddressNow(choice: string, family: Family, read: ReadInterfaces): string | undefined {
  if (!choice.trim()) return undefined;
  const found = localAddressFor(choice, family, read());
  if (!found.ok) throw noEgressError(found);
  return found.address ?? undefined;
}

/**
 * The clients `net`, each request of a family leaving from the address `choose(family)` names now.
 * The choice is read per request, so new settings and a moved address need no rebuild.
 */
export function leavingFrom(
  net: NetClients,
  choose: (family: Family) => string,
  read: ReadInterfaces = os.networkInterfaces,
): NetClients {
  const from = (family: Family) => {
    const localAddress = localAddressNow(choose(family), family, read);
    return localAddress ? { localAddress } : {};
  };
  return {
    http: {
      get: async (req) => net.http.get({ ...req, ...from(req.family) }),
      forgetConnections: () => net.http.forgetConnections(),
      close: () => net.http.close(),
    },
    udp: {
      exchange: async (req) => net.udp.exchange({ ...req, ...from(req.family) }),
      close: () => net.udp.close(),
    },
  };
}
