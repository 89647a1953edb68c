/**
 * The runner's memory passing its bound becomes a notice at once. The runtime's memory part already
 * decided it is a new excursion (shared/memory-bound.ts memoryStep: once until RSS fell below 90 %
 * of the bound), so nothing is held here; the key is the crossing's time, so a notice replayed after
 * a crash is the same outbox row. Pure.
 *
 *   input                          | notice
 *   -------------------------------+----------------------------------------------------------
 *   memory crossing, a part grew   | memory-high, the figures, the bound, what grew most and since when
 *   memory crossing, none grew     | memory-high, the figures and the bound (grew: null)
 *   the app's other processes told | the same, with their memory together and by type (`app`)
 */
import type { MemoryInput, MemoryNotice } from '../types';

export type { MemoryInput };

export function memoryNotice(i: MemoryInput): MemoryNotice {
  const { sample, boundBytes, grew, since } = i.crossing;
  return {
    kind: 'memory-high',
    key: `memory@${i.at}`,
    at: i.at,
    rssBytes: sample.rssBytes,
    heapUsedBytes: sample.heapUsedBytes,
    heapTotalBytes: sample.heapTotalBytes,
    nativeBytes: sample.nativeBytes,
    wasmBytes: sample.wasmBytes,
    boundBytes,
    boundSource: i.bound.source,
    boundFromBytes: i.bound.fromBytes,
    grew: grew?.part ?? null,
    grewBytes: grew?.grewBytes ?? null,
    since: since.kind,
    sinceAt: since.at,
    ...(sample.app ? { app: sample.app } : {}),
  };
}
