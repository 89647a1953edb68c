/**
 * A change of the NAT verdict becomes a notice at once. The runtime already decided it is a
 * change worth telling (runtime/nat-change.ts: never the first verdict, never to or from
 * unknown, a mismatch only once it held), so nothing is held here. Pure.
 *
 *   input                    | notice
 *   -------------------------+-----------------------------------------
 *   nat X -> Y (X != Y)      | nat-changed X -> Y, with both addresses
 *   nat X -> X               | - (not a change)
 */
import type { NatEvent } from '../../../../shared/types';
import type { NatNotice } from '../types';

export function natNotice(e: NatEvent): NatNotice | null {
  if (e.from === e.to) return null;
  return {
    kind: 'nat-changed',
    key: `nat:${e.from}>${e.to}@${e.at}`,
    at: e.at,
    from: e.from,
    to: e.to,
    routerAddress: e.routerAddress,
    publicAddress: e.publicAddress,
  };
}
