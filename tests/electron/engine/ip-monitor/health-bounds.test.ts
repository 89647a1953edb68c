/** Each source's answer times are kept for the last LATENCY_WINDOW answers only (issue 49). */
import { describe, expect, it } from 'vitest';

import type { BreakerConfig, Outcome } from '../../../../electron/engine/ip-monitor/breaker';
import { HealthBook, LATENCY_WINDOW } from '../../../../electron/engine/ip-monitor/health';
import type { IpSource } from '../../../../electron/engine/sources/types';

const cfg: BreakerConfig = { failureThreshold: 3, backoffMs: 60_000, maxBackoffMs: 3_600_000 };
const success: Outcome = { kind: 'success' };
const source: IpSource = { id: 'src', provider: 'p', kind: 'http', family: 4, cost: 1, query: async () => '' };

describe('HealthBook latencies', () => {
  it(`keep the last ${LATENCY_WINDOW} answer times of a source, however many it gave`, () => {
    const book = new HealthBook([source], cfg, () => 0.5);
    // A month of 10 s checks at 100 ms, then just over half a window at 1 ms.
    for (let i = 0; i < 260_000; i++) book.record('src', success, i, { latencyMs: 100, blamed: true });
    const recent = Math.ceil(LATENCY_WINDOW / 2);
    for (let i = 0; i < recent; i++) book.record('src', success, i, { latencyMs: 1, blamed: true });
    // Had more than the window been kept, the month's 100 ms would be the median.
    expect(book.latencyMs('src')).toBe(1);
    // One answer fewer than half the window at 1 ms leaves the median at 100 ms: the window is exact.
    const other = new HealthBook([source], cfg, () => 0.5);
    for (let i = 0; i < LATENCY_WINDOW; i++) other.record('src', success, i, { latencyMs: 100, blamed: true });
    for (let i = 0; i < recent - 1; i++) other.record('src', success, i, { latencyMs: 1, blamed: true });
    expect(other.latencyMs('src')).toBe(100);
  });
});
