/**
 * Why a desktop channel cannot run here travels as a code beside its English (issue 62, area
 * reasons-7): on a Linux desktop without notify-send the channel is invalid with "notify-send not
 * found", its status carries `reasonCode`, and the notifier says why desktop notices cannot show
 * with the same code, so the Dashboard and Settings can say it in their reader's language.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createNodeDesktopNotifier, createNotifier, type Notifier } from '../../../../electron/engine/notify';
import { desktop } from '../../../../electron/engine/notify/channels/desktop';
import { inEnglish } from '../../../../electron/engine/reason';
import type { HistoryStore } from '../../../../electron/engine/store';
import { reason } from '../../../../shared/reason';
import { FakeClock } from '../../../helpers/fake-clock';
import { captureLogger, jitter, memoryStore, notifySettings } from './helpers';

let clock: FakeClock;
let store: HistoryStore;
let notifier: Notifier | null = null;

beforeEach(async () => {
  clock = new FakeClock(Date.UTC(2026, 10, 23));
  store = await memoryStore(clock, captureLogger().logger);
});
afterEach(async () => {
  await notifier?.stop();
  notifier = null;
  await store.close();
});

describe.skipIf(process.platform !== 'linux')('a desktop channel on a Linux desktop without notify-send', () => {
  it('is invalid with the reason and its code, and the notifier says why with the same code', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'ipwatch-empty-'));
    const why = reason('reason.desktop.noNotifySend');
    notifier = createNotifier({
      random: jitter,
      store,
      clock,
      logger: captureLogger().logger,
      settings: notifySettings([{ id: 'here', type: 'desktop' }]),
      desktop: createNodeDesktopNotifier('IPWatch', { DISPLAY: ':0', PATH: empty }),
    });
    await notifier.start();
    expect(notifier.status()[0]).toMatchObject({
      id: 'here',
      state: 'invalid',
      reason: 'notify-send not found (install libnotify-bin)',
      reasonCode: why,
    });
    expect(notifier.desktopUnavailable()).toBe(inEnglish(why));
    expect(notifier.desktopUnavailableReason()).toEqual(why);
  });
});

describe('the desktop channel built without a notifier', () => {
  it('says so with a code', () => {
    const built = desktop.build({}, { desktop: undefined } as never);
    expect(built).toEqual({
      ok: false,
      reason: 'no desktop notifier in this process',
      reasonCode: reason('reason.desktop.noNotifier'),
    });
  });
});
