/**
 * With no source set up a check sends no request: the bot's /ip and /status call it "not
 * monitored: no source", as the dashboard and Activity do, never the monitor's "unavailable".
 * Through the Discord stand-in and a real discord.js Client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { english } from '../../../../shared/i18n/translators';
import { noSourceWords } from '../../../../shared/uptime';
import { until } from '../../../helpers/until';
import { alice, answered, type BotHarness, callback, connected, startBot } from './helpers';

let h: BotHarness;

beforeAll(async () => {
  h = await startBot({ more: { sources: { builtIn: false, custom: [] } } });
  await connected(h);
  await until(() => h.runtime.status().families.v4.lastCheck !== null, { what: 'the first check' });
});
afterAll(async () => {
  await h?.close();
});

type Field = { name: string; value: string };
async function fields(command: string): Promise<Field[]> {
  const log = h.discord.command(command, {}, alice);
  await answered(log);
  const [embed] = callback(log).data!.embeds as { fields: Field[] }[];
  return embed!.fields;
}

describe('the bot with no source set up', () => {
  it('/ip says each family is not monitored, not unavailable', async () => {
    const got = await fields('ip');
    const v4 = got.find((f) => f.name.includes('IPv4'))!;
    expect(v4.value).toBe(`none (${noSourceWords(english)})`);
    expect(got.map((f) => f.value).join('\n')).not.toMatch(/unavailable/);
  });

  it('/status gives the last check in the same words', async () => {
    const last = (await fields('status')).find((f) => f.name === 'Last check')!;
    expect(last.value).toMatch(new RegExp(` · ${noSourceWords(english)}$`));
  });
});
