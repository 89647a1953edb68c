/**
 * The runtime's speed test part over the real history store (in memory) and a local stand-in of
 * speed.cloudflare.com: runSpeedTest and getSpeedTests answer as the contract says, the status
 * carries the last test, and the settings switch it off.
 */
import { afterEach, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import type { FeatureContext } from '../../../../electron/engine/runtime/feature-types';
import { speedPart } from '../../../../electron/engine/runtime/speed';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import { openHistoryStore } from '../../../../electron/engine/store';
import { api } from '../../../../shared/contract';
import { speedStatusSchema } from '../../../../shared/contract/speed';
import { settingsSchema } from '../../../../shared/settings';
import { type SpeedStandIn, startSpeedStandIn } from '../../../fakes/cloudflare-speed';
import { FakeClock } from '../../../helpers/fake-clock';

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.reverse()) await c();
  closers = [];
});

async function part(server: SpeedStandIn, enabled = true) {
  const clock = new FakeClock();
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  const store = await openHistoryStore({ dataDir: ':memory:', clock, logger });
  const settings = settingsSchema.parse({
    speedTest: { enabled, server: server.url, maxMegabytes: 3, skipMetered: false },
  });
  const ctx: FeatureContext = {
    settings,
    store,
    net: undefined as never, // not used by this part: it has its own transfers
    clock,
    logger,
    secrets: { env: {}, readFile: () => '' },
    redactor: createRedactor(),
    engine: undefined as never, // not used by this part
    notifier: undefined as never, // not used by this part
    version: '1.0.0-test',
  };
  const p = speedPart(ctx);
  await p.start?.();
  closers.push(
    () => store.close(),
    () => p.close?.() ?? Promise.resolve(),
  );
  return { p, settings, store };
}

it('runs a test when asked, keeps it, answers it in the status and the list, as the contract types them', async () => {
  const server = await startSpeedStandIn({ downBytesPerSec: 20e6, upBytesPerSec: 20e6 });
  closers.push(() => server.close());
  const { p } = await part(server);
  const call = { actor: 'test' } as never;
  const answer = await p.handlers.runSpeedTest!(undefined, call);
  expect(api.runSpeedTest.output.parse(answer)).toEqual(answer);
  if (!answer.ran) throw new Error(answer.why);
  expect(answer.test.error).toBeNull();
  expect(answer.test.trigger).toBe('manual');
  expect(answer.test.downloadMbps).toBeGreaterThan(0);
  const status = speedStatusSchema.parse(p.status!().speedTest);
  expect(status.last).toEqual(answer.test);
  const list = await p.handlers.getSpeedTests!(api.getSpeedTests.input.parse({ limit: '10' }), call);
  expect(list.items).toEqual([answer.test]);
});

it('answers why no test ran once the settings switch it off, and sends nothing', async () => {
  const server = await startSpeedStandIn({ downBytesPerSec: 20e6, upBytesPerSec: 20e6 });
  closers.push(() => server.close());
  const { p, settings } = await part(server);
  await p.update?.({ ...settings, speedTest: { ...settings.speedTest, enabled: false } });
  const answer = await p.handlers.runSpeedTest!(undefined, { actor: 'test' } as never);
  expect(answer).toEqual({
    ran: false,
    why: expect.stringContaining('Speed tests are off'),
    reason: { code: 'reason.speed.off', values: {} },
  });
  expect(server.requests).toHaveLength(0);
  expect(p.status!().speedTest?.enabled).toBe(false);
});
