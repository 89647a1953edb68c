/**
 * The history saver times its saves on the monotonic clock (store/saver.ts, issue 74): a wall clock
 * stepped forward a year or back a day (NTP on a Raspberry Pi that booted with a stale clock, an
 * admin setting the date) neither hurries nor holds back a save. The real store on a real folder,
 * on the FakeClock: advance() moves both clocks, jump() only the wall clock. A step is made with no
 * save pending, as FakeClock's timers keep the wall time they were set for.
 */
import { describe, expect, it } from 'vitest';

import { COUNTER_SAVE_MS, type HistoryStore, type SaveInfo } from '../../../../electron/engine/store';
import { change, DAY, HOUR, MIN, openTest } from './helpers';

const YEAR = 365 * DAY;
const IP = '203.0.113.7';

/** The kind of each save from here on. */
function kindsOf(store: HistoryStore): SaveInfo['kind'][] {
  const kinds: SaveInfo['kind'][] = [];
  store.onSaved((info) => kinds.push(info.kind));
  return kinds;
}

/** A store with one run saved in full just now; the wall clock then stepped by `stepMs`. */
async function steppedAfterFullSave(stepMs: number) {
  const t = await openTest();
  t.store.recordChange(change(4, null, IP, t.clock.now()));
  await t.store.flush();
  expect(t.clock.pending).toBe(0);
  t.clock.jump(stepMs);
  return t;
}

/** One check every COUNTER_SAVE_MS for `ms` of monotonic time, each saved by the saver's own timer before the next. */
async function countersFor(t: Awaited<ReturnType<typeof openTest>>, ms: number): Promise<void> {
  for (let spent = 0; spent < ms; spent += COUNTER_SAVE_MS) {
    t.store.recordCheck({ family: 4, ip: IP, at: t.clock.now(), trigger: 'interval', sources: ['ipify'] });
    const saved = new Promise<SaveInfo>((resolve) => t.store.onSaved(resolve));
    await t.clock.advance(COUNTER_SAVE_MS);
    await saved;
  }
}

describe('the history saver across a wall-clock step', () => {
  it('forward a year: counters still go to the journal, and the whole file is rewritten an hour later', async () => {
    const t = await steppedAfterFullSave(YEAR);
    const kinds = kindsOf(t.store);
    await countersFor(t, 55 * MIN);
    // The last full save was 0 s ago on the monotonic clock, a year ago on the wall clock.
    expect(kinds.length).toBe(Math.ceil((55 * MIN) / COUNTER_SAVE_MS));
    expect(kinds.every((k) => k === 'counters')).toBe(true);
    await countersFor(t, 10 * MIN);
    expect(kinds).toContain('full');
    await t.store.close();
  });

  it('back a day: the whole file is still rewritten within the hour, not a day later', async () => {
    const t = await steppedAfterFullSave(-DAY);
    const kinds = kindsOf(t.store);
    await countersFor(t, HOUR + COUNTER_SAVE_MS);
    expect(kinds.slice(0, -2).every((k) => k === 'counters')).toBe(true);
    expect(kinds.slice(-2)).toContain('full');
    await t.store.close();
  });

  it('forward a year with counters waiting: an address change is due within a second, not at the counters’ time', async () => {
    const t = await openTest();
    t.store.recordChange(change(4, null, IP, t.clock.now()));
    await t.store.flush();
    t.store.recordCheck({ family: 4, ip: IP, at: t.clock.now(), trigger: 'interval', sources: ['ipify'] });
    expect(t.clock.dueTimes).toEqual([t.clock.now() + COUNTER_SAVE_MS]);
    t.clock.jump(YEAR);
    t.store.recordChange(change(4, IP, '198.51.100.1', t.clock.now()));
    // One timer, due a second from now (the wall reading FakeClock keys it by): the counters' one was replaced.
    expect(t.clock.dueTimes).toEqual([t.clock.now() + 1_000]);
    const saved = new Promise<SaveInfo>((resolve) => t.store.onSaved(resolve));
    await t.clock.advance(1_000);
    expect(await saved).toMatchObject({ kind: 'full' });
    await t.store.close();
  });
});
