/**
 * The memory notice's types (issue 77), beside types.ts's other notices: what the policy makes of
 * a crossing the runtime's memory part saw (runtime/memory.ts, shared/memory-bound.ts).
 */
import type { AppProcesses } from '../../../shared/app-processes';
import type { MemoryBound, MemoryBoundSource, MemoryCrossing, MemoryPart } from '../../../shared/memory-bound';

/**
 * IPWatch's own memory passed its bound (policy/memory.ts; shared/memory-bound.ts decided it is a
 * new excursion): the figures, the bound and where it came from, what grew most and since when.
 */
export interface MemoryNotice {
  /** Idempotency key: the crossing's time (policy/memory.ts). */
  key: string;
  /** When RSS was found above the bound, epoch ms. */
  at: number;
  kind: 'memory-high';
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  nativeBytes: number;
  wasmBytes: number;
  boundBytes: number;
  boundSource: MemoryBoundSource;
  /** The container's limit or the machine's memory the bound was taken from; null for a setting. */
  boundFromBytes: number | null;
  /** The part that grew most since `sinceAt` and by how much; null when none grew (a first sample already above). */
  grew: MemoryPart | null;
  grewBytes: number | null;
  /** Growth is measured from the runner's first sample (`start`) or from the last memory notice. */
  since: 'start' | 'notice';
  sinceAt: number;
  /** The app's other processes at the crossing (shared/app-processes.ts), where Electron tells; absent headless. */
  app?: AppProcesses;
}

/** The policy's input for a memory notice: a crossing the runtime's memory part saw (runtime/memory.ts). */
export interface MemoryInput {
  type: 'memory';
  at: number;
  crossing: MemoryCrossing;
  /** Where the bound came from, and the limit or total it was taken from (shared/memory-bound.ts memoryBound). */
  bound: MemoryBound;
}
