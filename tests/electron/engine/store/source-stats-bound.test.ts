/**
 * The sources' attempt counts wait in memory as hour buckets until the store saves; past
 * MAX_BUCKETS they are written at once (issue 49), and nothing is lost on the way.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { openCore, type StoreCore } from '../../../../electron/engine/store/core';
import { sourceReport } from '../../../../electron/engine/store/source-report';
import { MAX_BUCKETS } from '../../../../electron/engine/store/source-stats';
import { FakeClock } from '../../../helpers/fake-clock';
import { testLogger } from './helpers';

let core: StoreCore | null = null;
afterEach(() => {
  core?.saver.stop();
  core?.db.close();
  core = null;
});

describe('SourceStats', () => {
  it(`holds at most ${MAX_BUCKETS} hour buckets, writing them early, and counts every attempt`, async () => {
    const clock = new FakeClock(Date.UTC(2025, 0, 1));
    core = await openCore({ dataDir: ':memory:', clock, logger: testLogger().logger }, null);
    const n = 4 * MAX_BUCKETS;
    // One attempt from each of many sources in one hour: a bucket each.
    for (let i = 0; i < n; i++)
      core.sourceStats.record({ sourceId: `src-${i}`, at: clock.now(), ok: true, latencyMs: 20 });
    expect(core.sourceStats.pending).toBeLessThanOrEqual(MAX_BUCKETS);
    core.sourceStats.materialize();
    expect(core.sourceStats.pending).toBe(0);
    const report = sourceReport(core.db, clock.now() - 3_600_000, clock.now() + 3_600_000, false);
    expect(report).toHaveLength(n);
    expect(report.reduce((a, r) => a + r.ok, 0)).toBe(n);
  });
});
