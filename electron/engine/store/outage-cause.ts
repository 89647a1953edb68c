/**
 * An outage's cause as a code (issue 62): the engine writes it in English into the history
 * (ip-monitor/connectivity.ts), where outages stay for years, so the insight gives each one's
 * code beside it. The engine has only ever written these two sentences, so an outage kept before
 * codes gets its code too; any other text has none, and its English stands.
 */
import type { Reason } from '../../../shared/contract/reason';
import type { Family } from '../../../shared/types';
import { reason } from '../reason';

/** Why the monitor went offline: no source answered for the `families` asked (none named: not known). */
export const outageCause = (families: readonly Family[]): Reason => {
  if (families.length === 0) return reason('reason.outage.noSourceAny');
  const both = families.includes(4) && families.includes(6);
  return reason('reason.outage.noSource', { families: both ? 'both' : `v${families[0]}` });
};

/** The cause as connectivity.ts writes it: "no source answered with an address for IPv4 and IPv6". */
const FOR_FAMILIES = /^no source answered with an address for (IPv[46])(?: and (IPv[46]))?$/;

/** The code of a cause as the history keeps it, when it is one the engine wrote. */
export function outageReason(cause: string): Reason | undefined {
  if (cause === 'no source answered with an address') return outageCause([]);
  const m = FOR_FAMILIES.exec(cause);
  if (!m) return undefined;
  return outageCause([m[1], m[2]].filter((f) => f !== undefined).map((f) => (f === 'IPv4' ? 4 : 6)));
}

/** An outage's start as an event: its cause and, when the engine wrote it, its code (read in the reader's language). */
export function offlineEvent<E extends { at: number; cause: string }>(e: E): E & { causeCode?: Reason } {
  const code = outageReason(e.cause);
  return code ? { ...e, causeCode: code } : e;
}
