/**
 * Where one record's updates leave from (issue 76): the record's own `from` (an interface or a
 * local address), else the monitor's choice for the family (monitor.fromV4 / fromV6), read at
 * each request as the checks read theirs (net/local-address.ts). An A record's web API requests
 * go over IPv4 from the IPv4 choice, an AAAA record's over IPv6 from the IPv6 one, when a choice
 * is set (a socket bound to an address of one family cannot reach an address of the other); with
 * none, as before: the system's choice. An RFC 2136 exchange (UDP, and TCP for a truncated answer)
 * leaves from the choice of the family its server is reached over. A choice that cannot be used fails the request before
 * anything is sent, with its reason in words: the record retries, as after any failed request.
 */
import os from 'node:os';

import { parseAddress } from '../../../shared/ip';
import type { DdnsRecord } from '../../../shared/settings/ddns';
import type { Family } from '../../../shared/types';
import { localAddressNow, type ReadInterfaces } from '../net/local-address';
import type { DdnsDeps } from './types';

/** The deps of one record's updater: its requests leave from the record's choice. */
export function recordDeps(deps: DdnsDeps, record: Pick<DdnsRecord, 'type' | 'from'>): DdnsDeps {
  const own = record.from?.trim() ?? '';
  const read: ReadInterfaces = deps.interfaces ?? os.networkInterfaces;
  // A record's address of the other family does not name this family's way out: the monitor's does.
  const choice = (family: Family): string => {
    const literal = own ? parseAddress(own) : null;
    return own && (!literal || literal.family === family) ? own : (deps.from?.(family) ?? '');
  };
  const recordFamily: Family = record.type === 'AAAA' ? 6 : 4;
  if (!own && !deps.from) return deps;
  return {
    ...deps,
    http: (req) => {
      const localAddress = localAddressNow(choice(recordFamily), recordFamily, read);
      return deps.http(localAddress ? { ...req, localAddress, family: recordFamily } : req);
    },
    udp: {
      exchange: async (req) => {
        const localAddress = localAddressNow(choice(req.family), req.family, read);
        return deps.udp.exchange(localAddress ? { ...req, localAddress } : req);
      },
      close: () => deps.udp.close(),
    },
    leaveFrom: (family) => localAddressNow(choice(family), family, read) || undefined,
  };
}
