/**
 * /status carries the runner's memory line (issue 77), the same words and figures as the
 * dashboard's memory chart (shared/words/memory.ts memoryStatusText over getMemory's answer): the
 * real runtime, its memory part sampling the process, /status through the Discord stand-in. The
 * bound is set below any runner's RSS (1 MB), so the line says the notice was sent.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';

import { formatDuration } from '../../../../electron/engine/bot/format';
import { english } from '../../../../shared/i18n/translators';
import { memoryStatusText } from '../../../../shared/words/memory';
import { until } from '../../../helpers/until';
import { alice, answered, type BotHarness, callback, connected, startBot } from './helpers';

let h: BotHarness;

beforeAll(async () => {
  h = await startBot({ more: { memory: { alertAboveMB: 1, sampleSec: 3600 } } });
  await connected(h);
});
afterAll(async () => {
  await h?.close();
});

it('says the runner’s memory as the dashboard does, and that it is above its bound', async () => {
  const getMemory = () => h.runtime.features.handlers.getMemory!(undefined, { actor: 'test' } as never);
  await until(async () => (await getMemory()).samplesTaken > 0);
  const log = h.discord.command('status', {}, alice);
  await answered(log);
  const [embed] = callback(log).data!.embeds as { fields: { name: string; value: string }[] }[];
  const value = embed!.fields.find((f) => f.name === 'Memory')?.value;
  // One sample an hour: the answer the line was made from is the one read now.
  expect(value).toBe(memoryStatusText(await getMemory(), english, (ms) => formatDuration(ms, 2, english)));
  expect(value).toMatch(
    /^RSS over the .+ sampled: now \d+\.\d MB, highest \d+\.\d MB\. Bound: 1\.0 MB, as set in the settings\. RSS is above its bound: a memory notice was sent\.$/,
  );
});
