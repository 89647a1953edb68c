/**
 * The bot's memory of its posts is bounded (issue 49): past MAX_REMEMBERED_NOTICES notices
 * delivered, or posts left without an answer, it forgets the oldest.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { createBot } from '../../../../electron/engine/bot';
import { MAX_REMEMBERED_NOTICES } from '../../../../electron/engine/bot/client';
import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import type { Delivery, SendResult } from '../../../../electron/engine/notify/types';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import { processSecrets } from '../../../../electron/engine/secrets/resolve';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { type BotHarness, connected, startBot } from './helpers';

let h: BotHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const delivery = (key: string): Delivery => {
  const at = Date.now() + 1000; // fresh: no look-up in the channel first
  return {
    notice: {
      kind: 'ipv4-changed',
      key,
      at,
      family: 4,
      from: '81.2.69.142',
      to: '81.2.69.201',
      fromSince: at - 60_000,
      sources: ['a', 'b'],
    },
    message: { title: '', summary: '', fields: [], text: '', tone: 'info', time: '' },
    mask: 'none',
    idempotencyKey: key,
    signal: new AbortController().signal,
  };
};

/** Delivers, waiting out the REST client's own global limit (50 requests a second) as Discord asks. */
async function deliver(bot: ReturnType<typeof createBot>['bot'], d: Delivery): Promise<SendResult> {
  for (;;) {
    const r = await bot.deliver(d);
    if (r.ok || r.kind !== 'transient' || !r.throttled) return r;
    await new Promise((resolve) => setTimeout(resolve, r.retryAfterMs ?? 100));
  }
}

describe('the Discord bot remembers', () => {
  it(`at most ${MAX_REMEMBERED_NOTICES} notices posted and ${MAX_REMEMBERED_NOTICES} posts without an answer`, async () => {
    h = await startBot();
    await connected(h);
    const logger = createLogger('test', { level: 'error', sink: () => undefined });
    const { bot } = createBot({
      settings: settingsFrom(h.raw as never),
      services: h.runtime.services,
      clock: systemClock,
      logger,
      secrets: processSecrets,
      redactor: createRedactor(),
    });
    await bot.start();
    await until(() => bot.status().state === 'connected');
    const n = MAX_REMEMBERED_NOTICES + 25;
    for (let i = 0; i < n; i++) expect(await deliver(bot, delivery(`ok-${i}`))).toEqual({ ok: true });
    expect(bot.main.remembered).toEqual({ notices: MAX_REMEMBERED_NOTICES, unanswered: 0 });
    // A server error is no proof that nothing was posted: each such post stays "unanswered".
    h.discord.failNext(/^POST \/channels\/\d+\/messages$/, 100 * n, 500);
    for (let i = 0; i < n; i++) expect((await deliver(bot, delivery(`lost-${i}`))).ok).toBe(false);
    expect(bot.main.remembered).toEqual({ notices: MAX_REMEMBERED_NOTICES, unanswered: MAX_REMEMBERED_NOTICES });
    await bot.stop();
  }, 120_000);
});
