/**
 * The runner's `ddns` lines: each time a dynamic DNS record's state, why, address or
 * propagation time changes (shared/words/ddns.ts ddnsLineKey), one line with every record's
 * status; never for a look that found nothing new.
 */
import type { DdnsRecordStatus } from '../../shared/contract/ddns';
import { ddnsLineKey } from '../../shared/words/ddns';
import type { Features } from '../engine/runtime/features';

export interface DdnsLine {
  type: 'ddns';
  at: number;
  records: DdnsRecordStatus[];
}

/** Prints a `ddns` line on each change of the records' states; returns the unsubscribe. */
export function printDdnsChanges(
  features: Pick<Features, 'onChange' | 'status'>,
  print: (line: DdnsLine) => void,
  now: () => number = Date.now,
): () => void {
  let key = '';
  return features.onChange(() => {
    const records = features.status().ddns?.records;
    if (!records) return;
    const next = ddnsLineKey(records);
    if (next === key) return;
    key = next;
    print({ type: 'ddns', at: now(), records });
  });
}
