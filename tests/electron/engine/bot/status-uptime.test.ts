/**
 * /status says how long the runner has run with the one uptime figure the API, the CLI and the
 * page show (AppStatus.process.uptimeSec, runtime/index.ts, on the monotonic clock), so a wall
 * clock set back a day or forward a year (NTP, an admin) neither shortens nor stretches it. The
 * real runtime on a fake clock (step() moves the wall clock only), the real discord.js Client
 * against the Discord stand-in.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { english } from '../../../../shared/i18n/translators';
import { formatDuration } from '../../../../shared/words/duration';
import { FakeClock } from '../../../helpers/fake-clock';
import { alice, answered, type BotHarness, callback, connected, startBot } from './helpers';

const DAY = 86_400_000;
let h: BotHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

async function monitorLine(bot: BotHarness): Promise<string> {
  const log = bot.discord.command('status', {}, alice);
  await answered(log);
  const fields = (callback(log).data!.embeds as { fields: { name: string; value: string }[] }[])[0]!.fields;
  return fields.find((f) => f.name === english.t('bot.field.monitor'))!.value;
}

describe.each([
  ['set back a day', -DAY],
  ['set forward a year', 365 * DAY],
])('/status with the wall clock %s', (_, step) => {
  it('says the uptime the status has, the real time since the process started', async () => {
    const clock = new FakeClock(Date.now());
    h = await startBot({ clock });
    await connected(h);
    const before = h.runtime.status().process.uptimeSec;
    await clock.advance(120_000);
    clock.step(step);
    const uptime = h.runtime.status().process.uptimeSec;
    expect(uptime).toBe(before + 120);
    expect(await monitorLine(h)).toContain(`running for ${formatDuration(uptime * 1000, 2, english)}`);
  }, 60_000);
});
