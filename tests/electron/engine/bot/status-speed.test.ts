/**
 * /status carries the speed test's last result, as the tray does: a test run against the
 * stand-in of speed.cloudflare.com (tests/fakes/cloudflare-speed.ts) through the real runtime,
 * then /status through the Discord stand-in and a real discord.js Client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SpeedStandIn, startSpeedStandIn } from '../../../fakes/cloudflare-speed';
import { alice, answered, type BotHarness, callback, connected, startBot } from './helpers';

let server: SpeedStandIn;
let h: BotHarness;

beforeAll(async () => {
  server = await startSpeedStandIn({ downBytesPerSec: 20e6, upBytesPerSec: 20e6 });
  h = await startBot({
    more: { speedTest: { enabled: true, server: server.url, maxMegabytes: 3, skipMetered: false } },
  });
  await connected(h);
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

async function speedField(): Promise<string | undefined> {
  const log = h.discord.command('status', {}, alice);
  await answered(log);
  const [embed] = callback(log).data!.embeds as { fields: { name: string; value: string }[] }[];
  return embed!.fields.find((f) => f.name === 'Speed test')?.value;
}

describe('/status: the speed test', () => {
  it('says it has not run yet, then the figures of the last test and when', async () => {
    expect(await speedField()).toBe('Speed test: not run yet');
    const answer = await h.runtime.features.handlers.runSpeedTest!(undefined, { actor: 'test' } as never);
    if (!answer.ran) throw new Error(answer.why);
    const value = await speedField();
    // A short test may move too little upward to measure it: the line says so rather than a figure.
    expect(value).toMatch(
      /^Speed: [\d.]+ Mbps down, ([\d.]+ up|upload not measured)(, \d+ ms)? · <t:\d+:f> \(<t:\d+:R>\)/,
    );
    expect(value).toContain(`<t:${Math.floor(answer.test.at / 1000)}:f>`);
  });
});
