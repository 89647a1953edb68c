/**
 * A channel's notices arrive in its language: its own `language`, else the app's (NotifierDeps.
 * language, read again at each settings update), else English. Two Slack channels on the local
 * recording fake, one set to Indonesian, one following the app.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import type { HistoryStore } from '../../../../electron/engine/store';
import type { Language } from '../../../../shared/i18n/languages';
import { startNotifyFake, type NotifyFake } from '../../../fakes/notify-http';
import { captureLogger, change, jitter, memoryStore, notifySettings } from './helpers';

let fake: NotifyFake;
let store: HistoryStore;
let notifier: Notifier | null = null;

beforeEach(async () => {
  fake = await startNotifyFake();
  store = await memoryStore(systemClock, captureLogger().logger);
});
afterEach(async () => {
  await notifier?.stop();
  notifier = null;
  await store.close();
  await fake.close();
});

const T0 = Date.UTC(2026, 10, 23, 0, 40, 6);

describe("a channel's language", () => {
  it("its own, else the app's, which a settings update follows", async () => {
    let app: Language | undefined = 'de';
    const settings = notifySettings([
      { id: 'own', type: 'slack', url: `${fake.url}/services/T/B/OWN`, language: 'id' },
      { id: 'app', type: 'slack', url: `${fake.url}/services/T/B/APP` },
    ]);
    notifier = createNotifier({
      random: jitter,
      store,
      clock: systemClock,
      logger: captureLogger().logger,
      settings,
      language: () => app ?? 'en',
    });
    await notifier.start();
    const textTo = (path: string, n: number) =>
      fake.requests.filter((r) => r.path.endsWith(path)).map((r) => (JSON.parse(r.body) as { text: string }).text)[n];

    await notifier.handle(change('203.0.113.7', '198.51.100.20', T0, 4, T0 - 3 * 3600_000));
    await fake.waitFor((r) => r.length >= 2);
    expect(textTo('/OWN', 0)).toBe('Alamat IPv4 publik berubah: IPv4 203.0.113.7 → 198.51.100.20');
    expect(textTo('/APP', 0)).toBe('Öffentliche IPv4-Adresse geändert: IPv4 203.0.113.7 → 198.51.100.20');

    app = undefined;
    await notifier.updateSettings(settings);
    await notifier.handle(change('198.51.100.20', '203.0.113.9', T0 + 60_000, 4, T0));
    await fake.waitFor((r) => r.length >= 4);
    expect(textTo('/OWN', 1)).toBe('Alamat IPv4 publik berubah: IPv4 198.51.100.20 → 203.0.113.9');
    expect(textTo('/APP', 1)).toBe('Public IPv4 address changed: IPv4 198.51.100.20 → 203.0.113.9');
  });
});
