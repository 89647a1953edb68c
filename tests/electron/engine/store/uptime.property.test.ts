/**
 * Uptime as properties (fast-check, seeded by tests/helpers/properties.ts): for any history of
 * sessions, checks, signs of life, restarts without a stop and outages written to the real store,
 * and any moment it is asked, each window's monitored and offline time equal what the model in
 * uptime-model.ts measures from the same steps (written from the documented semantics, with
 * interval arithmetic of its own), uptime is never above 100 %, and the stats of a day measure
 * what the insight's 24 h does. Then the words of shared/uptime.ts over any figures: offline
 * never reads longer than monitored, and short of every moment online never reads 100 %.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { english } from '../../../../shared/i18n/translators';
import { offlineWithin, uptimeCover, uptimePercent, uptimeText } from '../../../../shared/uptime';
import { propertyRun } from '../../../helpers/properties';
import { DAY, MIN, openTest } from './helpers';
import { type Step, UptimeModel } from './uptime-model';

const gap = fc.oneof(fc.integer({ min: 0, max: 3 * DAY }), fc.constantFrom(0, 1));
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom('start' as const, 'stop' as const, 'check' as const, 'alive' as const), gap }),
  fc.record({ kind: fc.constant('restart' as const), gap }),
  fc.record({ kind: fc.constant('outage' as const), gap, length: fc.option(fc.integer({ min: 0, max: 2 * DAY })) }),
);

describe('uptime through the real store', () => {
  it("measures each window's monitored and offline time as the model does, for any history and any moment", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 12 }),
        fc.integer({ min: 0, max: 40 * DAY }),
        async (steps, after) => {
          const { clock, dataDir, ...opened } = await openTest();
          let store = opened.store;
          const model = new UptimeModel();
          try {
            let t = clock.now() - 40 * DAY;
            for (const s of steps) {
              t += s.gap;
              model.apply(s, t);
              if (s.kind === 'start') store.startSession(t);
              else if (s.kind === 'stop') store.endSession(t);
              else if (s.kind === 'alive') store.alive(t);
              else if (s.kind === 'restart') {
                // The process ends without a stop after its last save; a new one opens the file.
                await store.close();
                ({ store } = await openTest({ clock, dataDir }));
              } else if (s.kind === 'check')
                store.recordCheck({ family: 4, ip: '203.0.113.7', at: t, trigger: 'interval', sources: ['a'] });
              else
                store.recordOutage({
                  start: t,
                  end: s.length === null ? null : t + s.length,
                  cause: 'no source answered',
                });
            }
            await clock.advance(Math.max(0, t - clock.now()) + after);
            const windows = [DAY, 30 * DAY, 365 * DAY];
            for (const [i, u] of store.insight().uptime.entries()) {
              expect({ monitoredMs: u.monitoredMs, offlineMs: u.offlineMs }, u.label).toEqual(
                model.over(clock.now() - windows[i]!, clock.now()),
              );
              expect(u.offlineMs).toBeGreaterThanOrEqual(0);
              expect(u.offlineMs).toBeLessThanOrEqual(u.monitoredMs);
              expect(u.monitoredMs).toBeLessThanOrEqual(windows[i]!);
              expect(u.percent === null).toBe(u.monitoredMs === 0);
              if (u.percent !== null) {
                expect(u.percent).toBeGreaterThanOrEqual(0);
                expect(u.percent).toBeLessThanOrEqual(100);
                expect(u.percent === 100).toBe(u.offlineMs === 0);
              }
            }
            const day = store.stats({ from: clock.now() - DAY, to: clock.now() }).uptime;
            const first = store.insight().uptime[0]!;
            expect([day.monitoredMs, day.offlineMs]).toEqual([first.monitoredMs, first.offlineMs]);
          } finally {
            await store.close();
          }
        },
      ),
      propertyRun('uptime through the store', 40),
    );
  }, 60_000);
});

describe("uptime's figures and words", () => {
  const ms = fc.oneof(fc.integer({ min: -MIN, max: 10 * 365 * DAY }), fc.constantFrom(0, 1, 999, 1000, MIN));

  it('the percent is within 0 to 100, 100 only with nothing offline, and its text never rounds up to 100', () => {
    fc.assert(
      fc.property(ms, ms, (offline, monitored) => {
        const within = offlineWithin(offline, monitored);
        expect(within).toBeGreaterThanOrEqual(0);
        expect(within).toBeLessThanOrEqual(Math.max(0, monitored));
        const p = uptimePercent(offline, monitored);
        if (monitored <= 0) return void expect(p).toBeNull();
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
        expect(p === 100).toBe(within === 0);
        expect(uptimeText(p, english) === '100 %').toBe(within === 0);
        expect(uptimeText(p, english)).toMatch(/^(100|\d{1,2}\.\d\d) %$/);
      }),
      propertyRun('uptime percent'),
    );
  });

  it('the cover never reads offline longer than monitored', () => {
    const seconds = (words: string) => {
      const units: Record<string, number> = { d: 86_400, h: 3600, min: 60, s: 1 };
      return [...words.matchAll(/(\d+) (d|h|min|s)\b/g)].reduce((n, [, v, u]) => n + Number(v) * units[u!]!, 0);
    };
    fc.assert(
      fc.property(ms, ms, (offline, monitored) => {
        const cover = uptimeCover(monitored, offline, english);
        if (monitored <= 0) return void expect(cover).toBe('not monitored in this time');
        const [over, off] = cover.split(' · offline ');
        if (off === undefined) return void expect(offlineWithin(offline, monitored)).toBe(0);
        if (off === 'under 1 s') return;
        expect(seconds(off)).toBeLessThanOrEqual(seconds(over!));
      }),
      propertyRun('uptime cover'),
    );
  });
});
