/**
 * The bot's login keeps the etiquette (issue 59): its retries wait as net/etiquette.ts's
 * retryWait says on the bot's schedule (BOT_RETRY: from 5 s, doubling, capped, with jitter), a
 * 429 from Discord on the login's GET /gateway/bot is honoured up to 6 h (before, discord.js slept
 * through any Retry-After itself, the status saying "connecting" for as long as Discord asked),
 * and a refused token (401) stops with its notice in words, never tried again. Real discord.js
 * against the Discord stand-in; the bot's waits on a fake clock.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { BOT_RETRY } from '../../../../electron/engine/bot/client';
import { ETIQUETTE, retryWait } from '../../../../electron/engine/net/etiquette';
import type { DiscordFake } from '../../../fakes/discord';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { type BotHarness, connected, startBot } from './helpers';

const GATEWAY = /^GET \/gateway\/bot$/;
let h: BotHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const gatewayAsks = (x: BotHarness) => x.discord.requests.filter((r) => r.path === '/gateway/bot').length;

/** The bot's state once its login failed, and how long until its next try. */
async function failedWait(x: BotHarness, clock: FakeClock, asks: number): Promise<number> {
  await until(() => gatewayAsks(x) >= asks && x.runtime.status().bot.state === 'failed', {
    what: `login attempt ${asks} failed`,
    timeoutMs: 10_000,
  });
  return x.runtime.status().bot.nextAttemptAt! - clock.now();
}

/** A bot on a fake clock against the Discord stand-in, its GET /gateway/bot answered by `rule`. */
async function botWhoseLogin(rule: (d: DiscordFake) => void) {
  const clock = new FakeClock(Date.now());
  h = await startBot({ clock, settings: (d) => (rule(d), {}) });
  return { h, clock };
}

const SEVEN_HOURS_S = 7 * 60 * 60;

describe('the bot login on the etiquette', () => {
  // [what, the stand-in's answers, logins failed, the wait after the n-th failure (least, most), the words]
  it.each<[string, (d: DiscordFake) => void, number, (n: number) => [number, number], RegExp]>([
    [
      'waits out a 429 on the login, its Retry-After capped at 6 h',
      (d) => d.rateLimit(GATEWAY, 1, SEVEN_HOURS_S),
      1,
      () => [ETIQUETTE.maxRetryAfterMs, ETIQUETTE.maxRetryAfterMs],
      /Discord asked to wait 25200 s before the next login/,
    ],
    [
      // The band retryWait allows for the n-th failure: the base, up to 20 % more.
      'backs off with jitter inside the schedule while Discord fails',
      (d) => d.failNext(GATEWAY, 3, 502),
      3,
      (n) => [retryWait(n, 0, undefined, BOT_RETRY), retryWait(n, 1, undefined, BOT_RETRY)],
      /^cannot connect: /,
    ],
  ])('%s, then logs in', async (_what, rule, failures, band, words) => {
    const { h, clock } = await botWhoseLogin(rule);
    for (let n = 1; n <= failures; n++) {
      const wait = await failedWait(h, clock, n);
      const [least, most] = band(n);
      expect(wait).toBeGreaterThanOrEqual(least);
      expect(wait).toBeLessThanOrEqual(most);
      expect(h.runtime.status().bot.lastError?.message).toMatch(words);
      // Not a moment before the wait is over.
      await clock.advance(wait - 1);
      expect(gatewayAsks(h)).toBe(n);
      await clock.advance(1);
    }
    await connected(h);
    expect(gatewayAsks(h)).toBe(failures + 1);
  });

  it('stops at a refused token (401) with its notice in words, and never tries again', async () => {
    const { h, clock } = await botWhoseLogin((d) => d.failNext(GATEWAY, 1, 401));
    await until(() => h.runtime.status().bot.state === 'token rejected', { what: 'token rejected' });
    const s = h.runtime.status().bot;
    expect(s.nextAttemptAt).toBeNull();
    expect(s.lastError?.message).toMatch(/Discord rejected the bot token; set a new one/);
    await clock.advance(ETIQUETTE.maxRetryAfterMs);
    expect(gatewayAsks(h)).toBe(1);
  });
});
