/** The fake engine's getMemory: two hours of minutes through the real series (shared/memory-series.ts), native memory growing, over a bound from a container. */
import type { MemoryAnswer } from '../../shared/contract/memory';
import { english } from '../../shared/i18n/translators';
import { memoryBound } from '../../shared/memory-bound';
import { FINE_MS, MemorySeries } from '../../shared/memory-series';
import { memoryBoundText } from '../../shared/words/memory';

const MB = 2 ** 20;

export function fakeMemory(now: number, minutes = 120): MemoryAnswer {
  const series = new MemorySeries();
  for (let m = 0; m < minutes; m++) {
    const native = (55 + m / 4) * MB;
    series.add(
      {
        at: now - (minutes - m) * FINE_MS,
        rssBytes: 30 * MB + native,
        heapUsedBytes: 21 * MB,
        heapTotalBytes: 30 * MB,
        nativeBytes: native,
        wasmBytes: 21 * MB,
      },
      m * FINE_MS,
    );
  }
  const bound = memoryBound(0, { cgroupV2: String(512 * MB), cgroupV1: null, totalBytes: 8192 * MB });
  return {
    bound,
    boundSays: memoryBoundText(bound, english),
    above: false,
    sampleSec: 60,
    samplesTaken: series.taken(),
    points: series.points(),
  };
}
