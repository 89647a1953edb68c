/**
 * A runner made to grow past its bound sends one memory notice with the figures (issue 77): the
 * built runner, its bound set below its own RSS (1 MB), samples every second; the webhook stand-in
 * gets exactly one `memory-high` notice however many samples stay above the bound, the API's
 * getMemory serves the series and the bound, and Activity lists the notice as sent.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

import { type NotifyFake, startNotifyFake } from '../../fakes/notify-http';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { startWorld, type World } from '../../helpers/world';

const MB = 1024 * 1024;

let world: World;
let hook: NotifyFake;
let runner: ApiRunner | null = null;

beforeEach(async () => {
  world = await startWorld();
  hook = await startNotifyFake();
});
afterEach(async () => {
  await runner?.stop();
  runner = null;
  await Promise.all([world.close(), hook.close()]);
});

interface MemoryAnswer {
  bound: { bytes: number; source: string; fromBytes: number | null } | null;
  boundSays: string | null;
  above: boolean;
  sampleSec: number;
  samplesTaken: number;
  points: { at: number; rssBytes: number; heapUsedBytes: number; nativeBytes: number; wasmBytes: number }[];
}

const memoryNotices = () =>
  hook.requests
    .map((r) => JSON.parse(r.body) as { event: string; text: string; data: Record<string, unknown> })
    .filter((p) => p.event === 'memory-high');

it('a runner made to grow past its bound sends one memory notice with the figures', async () => {
  runner = await startApiRunner({
    world,
    settings: {
      monitor: { ipv6: false },
      memory: { alertAboveMB: 1, sampleSec: 1 },
      notifications: { channels: [{ id: 'hook', type: 'webhook', url: `${hook.url}/ipwatch` }] },
    },
  });
  const memory = async (): Promise<MemoryAnswer> => {
    const res = await runner!.fetch('/api/v1/memory');
    expect(res.status).toBe(200);
    return (await res.json()) as MemoryAnswer;
  };

  await hook.waitFor(() => memoryNotices().length > 0, 20_000);
  // Samples go on above the bound: wait for three more, each compared with it, then count the notices.
  const taken = (await memory()).samplesTaken;
  const after = await vi.waitFor(
    async () => {
      const now = await memory();
      expect(now.samplesTaken).toBeGreaterThanOrEqual(taken + 3);
      return now;
    },
    { timeout: 20_000, interval: 200 },
  );
  const notices = memoryNotices();
  expect(notices).toHaveLength(1);

  const { data, text } = notices[0]!;
  expect(data.kind).toBe('memory-high');
  expect(data.boundBytes).toBe(MB);
  expect(data.boundSource).toBe('setting');
  expect(data.rssBytes as number).toBeGreaterThan(MB);
  expect(data.heapUsedBytes as number).toBeGreaterThan(0);
  expect(data.nativeBytes as number).toBeGreaterThan(0);
  expect(data.since).toBe('start');
  // The figures in words: RSS, the bound and where it came from.
  expect(text).toMatch(/Resident memory \(RSS\) is \d+\.\d MB, past the bound of 1\.0 MB\./);
  expect(text).toContain('Bound: 1.0 MB, as set in the settings');

  // The API serves the series and the bound, and says RSS is above it.
  expect(after.bound).toEqual({ bytes: MB, source: 'setting', fromBytes: null });
  expect(after.boundSays).toBe('1.0 MB, as set in the settings');
  expect(after.above).toBe(true);
  expect(after.sampleSec).toBe(1);
  expect(after.points.length).toBeGreaterThanOrEqual(1);
  expect(after.points.at(-1)!.rssBytes).toBeGreaterThan(MB);

  // Activity lists the notice as sent to the hook.
  const recent = (await (await runner.fetch('/api/v1/recent-events?limit=50')).json()) as {
    items: { type: string; kind?: string; channel?: string; status?: string }[];
  };
  expect(recent.items.filter((e) => e.type === 'notice' && e.kind === 'memory-high')).toEqual([
    expect.objectContaining({ channel: 'hook', status: 'sent' }),
  ]);
}, 60_000);
