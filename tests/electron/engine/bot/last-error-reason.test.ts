/**
 * The bot's last error carries its code beside its English (status.bot.lastError.reason), so the
 * Discord page and Settings say it in their language; the English `message` is as before. A
 * library's own message has none (shared/words/error.ts words it).
 */
import { afterEach, expect, it } from 'vitest';

import { translator } from '../../../../shared/i18n/translators';
import { sayReason } from '../../../../shared/words/reason';
import type { DiscordFake } from '../../../fakes/discord';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { type BotHarness, startBot } from './helpers';

const GATEWAY = /^GET \/gateway\/bot$/;
let h: BotHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function lastErrorWhen(rule: (d: DiscordFake) => void) {
  h = await startBot({ clock: new FakeClock(Date.now()), settings: (d) => (rule(d), {}) });
  const bot = h;
  await until(() => bot.runtime.status().bot.lastError !== null, { what: 'a last error', timeoutMs: 10_000 });
  return bot.runtime.status().bot.lastError!;
}

it('a refused token: its code, said in German', async () => {
  const e = await lastErrorWhen((d) => d.failNext(GATEWAY, 1, 401));
  expect(e.reason).toEqual({ code: 'reason.bot.tokenRejected', values: {} });
  expect(e.message).toBe(
    'Discord rejected the bot token; set a new one (the bot retries only after the token changes)',
  );
  expect(sayReason(e.reason, e.message, translator('de'))).toMatch(/^Discord hat das Bot-Token abgelehnt/);
});

it('a wait Discord asks for: its code and seconds, said in Indonesian', async () => {
  const e = await lastErrorWhen((d) => d.rateLimit(GATEWAY, 1, 60));
  expect(e.reason).toEqual({ code: 'reason.bot.waitToLogin', values: { seconds: 60 } });
  expect(sayReason(e.reason, e.message, translator('id'))).toBe(
    'tidak dapat terhubung: Discord meminta menunggu 60 dtk sebelum login berikutnya',
  );
});

it('a failure in the library’s own words has no code', async () => {
  const e = await lastErrorWhen((d) => d.failNext(GATEWAY, 1, 502));
  expect(e.message).toMatch(/^cannot connect: /);
  expect(e.reason).toBeUndefined();
});
