/**
 * What a record is known to hold (the status's `holds`): only an address the provider's API read,
 * every authoritative server asked answered, or the provider accepted in an update. Never the
 * address it is to hold (`address`) taken on trust: a refused record holds, as far as IPWatch
 * knows, nothing it set. Pure; the table is in tests/electron/engine/ddns/held.test.ts.
 *
 *   what was learned                                  | holds after
 *   --------------------------------------------------+-----------------------------------------
 *   the API read it: holds `want` (unchanged)         | want
 *   the API read it: holds another (differs)          | that one when the provider named it, else null
 *   the API could not read (retry, stop)              | as before
 *   an update accepted (updated, unchanged)           | want
 *   an update refused, or no answer (retry, stop)     | as before
 *   every server asked answers one same address A     | A
 *   the servers disagree, answer none, none asked     | as before
 */
import type { Seen } from './propagation';
import type { CheckResult, UpdateResult } from './types';

/** After a read through the provider's API (check). */
export function heldAfterRead(read: CheckResult, want: string, before: string | null): string | null {
  if (read.kind === 'unchanged') return want;
  if (read.kind === 'differs') return read.holds ?? null;
  return before;
}

/** After an update attempt. */
export const heldAfterUpdate = (outcome: UpdateResult, want: string, before: string | null): string | null =>
  outcome.kind === 'updated' || outcome.kind === 'unchanged' ? want : before;

/** After a look at the authoritative servers (`seen` an Error: none could be found). */
export function heldAfterServers(seen: Seen | Error, before: string | null): string | null {
  if (seen instanceof Error || seen.answers.length === 0) return before;
  const one = seen.answers[0]!.addresses;
  if (one?.length !== 1) return before;
  const address = one[0]!;
  return seen.answers.every((a) => a.addresses?.length === 1 && a.addresses[0] === address) ? address : before;
}
