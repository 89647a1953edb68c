/**
 * A channel's notices arrive in its language: its own `language`, else the app's (NotifierDeps.
 * language, read again at each settings update), else English. Two Slack channels on the local
 * recording fake, one set to Indonesian, one following the app.
 */
import { describe, expect, it } from 'vitest';

import type { Language } from '../../../../shared/i18n/languages';
import { notifierRoom } from '../../../helpers/notifier-room';
import { change, notifySettings } from './helpers';

const room = notifierRoom();

const T0 = Date.UTC(2026, 10, 23, 0, 40, 6);

describe("a channel's language", () => {
  it("its own, else the app's, which a settings update follows", async () => {
    const { fake } = room;
    let app: Language | undefined = 'de';
    const settings = notifySettings([
      { id: 'own', type: 'slack', url: `${fake.url}/services/T/B/OWN`, language: 'id' },
      { id: 'app', type: 'slack', url: `${fake.url}/services/T/B/APP` },
    ]);
    const notifier = await room.start(settings, { language: () => app ?? 'en' });
    const textTo = (path: string, n: number) => room.textsTo(path)[n];

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
