/**
 * The refusal log's rules (electron/engine/api/audit/refusals.ts): when a refusal counts on the row
 * already written, the row's words, and the log over the real store (in memory): the bound on the
 * rows being counted, and a row gone from under it. Through the server: refusal-audit.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  countsOn,
  createRefusalLog,
  MAX_COUNTED_REFUSALS,
  REFUSAL_REPEAT_MS,
  refusalDetail,
} from '../../../../electron/engine/api/audit/refusals';
import { createLogger } from '../../../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { FakeClock } from '../../../helpers/fake-clock';

const T = Date.UTC(2026, 10, 27, 1);

describe('countsOn', () => {
  it.each<[string, { last: number } | undefined, number, boolean]>([
    ['nothing refused before', undefined, T, false],
    ['the same moment', { last: T }, T, true],
    ['59.999 s after the last', { last: T }, T + REFUSAL_REPEAT_MS - 1, true],
    ['a minute after the last', { last: T }, T + REFUSAL_REPEAT_MS, false],
    ['the clock set back', { last: T }, T - 1, false],
  ])('%s', (_name, row, now, want) => expect(countsOn(row, now)).toBe(want));
});

describe('refusalDetail', () => {
  it.each<[number, number, string]>([
    [1, 0, 'why'],
    [2, 0, 'why (refused 2 times in under a second, each within a minute of the one before)'],
    [5, 999, 'why (refused 5 times in under a second, each within a minute of the one before)'],
    [40, 150_000, 'why (refused 40 times in 2 min 30 s, each within a minute of the one before)'],
    [3000, 3 * 3600_000 + 60_000, 'why (refused 3000 times in 3 h 1 min, each within a minute of the one before)'],
  ])('%i times over %i ms', (times, span, want) => expect(refusalDetail('why', times, span)).toBe(want));
});

describe('the refusal log over the store', () => {
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  const clock = new FakeClock(T);
  let store: HistoryStore;
  const log = () =>
    createRefusalLog(
      { write: (e) => store.audit(e), redetail: (id, detail) => store.auditRedetail(id, detail) },
      clock,
      logger,
    );
  const rows = () => store.auditLog({ limit: 1000 });

  beforeAll(async () => {
    store = await openHistoryStore({ dataDir: ':memory:', clock, logger });
  });
  afterAll(() => store.close());

  it('forgets the pair refused longest ago past its bound: its next refusal is a row of its own', () => {
    const refusals = log();
    const before = store.auditTotal();
    refusals.refused('first (viewer, token)', 'pause', 'why');
    for (let i = 0; i < MAX_COUNTED_REFUSALS; i++) refusals.refused(`n${i} (viewer, token)`, 'pause', 'why');
    expect(store.auditTotal()).toBe(before + MAX_COUNTED_REFUSALS + 1);
    // The last pair is still counted; the first was forgotten.
    refusals.refused(`n${MAX_COUNTED_REFUSALS - 1} (viewer, token)`, 'pause', 'why');
    expect(store.auditTotal()).toBe(before + MAX_COUNTED_REFUSALS + 1);
    refusals.refused('first (viewer, token)', 'pause', 'why');
    expect(store.auditTotal()).toBe(before + MAX_COUNTED_REFUSALS + 2);
  });

  it("rewrites the counted row's detail in the store; a row gone (a restore) gets a new one", () => {
    const refusals = log();
    refusals.refused('gone (viewer, token)', 'resume', 'why');
    refusals.refused('gone (viewer, token)', 'resume', 'why');
    const mine = () => rows().filter((r) => r.actor === 'gone (viewer, token)');
    expect(mine()).toMatchObject([{ detail: expect.stringMatching(/^why \(refused 2 times in under a second/) }]);
    expect(store.auditRedetail(mine()[0]!.id + 1000, 'x')).toBe(false);
    // As after a restore of an older backup: the store no longer has the row being counted.
    const restored = createRefusalLog({ write: (e) => store.audit(e), redetail: () => false }, clock, logger);
    restored.refused('gone (viewer, token)', 'resume', 'why');
    restored.refused('gone (viewer, token)', 'resume', 'why');
    expect(mine()).toHaveLength(3);
  });

  it('counts a loop on one row across a wall clock set back a day or forward a year; a minute apart on the monotonic clock splits it', async () => {
    const refusals = log();
    const mine = () => rows().filter((r) => r.actor === 'stepped (viewer, token)');
    refusals.refused('stepped (viewer, token)', 'pause', 'why');
    clock.step(-86_400_000);
    await clock.advance(10_000);
    refusals.refused('stepped (viewer, token)', 'pause', 'why');
    clock.step(365 * 86_400_000);
    await clock.advance(10_000);
    refusals.refused('stepped (viewer, token)', 'pause', 'why');
    // Three times over 20 s of real time, whatever the wall clock said between them.
    expect(mine()).toMatchObject([{ detail: 'why (refused 3 times in 20 s, each within a minute of the one before)' }]);
    await clock.advance(REFUSAL_REPEAT_MS);
    refusals.refused('stepped (viewer, token)', 'pause', 'why');
    expect(mine()).toHaveLength(2);
  });

  it('a store that cannot write is logged, and the refusal still returns', async () => {
    const seen: string[] = [];
    const refusals = createRefusalLog(
      {
        write: () => {
          throw new Error('history store is closed');
        },
        redetail: () => false,
      },
      clock,
      createLogger('test', { level: 'error', sink: (record) => seen.push(JSON.stringify(record)) }),
    );
    expect(() => refusals.refused('x (viewer, token)', 'pause', 'why')).not.toThrow();
    expect(seen.join('\n')).toMatch(/cannot write the audit log.*history store is closed/);
  });
});
