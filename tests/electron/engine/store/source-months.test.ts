/**
 * Long periods add up whole months from the monthly table and the edge days from the daily
 * one: the totals must be exactly those of the attempts, whatever the period's edges, and
 * must survive a save and reopen (real store on disk).
 */
import { describe, expect, it } from 'vitest';

import { seeded } from '../../../helpers/random';
import { DAY, HOUR, openTest } from './helpers';

const START = Date.UTC(2024, 0, 17, 5); // mid-month, so periods have ragged edges

interface Attempt {
  sourceId: string;
  at: number;
  ok: boolean;
  latencyMs: number;
}

/** Totals computed straight from the attempts, as the report should give them. */
function expected(attempts: Attempt[], from: number, to: number) {
  const by = new Map<string, { ok: number; fail: number; sum: number; max: number }>();
  const dayFrom = Math.floor(from / DAY) * DAY;
  const dayTo = Math.floor(to / DAY) * DAY + DAY - 1;
  for (const a of attempts) {
    if (a.at < dayFrom || a.at > dayTo) continue;
    const t = by.get(a.sourceId) ?? { ok: 0, fail: 0, sum: 0, max: 0 };
    if (a.ok) {
      t.ok += 1;
      t.sum += a.latencyMs;
      t.max = Math.max(t.max, a.latencyMs);
    } else t.fail += 1;
    by.set(a.sourceId, t);
  }
  return [...by]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, t]) => ({
      source,
      ok: t.ok,
      fail: t.fail,
      meanLatencyMs: t.ok ? Math.round(t.sum / t.ok) : null,
      maxLatencyMs: t.ok ? t.max : null,
    }));
}

describe('source totals over months', () => {
  it('match the attempts for periods with any edges, before and after a reopen', async () => {
    const { random } = seeded('source totals over months');
    const first = await openTest({ statsRetentionDays: 10 });
    const attempts: Attempt[] = [];
    // 200 days, an attempt every 7 hours per source, a few failures, latencies up to 4 s.
    for (let at = START; at < START + 200 * DAY; at += 7 * HOUR) {
      for (const sourceId of ['ipify', 'stun-v6']) {
        const a = { sourceId, at, ok: random() > 0.05, latencyMs: Math.floor(random() * 4000) };
        attempts.push(a);
        first.store.recordSourceAttempt(a);
      }
    }
    first.clock.set(START + 200 * DAY);
    await first.store.close();
    const { store } = await openTest({ dataDir: first.dataDir, clock: first.clock, statsRetentionDays: 10 });

    const periods = [
      [START, START + 200 * DAY],
      [Date.UTC(2024, 1, 1), Date.UTC(2024, 4, 31, 23)],
      [Date.UTC(2024, 1, 10), Date.UTC(2024, 5, 3)],
      [Date.UTC(2024, 2, 2), Date.UTC(2024, 2, 20)],
    ];
    for (const [from, to] of periods) {
      const got = store.stats({ from, to, hourly: false }).sources;
      expect(
        got.map(({ source, ok, fail, meanLatencyMs, maxLatencyMs }) => ({
          source,
          ok,
          fail,
          meanLatencyMs,
          maxLatencyMs,
        })),
      ).toEqual(expected(attempts, from!, to!));
    }
    await store.close();
  });
});
