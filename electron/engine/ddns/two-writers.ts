/**
 * Two programs keeping one record (IPWatch and ddns-updater, or a router's own DDNS client) set
 * it back and forth for ever, each "fixing" the other's change. A record changed behind IPWatch's
 * back once is set right (someone edited it by hand); changed again within the hour, it is
 * stopped, saying why, instead of joining the tug of war. Pure; the table is in
 * tests/electron/engine/ddns/two-writers.test.ts.
 *
 *   drifts seen before (epoch ms) | a drift now at T | kept          | another writer
 *   ------------------------------+------------------+---------------+---------------
 *   none                          | T                | [T]           | no
 *   one at T - 59 min             | T                | [T - 59 min, T] | yes
 *   one at T - 61 min             | T                | [T]           | no (the old one is forgotten)
 */
import type { Reason } from '../../../shared/reason';
import { why, type Why } from './why';

export const TWO_WRITERS_WINDOW_MS = 60 * 60_000;

export const ANOTHER_WRITER = 'another program also updates this record (ddns-updater?)';

/** The drifts to remember after one seen at `now`, and whether they show another program writing the record. */
export function afterDrift(seen: readonly number[], now: number): { drifts: number[]; anotherWriter: boolean } {
  const drifts = [...seen.filter((at) => now - at < TWO_WRITERS_WINDOW_MS), now];
  return { drifts, anotherWriter: drifts.length >= 2 };
}

/**
 * Why the record stopped, and what to do, from the drift's `why` and its code: a code when the
 * servers' answers were its facts (reason.ddns.drifted), else the English alone.
 */
export function anotherWriterReason(drift: Why): { text: string; code?: Reason } {
  const answers = drift.code?.code === 'reason.ddns.drifted' ? drift.code.values.answers : undefined;
  if (typeof answers === 'string') return why('reason.ddns.anotherWriter', { answers });
  // The provider's API read it (record-look.ts): what it holds is the drift's reason inside.
  const read = drift.code?.code === 'reason.ddns.driftedApi' ? drift.code.inner : undefined;
  if (read) return why('reason.ddns.anotherWriterApi', {}, read as Reason);
  return { text: anotherWriterWhy(drift.text.replace(/^drifted from \S+: /, '')) };
}

/** Why the record stopped, and what to do, for the status and the notice. */
export const anotherWriterWhy = (heldNow: string): string =>
  `${ANOTHER_WRITER}: it was changed behind IPWatch's back twice within an hour (now ${heldNow}). ` +
  'Stop the other program or remove this record from it, then edit this record here to start again';
