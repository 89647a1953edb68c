/**
 * Replies that carry no address (a captive portal's page, a resolver answering NXDOMAIN for
 * everything) are no way out to the internet: the engine says offline, the outage counts
 * against uptime, and health says no internet. Once real answers come back, each source's last
 * success is newer than its last error.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { healthOf } from '../../../../shared/health';
import { english } from '../../../../shared/i18n/translators';
import type { CheckEvent } from '../../../../shared/types';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let h: EngineHarness;
let store: HistoryStore;

beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await h?.close();
  await store?.close();
  await world.close();
});

const checks = (): CheckEvent[] => h.of('check');

function portal(on: boolean): void {
  for (const fw of [world.v4, world.v6]) {
    for (const s of fw.http) s.setFault(on ? 'html' : 'none');
    fw.dns.setFault(on ? 'nxdomain' : 'none');
    fw.stun.setFault(on ? 'no-address' : 'none');
  }
}

describe('no source answers with an address', () => {
  it('is offline, counts against uptime, and says no internet; recovered sources show a newer success', async () => {
    const clock = new FakeClock();
    store = await openHistoryStore({
      dataDir: ':memory:',
      clock,
      logger: createLogger('test', { level: 'error', sink: () => undefined }),
    });
    h = await startEngineHarness(world.settings(), { store, clock });
    portal(true);
    const offline = h.next('offline', 15_000);
    await h.engine.start();
    await offline;
    // The sources replied (so not "unavailable"), but none with an address.
    expect(checks().map((c) => c.result)).toEqual(['uncertain', 'uncertain']);
    const status = h.engine.getStatus();
    expect(status.online).toBe(false);
    expect(status.families.v4.ip).toBeNull();
    expect(healthOf(status, english).state).toBe('no-internet');
    // An hour of it: every monitored minute was offline.
    const n = checks().length;
    await h.clock.advance(3_600_000);
    await h.waitFor(() => checks().length > n && h.engine.getStatus().nextCheckAt !== null);
    const day = store.stats({ days: 1 }).uptime;
    expect(day.monitoredMs).toBeGreaterThan(0);
    expect(day.percent).toBe(0);

    // A second later the portal is gone. Without the second, the recovery would share its fake
    // millisecond with the hour's last check whenever a retry falls due at the hour's very end
    // (155 s + 53 × 65 s does), and no success could be newer than that check's error.
    h.clock.jump(1000);
    portal(false);
    const online = h.next('online', 15_000);
    await h.engine.checkNow('manual');
    await online;
    const back = h.engine.getStatus();
    expect(back.online).toBe(true);
    // Sources the portal's pages tripped rest a while longer: degraded, not "no internet".
    expect(healthOf(back, english).state).not.toBe('no-internet');
    const recovered = back.sources.filter((s) => (s.lastSuccessAt ?? 0) > (s.lastErrorAt ?? Infinity));
    expect(recovered.length).toBeGreaterThan(0);
    expect(recovered.every((s) => s.lastError !== undefined)).toBe(true);
  });
});
