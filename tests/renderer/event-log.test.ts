/** The page's memory of the live stream is bounded (issue 49), however long the tab stays open. */
import { describe, expect, it } from 'vitest';

import {
  createEventLog,
  LATENCY_SAMPLES,
  LATENCY_SOURCES_KEPT,
  LIVE_EVENTS_KEPT,
} from '../../renderer/src/api/event-log';
import type { ApiEvent } from '../../renderer/src/api/types';

const check = (at: number, sources: string[]): ApiEvent => ({
  type: 'check',
  at,
  family: 4,
  trigger: 'interval',
  result: 'unchanged',
  ip: '81.2.69.142',
  requests: sources.length,
  durationMs: 40,
  attempts: sources.map((sourceId) => ({ sourceId, provider: sourceId, kind: 'http', ok: true, latencyMs: at })),
});

describe('createEventLog', () => {
  it(`keeps the newest ${LIVE_EVENTS_KEPT} events, ${LATENCY_SAMPLES} latencies each of the last ${LATENCY_SOURCES_KEPT} sources seen`, () => {
    const log = createEventLog();
    const n = 5 * LIVE_EVENTS_KEPT;
    // Each check names a new source beside one seen every time.
    for (let i = 0; i < n; i++) log.add(check(i, ['steady', `s${i}`]));
    expect(log.events()).toHaveLength(LIVE_EVENTS_KEPT);
    expect(log.events()[0]!.event.at).toBe(n - 1);
    expect(log.latencies('steady')).toHaveLength(LATENCY_SAMPLES);
    expect(log.latencies('steady').at(-1)).toBe(n - 1);
    // Of the sources seen once, only the latest are kept; the earliest are forgotten.
    expect(log.latencies(`s${n - 1}`)).toEqual([n - 1]);
    expect(log.latencies('s0')).toEqual([]);
    const kept = Array.from({ length: n }, (_, i) => `s${i}`).filter((id) => log.latencies(id).length > 0);
    expect(kept).toHaveLength(LATENCY_SOURCES_KEPT - 1);
    // About what the events hold, roughly: their JSON, a few hundred KB at most.
    expect(JSON.stringify(log.events()).length).toBeLessThan(LIVE_EVENTS_KEPT * 1024);
  });
});
