/**
 * The heartbeat's waits on the monotonic clock (issue 74, docs/development.md "Two clocks"): a
 * wall clock set back a day or forward a year, as NTP or an admin does, neither stretches nor
 * cuts the backoff after a failure, nor the interval that spaces steady pings. Against the local
 * Healthchecks stand-in (tests/fakes/healthchecks.ts), on the fake clock (step() moves the wall
 * clock only).
 */
import { afterEach, describe, expect, it } from 'vitest';

import { type HealthchecksStandIn, startHealthchecks } from '../../../fakes/healthchecks';
import { until } from '../../../helpers/until';
import { checkEvent, heartbeat } from './heartbeat-harness';

const UUID = '5f3a8c1e-2b7d-4e09-9c61-0d4f7a2b8e35';
const MIN = 60_000;
const DAY = 86_400_000;
let stands: HealthchecksStandIn[] = [];
afterEach(async () => {
  await Promise.all(stands.map((s) => s.close()));
  stands = [];
});

const start = async (): Promise<HealthchecksStandIn> => {
  const hc = await startHealthchecks({ mode: 'hosted', uuids: [UUID], bodyLimit: 100 });
  stands.push(hc);
  return hc;
};

describe.each([
  ['set back a day', -DAY],
  ['set forward a year', 365 * DAY],
])('the heartbeat with the wall clock %s', (_, step) => {
  it('backs off after a failure for the etiquette’s wait, no longer and no shorter', async () => {
    const hc = await start();
    const { hb, clock } = heartbeat({ url: hc.pingUrl(UUID), intervalSec: 30 });
    hc.fault = { status: 503, body: 'Service Unavailable' };
    hb.onEvent(checkEvent('unchanged'), true);
    await until(() => hb.status().failures === 1, { what: 'the first failure' });
    hc.fault = null;
    clock.step(step);
    // News during the wait (30 s to 36 s after the failure) waits, whatever the wall clock says...
    const told = clock.now();
    hb.onEvent({ type: 'offline', at: told, cause: 'no source answered' }, false);
    await clock.advance(37_000);
    // ...and goes once it has ended.
    await until(() => hb.status().failures === 0, { what: 'the news sent when the wait ended' });
    expect(hc.requests).toHaveLength(2);
    expect(hc.requests[1]!.url.pathname).toMatch(/\/fail$/);
    expect(hb.status().lastPing!.at - told).toBeGreaterThanOrEqual(29_000);
  });

  it('spaces steady pings by the interval of real time', async () => {
    const hc = await start();
    const { hb, clock } = heartbeat({ url: hc.pingUrl(UUID), intervalSec: 300 });
    hb.onEvent(checkEvent('unchanged'), true);
    await until(() => hc.pings.length === 1, { what: 'the first ping' });
    clock.step(step);
    await clock.advance(MIN);
    hb.onEvent(checkEvent('unchanged'), true);
    await clock.advance(4 * MIN);
    // The news a minute in was no ping; this one, an interval after the first, is.
    hb.onEvent(checkEvent('unchanged'), true);
    await until(() => hc.pings.length === 2 && hb.status().lastPing?.at === clock.now(), {
      what: 'the ping an interval later',
    });
  });
});
