/** A dashboard insight as the API answers it, for the renderer's component tests. */
import type { Insight } from '../../renderer/src/api/types';

const DAY = 86_400_000;

export function insight(over: Partial<Insight> = {}): Insight {
  const now = Date.now();
  const checks = (n: number, failAt: number[]) =>
    Array.from({ length: n }, (_, i) => ({
      at: now - (n - i) * 60_000,
      result: failAt.includes(i) ? ('unavailable' as const) : ('unchanged' as const),
    }));
  return {
    at: now,
    firstCheckAt: now - 40 * DAY,
    uptime: [
      { label: '24 h', days: 1, from: now - DAY, percent: 99.5, monitoredMs: DAY, offlineMs: 432_000 },
      { label: '30 d', days: 30, from: now - 30 * DAY, percent: 99.98, monitoredMs: 30 * DAY, offlineMs: 518_400 },
      { label: '1 y', days: 365, from: now - 365 * DAY, percent: 99.98, monitoredMs: 40 * DAY, offlineMs: 600_000 },
    ],
    checks: { v4: checks(20, [7]), v6: checks(20, []) },
    held: { v4: { meanMs: 3 * DAY + 4 * 3_600_000, addresses: 12 }, v6: { meanMs: null, addresses: 0 } },
    outages: {
      items: [
        {
          start: now - 3 * 3_600_000,
          end: now - 3 * 3_600_000 + 432_000,
          durationMs: 432_000,
          // As the engine writes it (ip-monitor/connectivity.ts) and gives its code (store/outage-cause.ts).
          cause: 'no source answered with an address for IPv4',
          reason: { code: 'reason.outage.noSource', values: { families: 'v4' } },
        },
      ],
      total: 1,
    },
    ...over,
  };
}
