/**
 * The memory notice across restarts (issue 77): the runtime's memory part over the real notifier
 * and a real history store in a temporary folder, closed and opened again between runs as a
 * restarted runner does. Told while above: a restart still above tells nothing; fallen below 90 %
 * of the bound and risen again: told once more (from the last notice); restarted re-armed: told
 * from the new start. The bound: 80 % of the cgroup-v2 fixture's 125 MiB = 100 MB.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import type { FeatureContext } from '../../../../electron/engine/runtime/feature-types';
import { memoryPart } from '../../../../electron/engine/runtime/memory';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { settingsSchema } from '../../../../shared/settings';
import { FakeClock } from '../../../helpers/fake-clock';
import { notifierRoom } from '../../../helpers/notifier-room';
import { until } from '../../../helpers/until';
import { MB, scripted } from './memory-script';

const room = notifierRoom(() => new FakeClock(Date.UTC(2026, 10, 29, 3, 0)));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-memory-restart-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Sent {
  event: string;
  data: { at: number; rssBytes: number; since: string; sinceAt: number };
}
const sent = () => room.fake.requests.map((r) => JSON.parse(r.body) as Sent).filter((n) => n.event === 'memory-high');

/** One run of the runner: a store opened on the folder, the notifier on it, the part sampling `rssMB` once a minute. */
async function run(rssMB: readonly number[], notices: number): Promise<{ above: boolean; store: HistoryStore }> {
  const store = await openHistoryStore({ dataDir: dir, clock: room.clock, logger: room.logger });
  const notifier = await room.start(
    settingsSchema.parse({ notifications: { channels: [{ id: 'hook', type: 'webhook', url: `${room.fake.url}/h` }] } })
      .notifications,
    { store },
  );
  const settings = settingsSchema.parse({ memory: { sampleSec: 60 } });
  const ctx = { settings, clock: room.clock, logger: room.logger, notifier, store, redactor: createRedactor() };
  const part = memoryPart(ctx as unknown as FeatureContext, scripted(rssMB)); // the memory part reads only these
  await part.start!();
  for (let i = 1; i < rssMB.length; i++) await room.clock.advance(60_000);
  await room.fake.waitFor(() => sent().length >= notices);
  // Delivered and marked so before the stop, or the restarted notifier would send it again (at least once).
  await until(() => store.counts('hook').pending === 0);
  const { above } = await part.handlers.getMemory!(undefined, { actor: 'test' });
  await part.close!();
  await room.stop();
  await store.close();
  return { above, store };
}

it('is not told again after a restart while above its bound, and is after it fell back and rose again', async () => {
  // First run: 120 is told; 130 is the same excursion.
  expect((await run([50, 120, 130], 1)).above).toBe(true);
  expect(sent().map((n) => n.data.rssBytes / MB)).toEqual([120]);
  const first = sent()[0]!;

  // Restarted still above (and wobbling above 90 MB): nothing; 85 re-arms; 110 is told, measured from the first notice.
  expect((await run([125, 95, 130, 85, 110], 2)).above).toBe(true);
  expect(sent().map((n) => n.data.rssBytes / MB)).toEqual([120, 110]);
  // Measured from the first notice's sample, kept across the restart.
  expect(sent()[1]!.data).toMatchObject({ since: 'notice', sinceAt: first.data.at });

  // Restarted above again: still told. Then it falls back below 90 MB and the runner stops re-armed.
  expect((await run([115, 80], 2)).above).toBe(false);
  expect(sent()).toHaveLength(2);

  // Restarted re-armed: the next crossing is told, measured from this start.
  const before = room.clock.now();
  expect((await run([60, 105], 3)).above).toBe(true);
  expect(sent().map((n) => n.data.rssBytes / MB)).toEqual([120, 110, 105]);
  expect(sent()[2]!.data).toMatchObject({ since: 'start' });
  expect(sent()[2]!.data.sinceAt).toBe(before);
});

it('a store that cannot keep the state costs no sample: the watch goes on and says why in the log', async () => {
  const store = await openHistoryStore({ dataDir: dir, clock: room.clock, logger: room.logger });
  const notifier = await room.start(
    settingsSchema.parse({ notifications: { channels: [{ id: 'hook', type: 'webhook', url: `${room.fake.url}/h` }] } })
      .notifications,
    { store },
  );
  const broken = {
    ...store,
    saveMemoryWatch: () => {
      throw new Error('disk full');
    },
  };
  const ctx = {
    settings: settingsSchema.parse({ memory: { sampleSec: 60 } }),
    clock: room.clock,
    logger: room.logger,
    notifier,
    store: broken,
  };
  const part = memoryPart(ctx as unknown as FeatureContext, scripted([50, 120]));
  await part.start!();
  await room.clock.advance(60_000);
  await room.fake.waitFor(() => sent().length >= 1);
  expect((await part.handlers.getMemory!(undefined, { actor: 'test' })).above).toBe(true);
  expect(room.records.map((r) => r.message)).toContain('cannot keep the memory watch state');
  await part.close!();
  await room.stop();
  await store.close();
});
