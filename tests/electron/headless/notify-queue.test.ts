/**
 * `notify list` and `notify resend` through the real runner: a notice a service refused is
 * listed and can be queued again; only expired or rejected ones can; and resending, a write,
 * is refused while another process holds the data folder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { systemClock } from '../../../electron/engine/clock';
import { createLogger } from '../../../electron/engine/logger';
import { journalHeld } from '../../../electron/engine/notify/hold-journal';
import { journalSites } from '../../../electron/engine/notify/site-hold';
import { openHistoryStore } from '../../../electron/engine/store';
import { acquireDataLock } from '../../../electron/engine/store/data-lock';
import { api } from '../../../shared/contract';
import type { ChangeEvent } from '../../../shared/types';
import { runHeadless } from '../../helpers/headless';

let dir: string;
const logger = createLogger('test', { level: 'error', sink: () => undefined });

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-notify-queue-'));
  const store = await openHistoryStore({ dataDir: dir, clock: systemClock, logger });
  const at = Date.parse('2026-11-20T10:00:00Z');
  const payload = (key: string) => JSON.stringify({ kind: 'ipv4-changed', key, at });
  const refused = store.enqueue({ channel: 'discord', key: 'a', payload: payload('a'), createdAt: at });
  store.markRejected(refused.id, at + 1000, 'HTTP 400: {"message":"Invalid Form Body"}');
  store.enqueue({ channel: 'discord', key: 'b', payload: payload('b'), createdAt: at + 5000 });
  await store.close();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** `notify list --json`: the channels' items, and the held notices as the API's GET /outbox/held answers them. */
const listAll = async (...args: string[]) => {
  const r = await runHeadless(['--data-dir', dir, 'notify', 'list', '--json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as {
    items: { id: number; status: string; kind: string; lastError: string | null }[];
    held: unknown;
  };
  return { items: out.items, held: api.getHeldNotices.output.parse(out.held) };
};
const list = async (...args: string[]) => (await listAll(...args)).items;

it('lists a rejected notice with its reason, and resends it behind what waits', async () => {
  const rejected = await list('--status', 'rejected');
  expect(rejected).toEqual([
    expect.objectContaining({
      id: 1,
      kind: 'ipv4-changed',
      status: 'rejected',
      lastError: expect.stringContaining('400'),
    }),
  ]);

  const readable = await runHeadless(['--data-dir', dir, 'notify', 'list']);
  expect(readable.stdout).toMatch(/1\s+discord\s+ipv4-changed\s+rejected/);

  const r = await runHeadless(['--data-dir', dir, 'notify', 'resend', '1']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('notification 1 queued again for "discord" as #3');
  const pending = await list('--status', 'pending');
  // Oldest first in the queue: the one already waiting (2), then the resent one (3).
  expect(pending.map((i) => i.id).sort()).toEqual([2, 3]);
  expect(await list('--status', 'rejected')).toEqual([]);
  const audit = await runHeadless(['--data-dir', dir, 'audit']);
  expect(audit.stdout).toMatch(/cli\s+notify\.resend\s+queued \(discord #1\)/);
});

it('refuses to resend a pending notice, an unknown id, or a bad number', async () => {
  const pending = await runHeadless(['--data-dir', dir, 'notify', 'resend', '2']);
  expect(pending.code).toBe(1);
  expect(pending.stderr).toContain('notification 2 is pending: only expired or rejected ones can be resent');
  const unknown = await runHeadless(['--data-dir', dir, 'notify', 'resend', '99']);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain('outbox item 99 does not exist');
  const bad = await runHeadless(['--data-dir', dir, 'notify', 'resend', 'x']);
  expect(bad.code).toBe(2);
});

it('refuses to resend while another process holds the data folder; listing still works', async () => {
  const lock = await acquireDataLock(dir, { logger, role: 'monitor' });
  try {
    const r = await runHeadless(['--data-dir', dir, 'notify', 'resend', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`pid ${process.pid}`);
    expect((await list('--status', 'rejected')).map((i) => i.id)).toEqual([1]);
  } finally {
    await lock.release();
  }
});

it("does not show the alert policy's held notices as channel sends", async () => {
  const at = Date.parse('2026-11-20T10:05:00Z');
  const notifications = { flapWindowSec: 120, offlineAfterSec: 90 };
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ notifications }));
  const store = await openHistoryStore({ dataDir: dir, clock: systemClock, logger });
  const change: ChangeEvent = {
    type: 'change',
    at,
    family: 4,
    from: '203.0.113.1',
    to: '203.0.113.2',
    fromSince: null,
    trigger: 'interval',
    sources: ['a', 'b'],
  };
  expect(journalHeld(store, [], [change], at)).toBe(true);
  const office = {
    kind: 'site-offline' as const,
    key: 'site-offline:office@1',
    at,
    site: 'office',
    changes: [],
    offlineSince: at,
    reason: 'connection lost',
    offlineMs: null,
    whileAway: false,
  };
  expect(journalSites(store, {}, { office }, at)).toBe(true);
  await store.close();

  const { items, held: heldJson } = await listAll();
  expect(items.map((i) => i.id)).toEqual([2, 1]);
  // The same held notices in JSON, the soonest due first, each with its words and why.
  expect(heldJson).toEqual([
    {
      kind: 'site-offline',
      family: null,
      site: 'office',
      heldAt: at,
      dueAt: at + 90_000,
      words: 'office offline, sent at 2026-11-20 10:06:30 UTC unless it returns',
      why: 'a site back before then was a blip, not told: "Report offline after" is 1 min 30 s',
      reason: { code: 'reason.held.siteOffline', values: { durationMs: 90_000 } },
    },
    expect.objectContaining({
      kind: 'address-change',
      family: 4,
      site: null,
      dueAt: at + 120_000,
      words: 'IPv4 address change, sent at 2026-11-20 10:07:00 UTC unless it changes back',
    }),
  ]);
  expect(JSON.stringify(heldJson)).not.toContain('203.0.113');
  // The filters are the items'; the held notices stay.
  expect((await listAll('--channel', 'discord')).held).toHaveLength(2);
  const readable = await runHeadless(['--data-dir', dir, 'notify', 'list']);
  expect(readable.code, readable.stderr).toBe(0);
  expect(readable.stdout).not.toContain('~policy');
  // Held notices have their own section, in words, due by the default hold times (flap 120 s, offline 90 s).
  const held = readable.stdout.slice(readable.stdout.indexOf('Held by the alert policy'));
  expect(held).toContain('  office offline, sent at 2026-11-20 10:06:30 UTC unless it returns\n    a site back');
  expect(held).toContain('IPv4 address change, sent at 2026-11-20 10:07:00 UTC unless it changes back');
  expect(held.indexOf('office offline')).toBeLessThan(held.indexOf('IPv4 address change'));
  const filtered = await runHeadless(['--data-dir', dir, 'notify', 'list', '--channel', 'discord']);
  expect(filtered.stdout).not.toContain('Held by the alert policy');
  expect(await list('--status', 'pending')).toEqual([expect.objectContaining({ id: 2 })]);
});
