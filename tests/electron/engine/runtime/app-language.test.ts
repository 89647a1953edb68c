/**
 * The app's language through the real runtime: 'auto' speaks the OS's (RuntimeOptions.
 * systemLanguages), a language set in the settings wins from the next settings update, and a
 * channel's own language wins over both. The notices are the real notifier's, shown on a desktop
 * channel that records them; the sources are the local world's.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import type { DesktopNotifier } from '../../../../electron/engine/notify';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import type { Settings } from '../../../../shared/settings';
import { settingsFrom } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

let world: World | null = null;
let store: HistoryStore | null = null;
let runtime: Runtime | null = null;

afterEach(async () => {
  await runtime?.close();
  await world?.close();
  runtime = world = store = null;
});

describe("the app's language", () => {
  it("'auto' follows the OS, a set language wins at the next update, a channel's own wins over both", async () => {
    world = await startWorld('81.2.69.142');
    const clock = new FakeClock();
    const logger = createLogger('test', { level: 'error', sink: () => undefined });
    store = await openHistoryStore({ dataDir: ':memory:', clock, logger });
    const shown: string[] = [];
    const desktop: DesktopNotifier = { notify: async (title) => void shown.push(title) };
    const settings = (language: Settings['language']) =>
      settingsFrom({
        ...world!.settings({ monitor: { ipv6: false } }),
        language,
        notifications: {
          timezone: 'UTC',
          startup: true,
          channels: [
            { id: 'desk', type: 'desktop' },
            { id: 'desk-id', type: 'desktop', language: 'id', events: ['started'] },
          ],
        },
      });
    runtime = createRuntime({
      settings: settings('auto'),
      store,
      clock,
      logger,
      version: 'test',
      desktop,
      systemLanguages: ['fr-FR', 'de-AT'],
    });
    await runtime.start();
    await until(() => shown.length >= 2, { what: 'the started notices shown' });
    expect([...shown].sort()).toEqual(['IPWatch dimulai', 'IPWatch gestartet']);

    await runtime.updateSettings(settings('en'));
    expect(await runtime.testChannel('desk')).toMatchObject({ ok: true });
    expect(shown.at(-1)).toBe('IPWatch test notification');
    await runtime.updateSettings(settings('id'));
    expect(await runtime.testChannel('desk')).toMatchObject({ ok: true });
    expect(shown.at(-1)).toBe('Notifikasi uji IPWatch');
  });
});
