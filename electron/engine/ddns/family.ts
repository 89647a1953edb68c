/** A record's family (A holds IPv4, AAAA IPv6), and the one refusal every provider gives an address of the other. */
import { isIP } from 'node:net';

import type { DdnsOutcome } from '../../../shared/settings/ddns';

export const recordFamily = (type: 'A' | 'AAAA'): 4 | 6 => (type === 'A' ? 4 : 6);

/** `stop` for an address the record cannot hold (the caller and the record's settings disagree), else null. */
export function wrongFamily(address: string, type: 'A' | 'AAAA'): DdnsOutcome | null {
  const family = recordFamily(type);
  return isIP(address) === family
    ? null
    : { kind: 'stop', reason: `${address} is not an IPv${family} address for a ${type} record` };
}
