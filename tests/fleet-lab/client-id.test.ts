/**
 * A site whose name is 60 characters long (issue 59): its link's client id and its Test's keep
 * their random parts (net/broker.ts mqttClientId), so "Test the broker" signs in beside the
 * running link on Debian's real mosquitto instead of taking its id and throwing it off (mosquitto
 * closes the older connection of a client id that connects again).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { systemClock } from '../../electron/engine/clock';
import { inTime } from '../../electron/engine/fleet/in-time';
import { openLink } from '../../electron/engine/fleet/link';
import { testFleet } from '../../electron/engine/fleet/probe';
import { createLogger } from '../../electron/engine/logger';
import { fleetSettingsSchema } from '../../shared/settings/fleet';
import { until } from '../helpers/until';
import { type FleetBroker, fleetBrokerPeer, startFleetBroker } from './broker';

const SEED = Date.now();
console.log(`client-id lab seed ${SEED}`);
const SITE = `site-${'x'.repeat(50)}-${SEED.toString(36)}`.slice(0, 60);
const PASSWORD = `pass-${SEED.toString(36)}`;
const logger = createLogger('client-id', { level: 'error', sink: () => undefined });

let broker: FleetBroker | null = null;
beforeAll(async () => {
  if (!fleetBrokerPeer.skip) broker = await startFleetBroker({ [SITE]: PASSWORD });
}, 30_000);
afterAll(async () => {
  await broker?.stop();
});

describe.skipIf(fleetBrokerPeer.skip)('a 60-character site on a real mosquitto', () => {
  it('Test signs in beside the running link and never drops it', async () => {
    expect(SITE).toHaveLength(60);
    const settings = fleetSettingsSchema.parse({
      publish: true,
      site: SITE,
      brokerUrl: broker!.url,
      username: SITE,
      keepAliveSec: 30,
    });
    const link = openLink({ settings, password: PASSWORD, clock: systemClock, logger });
    try {
      await until(() => link.status().state === 'connected', { what: `the link connected (${broker!.log()})` });
      const running = link.client()!;
      let drops = 0;
      running.on('close', () => (drops += 1));
      const tested = await testFleet(settings, PASSWORD, systemClock);
      expect(tested).toMatchObject({ ok: true, publish: { ok: true } });
      // The broker took the Test's CONNECT before its CONNACK: a link it had dropped then would
      // never see this acknowledged (mosquitto handles one connection's packets in order).
      const acked = await inTime(
        running.publishAsync(`ipwatch/fleet/${SITE}/test`, 'still here', { qos: 1 }),
        5000,
        systemClock,
      );
      expect(acked.done).toBe(true);
      expect(drops).toBe(0);
      expect(link.client()).toBe(running);
      expect(link.status()).toMatchObject({ state: 'connected', error: null });
      expect(String(running.options.clientId)).toMatch(/^ipwatchsitexxxx[0-9a-f]{8}$/);
    } finally {
      await link.close();
    }
  }, 30_000);
});
