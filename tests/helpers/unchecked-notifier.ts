/**
 * A notifier started on settings that may hold channels the settings schema would refuse as a
 * whole (a repeated id), as settings built in code could: the roster's own refusals are seen only
 * this way. Call `uncheckedNotifiers()` at a test file's top level: it registers the hook that
 * stops each notifier, then closes its store, after each test.
 *
 * @example
 *   const notifierWith = uncheckedNotifiers();
 *   it('...', async () => {
 *     const { notifier } = await notifierWith([{ id: 'c', type: 'webhook', url: 'http://127.0.0.1:9/x' }]);
 *   });
 */
import { afterEach } from 'vitest';

import { systemClock } from '../../electron/engine/clock';
import { createNotifier, type Notifier } from '../../electron/engine/notify';
import type { HistoryStore } from '../../electron/engine/store';
import { channelSettingsSchema, type ChannelSettingsInput } from '../../shared/settings/notify';
import { captureLogger, jitter, memoryStore, notifySettings } from '../electron/engine/notify/helpers';

export type NotifierWith = (
  channels: ChannelSettingsInput[],
  unchecked?: ChannelSettingsInput[],
) => Promise<{ store: HistoryStore; notifier: Notifier }>;

/**
 * Gives `notifierWith(channels, unchecked)`: `channels` pass the settings schema, `unchecked` ones
 * are parsed one by one and appended after them; the notifier is started on the system clock.
 */
export function uncheckedNotifiers(): NotifierWith {
  const open: { store: HistoryStore; notifier: Notifier }[] = [];
  afterEach(async () => {
    for (const o of open.splice(0)) {
      await o.notifier.stop();
      await o.store.close();
    }
  });
  return async (channels, unchecked = []) => {
    const { logger } = captureLogger();
    const store = await memoryStore(systemClock, logger);
    const checked = notifySettings(channels);
    const settings = {
      ...checked,
      channels: [...checked.channels, ...unchecked.map((c) => channelSettingsSchema.parse(c))],
    };
    const notifier = createNotifier({ random: jitter, store, clock: systemClock, logger, settings });
    open.push({ store, notifier });
    await notifier.start();
    return { store, notifier };
  };
}
