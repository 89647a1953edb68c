/**
 * The event tally writes the changes counter and the check histogram exactly as prom-client
 * writes the same observations (prom-client is the oracle), and stays the same size however
 * many checks it counts.
 */
import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';

import { CHECK_BUCKETS, createEventTally } from '../../../../electron/engine/api/metrics/metrics-tally';
import type { EngineEvent } from '../../../../shared/types';

const SEED = 49;
/** mulberry32: a small seeded generator, so a failure can be replayed. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const check = (family: 4 | 6, result: string, durationMs: number) =>
  ({ type: 'check', at: 1, family, result, durationMs }) as unknown as EngineEvent;
const change = (family: 4 | 6, from: string | null) =>
  ({ type: 'change', at: 1, family, from, to: '203.0.113.1' }) as unknown as EngineEvent;

describe('the metrics event tally', () => {
  it(`writes what prom-client writes for the same events (seed ${SEED})`, async () => {
    const random = seeded(SEED);
    const tally = createEventTally();
    const registry = new Registry();
    const changes = new Counter({
      name: 'ipwatch_changes_total',
      help: 'Confirmed address changes since the monitor started, per family (a first address is not one)',
      labelNames: ['family'],
      registers: [registry],
    });
    for (const family of ['4', '6']) changes.inc({ family }, 0);
    const checks = new Histogram({
      name: 'ipwatch_check_duration_seconds',
      help: 'Duration of one check of one family',
      labelNames: ['family', 'result'],
      buckets: [...CHECK_BUCKETS],
      registers: [registry],
    });
    const events: EngineEvent[] = [change(4, null), change(6, '203.0.113.9'), change(6, '203.0.113.8')];
    for (let i = 0; i < 200; i++) {
      const family = random() < 0.5 ? 4 : 6;
      const result = ['changed', 'unchanged', 'uncertain'][Math.floor(random() * 3)]!;
      // Exactly on a bound, past the last one, and in between.
      const durationMs = i === 0 ? 250 : i === 1 ? 20_000 : Math.round(random() * 17_000);
      events.push(check(family, result, durationMs));
    }
    for (const e of events) {
      tally.observe(e);
      if (e.type === 'change' && e.from !== null) changes.inc({ family: String(e.family) });
      if (e.type === 'check') checks.observe({ family: String(e.family), result: e.result }, e.durationMs / 1000);
    }
    // prom-client also puts a blank line between metric families: the format does not ask for one.
    const lines = (text: string) => text.split('\n').filter(Boolean).sort();
    expect(lines(tally.text())).toEqual(lines(await registry.metrics()));
  });

  it('keeps one row a family and result, however many checks it counts', () => {
    const tally = createEventTally();
    tally.observe(check(4, 'unchanged', 90));
    const once = tally.text().length;
    for (let i = 0; i < 10_000; i++) tally.observe(check(4, 'unchanged', 90));
    expect(tally.text()).toMatch(/^ipwatch_check_duration_seconds_count\{family="4",result="unchanged"\} 10001$/m);
    expect(tally.text().length - once).toBeLessThan(60);
  });
});
