/**
 * The runtime's memory part (runtime/memory.ts) over the real notifier (a local webhook-like
 * stand-in, the history's outbox in memory) on a fake clock: the default bound from cgroup fixture
 * files (tests/fixtures/memory), one notice per excursion above it with the figures in the
 * channel's language, and getMemory as the contract types it.
 */
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { FeatureContext } from '../../../../electron/engine/runtime/feature-types';
import { memoryPart } from '../../../../electron/engine/runtime/memory';
import { readMemoryLimits } from '../../../../electron/engine/runtime/memory-read';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import { api } from '../../../../shared/contract';
import { memoryBound } from '../../../../shared/memory-bound';
import { settingsSchema } from '../../../../shared/settings';
import { FakeClock } from '../../../helpers/fake-clock';
import { notifierRoom } from '../../../helpers/notifier-room';
import { FIXTURES, GB, MB, scripted } from './memory-script';

describe('the default bound from the cgroup files', () => {
  it.each([
    ['cgroup-v2', { bytes: Math.floor(0.8 * 131072000), source: 'cgroup-v2', fromBytes: 131072000 }],
    ['cgroup-v2-unlimited', { bytes: 2 * GB, source: 'machine', fromBytes: 8 * GB }],
    ['cgroup-v1', { bytes: Math.floor(0.8 * 256 * MB), source: 'cgroup-v1', fromBytes: 256 * MB }],
    ['cgroup-v1-unlimited', { bytes: 2 * GB, source: 'machine', fromBytes: 8 * GB }],
    ['no-cgroup-here', { bytes: 2 * GB, source: 'machine', fromBytes: 8 * GB }],
  ])('%s', async (dir, expected) => {
    const limits = await readMemoryLimits(path.join(FIXTURES, dir), 8 * GB);
    expect(memoryBound(0, limits)).toEqual(expected);
  });
});

const room = notifierRoom(() => new FakeClock(Date.UTC(2026, 10, 29, 3, 0)));

it('sends one notice per excursion above the bound, with the figures, in each channel’s language', async () => {
  const url = room.fake.url;
  await room.start(
    settingsSchema.parse({
      notifications: {
        channels: [
          { id: 'en', type: 'webhook', url: `${url}/en` },
          { id: 'de', type: 'webhook', url: `${url}/de`, language: 'de' },
        ],
      },
    }).notifications,
  );
  const settings = settingsSchema.parse({ memory: { sampleSec: 60 } });
  const ctx = {
    settings,
    clock: room.clock,
    logger: room.logger,
    notifier: room.notifier,
    store: room.store,
    redactor: createRedactor(),
  } as unknown as FeatureContext; // the memory part reads only these
  // The bound: 80 % of 125 MiB = 100 MB. Two excursions: 120-130-95 (95 is not below 90), then 85 re-arms, 110.
  const part = memoryPart(ctx, scripted([50, 120, 130, 95, 85, 110, 112, 50]));
  await part.start!();
  for (let i = 0; i < 7; i++) await room.clock.advance(60_000);
  await room.fake.waitFor((r) => r.length >= 4);

  const sent = (p: string) =>
    room.fake.requests
      .filter((r) => r.path === p)
      .map((r) => JSON.parse(r.body) as { event: string; text: string; data: Record<string, unknown> });
  expect(sent('/en').map((n) => n.event)).toEqual(['memory-high', 'memory-high']);
  const [first, second] = sent('/en');
  expect(first!.data).toMatchObject({
    rssBytes: 120 * MB,
    boundBytes: 104857600,
    boundSource: 'cgroup-v2',
    grew: 'native',
    grewBytes: 70 * MB,
    since: 'start',
  });
  expect(first!.text).toContain('Resident memory (RSS) is 120.0 MB, past the bound of 100.0 MB.');
  expect(first!.text).toContain("Bound: 100.0 MB: 80 % of the container's limit of 125.0 MB (cgroup v2 memory.max)");
  expect(first!.text).toContain('Native memory grew most: by 70.0 MB since IPWatch started.');
  // The second measures from the first notice.
  expect(second!.data).toMatchObject({ rssBytes: 110 * MB, since: 'notice', grew: null });
  expect(second!.text).toContain('No part grew since the last memory notice.');
  expect(sent('/de')[0]!.text).toContain(
    'Der belegte Arbeitsspeicher (RSS) ist 120,0 MB, über der Grenze von 100,0 MB.',
  );

  const memory = await part.handlers.getMemory!(undefined, { actor: 'test' });
  expect(api.getMemory.output.parse(memory)).toEqual(memory);
  expect(memory).toMatchObject({ above: false, sampleSec: 60, samplesTaken: 8, bound: { source: 'cgroup-v2' } });
  expect(memory.boundSays).toBe("100.0 MB: 80 % of the container's limit of 125.0 MB (cgroup v2 memory.max)");
  expect(memory.points.map((p) => p.rssBytes / MB)).toEqual([50, 120, 130, 95, 85, 110, 112, 50]);
  await part.close!();
});

