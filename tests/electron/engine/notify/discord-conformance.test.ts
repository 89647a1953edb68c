/**
 * The Discord webhook channel against a stand-in that answers as Discord does
 * (tests/fakes/discord-webhook.ts): a pasted, unversioned URL, rate limits, confirmation of
 * delivery, a deleted webhook, and names Discord refuses. Real notifier, real store, fake clock.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import type { HistoryStore } from '../../../../electron/engine/store';
import { startDiscordWebhookFake, type DiscordWebhookFake } from '../../../fakes/discord-webhook';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { captureLogger, change, jitter, memoryStore, notifySettings } from './helpers';

let discord: DiscordWebhookFake;
let clock: FakeClock;
let store: HistoryStore;
let notifier: Notifier;
let logs: ReturnType<typeof captureLogger>;

const settings = (url: string, extra: Record<string, unknown> = {}) =>
  notifySettings([{ id: 'dc', type: 'discord-webhook', url, ...extra }], {
    // A first backoff (1 s to 1.2 s) shorter than any Retry-After here: a Retry-After only ever
    // lengthens a wait (net/etiquette.ts), so each wait seen is Discord's, read exactly.
    retry: { initialSec: 1, maxSec: 3600 },
    maxAgeHours: 48,
  });

beforeEach(async () => {
  discord = await startDiscordWebhookFake();
  clock = new FakeClock(Date.UTC(2026, 10, 23, 12));
  logs = captureLogger('info');
  store = await memoryStore(clock, logs.logger);
  notifier = createNotifier({
    random: jitter,
    store,
    clock,
    logger: logs.logger,
    settings: settings(discord.webhookUrl),
  });
  await notifier.start();
});
afterEach(async () => {
  await notifier.stop();
  await store.close();
  await discord.close();
});

const status = () => notifier.status().find((c) => c.id === 'dc')!;
let n = 0;
const notify = () => notifier.handle(change('203.0.113.7', `198.51.100.${++n}`, clock.now()));

describe('discord-webhook', () => {
  it('reads a rate limit on a pasted (unversioned) URL in seconds: 1.5 s, not 25 minutes', async () => {
    discord.rateLimit(1.5);
    await notify();
    await until(() => status().failures === 1, { what: 'the rate-limited attempt' });
    // Posted to v10, where Discord counts in seconds; the body's 1.5 beats the header's rounded 2.
    expect(discord.requests[0]!.version).toBe(10);
    expect(status().nextAttemptAt! - clock.now()).toBe(1500);
    await clock.advance(1500);
    await until(() => status().sent === 1, { what: 'delivery after the wait' });
    expect(discord.saved).toHaveLength(1);
  });

  it('counts a message as sent only when Discord confirms it saved it', async () => {
    discord.dropNext();
    await notify();
    await notify();
    await until(() => store.counts('dc').sent === 1, { what: 'the second notice sent' });
    // The first was not saved: with wait=true Discord says so, and it is set aside, not "sent".
    expect(store.counts('dc')).toMatchObject({ sent: 1, rejected: 1, pending: 0 });
    expect(discord.saved).toHaveLength(1);
    expect(discord.requests.every((r) => r.wait)).toBe(true);
    const [rejected] = store.list({ channel: 'dc', status: 'rejected' });
    expect(rejected?.lastError).toContain('HTTP 400');
  });

  it('pauses on a deleted webhook without hammering it, keeps the queue, and resumes after a passing test', async () => {
    discord.deleteWebhook();
    await notify();
    await until(() => status().state === 'paused', { what: 'the channel paused' });
    expect(status().reason).toMatch(/Unknown Webhook.*create a new one/);
    await notify();
    // Hours later: still one request, both notices still queued.
    await clock.advance(6 * 3_600_000);
    expect(discord.requests).toHaveLength(1);
    expect(store.counts('dc').pending).toBe(2);

    discord.restoreWebhook();
    expect(await notifier.test('dc')).toMatchObject({ ok: true });
    await until(() => store.counts('dc').sent === 2, { what: 'the queue drained after the test' });
    expect(status().state).toBe('ok');
  });

  it('resumes a paused channel when its settings are edited', async () => {
    discord.deleteWebhook();
    await notify();
    await until(() => status().state === 'paused', { what: 'the channel paused' });
    const other = await startDiscordWebhookFake();
    try {
      await notifier.updateSettings(settings(other.webhookUrl));
      await until(() => store.counts('dc').sent === 1, { what: 'delivery through the new URL' });
      expect(other.saved).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it("honours Discord's wait of 2 h whole, and one of 7 days up to 6 h, logging the cap", async () => {
    discord.rateLimit(7200);
    await notify();
    await until(() => status().failures === 1, { what: 'the rate-limited attempt' });
    expect(status().nextAttemptAt! - clock.now()).toBe(2 * 3_600_000);
    expect(logs.records.some((r) => r.message === 'retry wait capped')).toBe(false);
    discord.rateLimit(7 * 24 * 3600);
    await clock.advance(2 * 3_600_000);
    await until(() => status().failures === 2, { what: 'the second rate-limited attempt' });
    expect(status().nextAttemptAt! - clock.now()).toBe(6 * 3_600_000);
    expect(logs.records.some((r) => r.message === 'retry wait capped')).toBe(true);
  });

  it.each(['Clyde', 'My Discord alerts'])(
    'refuses the username %j in its settings, before Discord does',
    async (name) => {
      await notifier.updateSettings(settings(discord.webhookUrl, { username: name }));
      expect(status()).toMatchObject({ state: 'invalid' });
      expect(status().reason).toMatch(/Discord refuses webhook names that contain/);
    },
  );
});
