/**
 * Two runners claiming one site (fleet/claims.ts; its truth table is claims-rules.test.ts): two
 * real links publishing the same site to Debian's real mosquitto, one of them also watching: the
 * watcher says "two runners claim this site" on the row and in its status, and the publisher that
 * watches its own site logs a warning. A runner restarted (a new instance once) is not two runners.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { type Fleet, startFleet } from '../../../../electron/engine/fleet';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { english } from '../../../../shared/i18n/translators';
import { fleetSettingsSchema } from '../../../../shared/settings/fleet';
import { siteNoteWords, twoRunnersWords } from '../../../../shared/words/fleet';
import { type Broker, mosquittoPeer, startMosquitto } from '../../../fixtures/notify/mosquitto';
import { fleetState } from '../../../helpers/fleet-state';
import { until } from '../../../helpers/until';

let broker: Broker | null = null;
let store: HistoryStore | null = null;
const fleets: Fleet[] = [];

afterEach(async () => {
  await Promise.all(fleets.splice(0).map((f) => f.close()));
  await store?.close();
  await broker?.stop();
  broker = store = null;
});

describe.skipIf(mosquittoPeer.skip)('two real runners publishing one site', () => {
  it('are shown as two runners claiming it, and the one watching its own site warns', async () => {
    broker = await startMosquitto();
    const quiet = createLogger('test', { level: 'error', sink: () => undefined });
    store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger: quiet });
    const warned: LogRecord[] = [];
    const loud = createLogger('a', { level: 'warn', sink: (r) => void warned.push(r) });
    let ip = '203.0.113.7';
    const runner = (watch: boolean) => {
      const f = startFleet({
        settings: fleetSettingsSchema.parse({ publish: true, watch, site: 'home', brokerUrl: broker!.url }),
        password: '',
        state: () => fleetState('home', Date.now(), { ip, since: 1000 }),
        store: store!,
        clock: systemClock,
        logger: watch ? loud : quiet,
        onChange: () => undefined,
      });
      fleets.push(f);
      return f;
    };
    const a = runner(true);
    await until(() => a.site('home')?.state?.families.v4?.ip === ip, { what: 'a hears its own state' });
    const first = a.site('home')!.state!.instance;
    expect(first).toMatch(/^[0-9a-f-]{36}$/);

    // A second runner under the same name: a new instance once, as a restart would be.
    const b = runner(false);
    await until(() => a.site('home')?.state?.instance !== first, { what: "b's state heard" });
    expect(a.site('home')!.twoRunnersAt ?? null).toBeNull();

    // Both publish the change: the instances alternate.
    ip = '198.51.100.4';
    a.offer();
    await until(() => a.site('home')?.twoRunnersAt != null, { what: 'two runners noticed' });
    b.offer();
    const home = a.site('home')!;
    expect(siteNoteWords(home, english)).toContain(twoRunnersWords(english));
    expect(a.status().watch.twoRunners).toEqual(['home']);
    expect(warned.map((r) => r.message)).toContain(
      'fleet: another runner publishes as this site: give each runner its own site name',
    );
  }, 30_000);
});