describe("the app's other processes", () => {
  const tab = { type: 'Tab', count: 2, bytes: 150 * MB };
  const gpu = { type: 'GPU', count: 1, bytes: 60 * MB };
  const app = { totalBytes: 210 * MB, byType: [tab, gpu] };

  const ctxWith = (appProcesses?: FeatureContext['appProcesses']) =>
    ({
      settings: settingsSchema.parse({ memory: { sampleSec: 60 } }),
      clock: room.clock,
      logger: room.logger,
      notifier: room.notifier,
      store: room.store,
      redactor: createRedactor(),
      ...(appProcesses ? { appProcesses } : {}),
    }) as unknown as FeatureContext; // the memory part reads only these

  it('where the shell tells them: in each sample, and in the notice by type, in the channel’s language', async () => {
    const url = room.fake.url;
    await room.start(
      settingsSchema.parse({
        notifications: {
          channels: [
            { id: 'en', type: 'webhook', url: `${url}/en` },
            { id: 'id', type: 'webhook', url: `${url}/id`, language: 'id' },
          ],
        },
      }).notifications,
    );
    let reads = 0;
    const part = memoryPart(
      ctxWith(() => {
        reads += 1;
        // One read fails (Electron at quit): that sample has no figures, the watch goes on.
        if (reads === 2) throw new Error('app is quitting');
        return app;
      }),
      scripted([50, 60, 120]),
    );
    await part.start!();
    for (let i = 0; i < 2; i++) await room.clock.advance(60_000);
    await room.fake.waitFor((r) => r.length >= 2);
    // Read on the watch's own interval: once a sample.
    expect(reads).toBe(3);
    const memory = await part.handlers.getMemory!(undefined, { actor: 'test' });
    expect(api.getMemory.output.parse(memory)).toEqual(memory);
    expect(memory.points.map((p) => p.app?.totalBytes ?? null)).toEqual([210 * MB, null, 210 * MB]);

    const sent = (p: string) =>
      room.fake.requests
        .filter((r) => r.path === p)
        .map((r) => JSON.parse(r.body) as { text: string; data: Record<string, unknown> });
    const [en] = sent('/en');
    expect(en!.data).toMatchObject({ rssBytes: 120 * MB, app });
    expect(en!.text).toContain(
      "The app's other processes: 210.0 MB: pages 150.0 MB (2 processes) and the GPU process 60.0 MB",
    );
    expect(sent('/id')[0]!.text).toContain(
      'Proses lain aplikasi: 210,0 MB: halaman 150,0 MB (2 proses) dan proses GPU 60,0 MB',
    );
    await part.close!();
  });

  it('headless (no reader): nothing is said of them', async () => {
    const url = room.fake.url;
    await room.start(
      settingsSchema.parse({ notifications: { channels: [{ id: 'en', type: 'webhook', url: `${url}/en` }] } })
        .notifications,
    );
    const part = memoryPart(ctxWith(), scripted([50, 120]));
    await part.start!();
    await room.clock.advance(60_000);
    await room.fake.waitFor((r) => r.length >= 1);
    const [notice] = room.fake.requests.map((r) => JSON.parse(r.body) as { text: string; data: object });
    expect(notice!.data).not.toHaveProperty('app');
    expect(notice!.text).not.toContain('other processes');
    const memory = await part.handlers.getMemory!(undefined, { actor: 'test' });
    expect(memory.points.every((p) => !('app' in p))).toBe(true);
    await part.close!();
  });
});
