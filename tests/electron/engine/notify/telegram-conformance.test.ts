/**
 * The Telegram channel against a stand-in that answers as the Bot API does
 * (tests/fakes/telegram.ts): a group upgraded to a supergroup, an unknown chat, flood control.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import type { HistoryStore } from '../../../../electron/engine/store';
import { startTelegramFake, type TelegramFake } from '../../../fakes/telegram';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { captureLogger, change, jitter, memoryStore, notifySettings } from './helpers';

const GROUP = -4962287234;
const SUPERGROUP = -1002855950299;

let tg: TelegramFake;
let clock: FakeClock;
let store: HistoryStore;
let notifier: Notifier;
let saved: { id: string; options: Record<string, unknown> }[];

beforeEach(async () => {
  tg = await startTelegramFake();
  tg.addChat(GROUP);
  clock = new FakeClock(Date.UTC(2026, 10, 23, 12));
  const { logger } = captureLogger();
  store = await memoryStore(clock, logger);
  saved = [];
  notifier = createNotifier({
    random: jitter,
    store,
    clock,
    logger,
    settings: notifySettings([{ id: 'tg', type: 'telegram', token: tg.token, chatId: GROUP, apiBase: tg.url }], {
      // The default first wait (5 s to 6 s), shorter than Telegram's waits here: a retry_after only
      // lengthens a wait (net/etiquette.ts), so each wait seen is Telegram's own.
      retry: { initialSec: 5, maxSec: 3600 },
    }),
    saveChannelOptions: async (id, options) => void saved.push({ id, options }),
  });
  await notifier.start();
});
afterEach(async () => {
  await notifier.stop();
  await store.close();
  await tg.close();
});

const status = () => notifier.status().find((c) => c.id === 'tg')!;
let n = 0;
const notify = () => notifier.handle(change('203.0.113.7', `198.51.100.${++n}`, clock.now()));

describe('telegram', () => {
  it('follows a group upgraded to a supergroup at once, keeps the new id in the settings, and says so', async () => {
    tg.upgradeToSupergroup(GROUP, SUPERGROUP);
    await notify();
    await until(() => store.counts('tg').sent === 1, { what: 'the notice delivered to the supergroup' });
    // Resent at once: no waiting for a retry, nothing left to expire.
    expect(tg.requests.map((r) => r.body.chat_id)).toEqual([GROUP, SUPERGROUP]);
    expect(tg.delivered.get(String(SUPERGROUP))).toHaveLength(1);
    await until(() => saved.length === 1, { what: 'the settings write' });
    expect(saved).toEqual([{ id: 'tg', options: { chatId: SUPERGROUP } }]);
    expect(status().note).toBe(
      `Telegram upgraded chat ${GROUP} to supergroup ${SUPERGROUP}; chatId updated in the settings`,
    );

    // The next notice goes straight to the supergroup.
    await notify();
    await until(() => store.counts('tg').sent === 2, { what: 'the second notice' });
    expect(tg.requests.slice(2).map((r) => r.body.chat_id)).toEqual([SUPERGROUP]);
  });

  it('pauses on "chat not found" with what to check, keeping the notice', async () => {
    tg.upgradeToSupergroup(GROUP, SUPERGROUP);
    await notifier.updateSettings(
      notifySettings([{ id: 'tg', type: 'telegram', token: tg.token, chatId: 777, apiBase: tg.url }]),
    );
    await notify();
    await until(() => status().state === 'paused', { what: 'the channel paused' });
    expect(status().reason).toMatch(/chat not found.*check chatId/);
    expect(store.counts('tg').pending).toBe(1);
  });

  it('waits out flood control for the seconds Telegram says', async () => {
    tg.floodNext(7);
    await notify();
    await until(() => status().failures === 1, { what: 'the flood-controlled attempt' });
    expect(status().nextAttemptAt! - clock.now()).toBe(7000);
  });
});
