/** The memory part's readers for tests: RSS scripted sample by sample, the limits from a cgroup fixture folder. */
import path from 'node:path';

import type { MemoryReaders } from '../../../../electron/engine/runtime/memory';
import { readMemoryLimits } from '../../../../electron/engine/runtime/memory-read';
import type { MemorySample } from '../../../../shared/memory-bound';

export const MB = 1024 * 1024;
export const GB = 1024 * MB;
export const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/memory');

/** RSS in MB, sample by sample (the last repeats); native memory is what grows. The bound: 80 % of cgroup-v2's 125 MiB = 100 MB. */
export function scripted(rssMB: readonly number[]): MemoryReaders {
  let i = 0;
  return {
    sample: (at): MemorySample => {
      const rss = rssMB[Math.min(i++, rssMB.length - 1)]! * MB;
      return {
        at,
        rssBytes: rss,
        heapUsedBytes: 20 * MB,
        heapTotalBytes: 30 * MB,
        nativeBytes: rss - 30 * MB,
        wasmBytes: 5 * MB,
      };
    },
    limits: () => readMemoryLimits(path.join(FIXTURES, 'cgroup-v2'), 8 * GB),
  };
}
