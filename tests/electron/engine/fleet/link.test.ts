/**
 * The fleet's link to a broker that does not answer (a port nothing listens on): it says why in
 * words, and tries again after a wait that doubles from FIRST_RETRY_MS up to LONGEST_RETRY_MS,
 * never giving up; closing it stops the tries.
 */
import { expect, it } from 'vitest';

import { FIRST_RETRY_MS, LONGEST_RETRY_MS, openLink } from '../../../../electron/engine/fleet/link';
import { createLogger } from '../../../../electron/engine/logger';
import { fleetSettingsSchema } from '../../../../shared/settings/fleet';
import { freePort } from '../../../fixtures/notify/mosquitto';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';

it('waits twice as long after each failed try, up to the longest wait, and says why', async () => {
  const clock = new FakeClock();
  const port = await freePort();
  const link = openLink({
    settings: fleetSettingsSchema.parse({ watch: true, brokerUrl: `mqtt://127.0.0.1:${port}` }),
    password: '',
    clock,
    logger: createLogger('test', { level: 'error', sink: () => undefined }),
  });
  try {
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      await until(() => clock.pending === 1, { what: `retry ${i} scheduled` });
      const wait = clock.dueTimes[0]! - clock.now();
      waits.push(wait);
      await clock.advance(wait);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
    expect([FIRST_RETRY_MS, LONGEST_RETRY_MS]).toEqual([1000, 60_000]);
    expect(link.status()).toMatchObject({ state: 'failing' });
    expect(link.status().error).toMatch(/^nothing accepts connections at that address and port/);
  } finally {
    await link.close();
  }
  expect(clock.pending).toBe(0);
  expect(link.status().state).toBe('off');
});
