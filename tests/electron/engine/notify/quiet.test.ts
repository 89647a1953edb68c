/**
 * Quiet windows through the real notifier, store and a local webhook stand-in, on a fake clock
 * (issue 78): a window from now to now + 90 s with three address changes inside sends nothing
 * during it, keeps every notice, and sends one summary per channel at its end; a channel the
 * window does not name is told at once; a restart inside a window keeps it; a step of the wall
 * clock neither ends a one-off early nor stretches it; a window ended early sends its summary then.
 */
import { describe, expect, it } from 'vitest';

import { quietHeldChannel } from '../../../../electron/engine/notify/quiet';
import type { ChannelSettingsInput } from '../../../../shared/settings/notify';
import { FakeClock } from '../../../helpers/fake-clock';
import { notifierRoom } from '../../../helpers/notifier-room';
import { until } from '../../../helpers/until';
import { change, notifySettings } from './helpers';

const room = notifierRoom(() => new FakeClock(Date.UTC(2026, 10, 23, 12)));
const hook = (id: string): ChannelSettingsInput => ({ id, type: 'webhook', url: `${room.fake.url}/${id}` });
type Body = { event: string; summary: string; text: string; data: { count: number; notices: { to: string }[] } };
const bodies = (id: string) =>
  room.fake.requests.filter((r) => r.path === `/${id}`).map((r) => JSON.parse(r.body) as Body);
const ADDRESSES = ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4'];

/** Three changes 20 s apart, from 10 s in: 203.0.113.1 -> .2 -> .3 -> .4. */
async function threeChanges(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await room.clock.advance(i === 0 ? 10_000 : 20_000);
    await room.notifier.handle(change(ADDRESSES[i]!, ADDRESSES[i + 1]!, room.clock.now()));
  }
}

describe('quiet windows', () => {
  it('holds three changes for 90 s, keeps each, and sends one summary per channel within 5 s of its end', async () => {
    // Three changes in an hour would also warn of a flaky line: not this test's matter.
    const n = await room.start(notifySettings([hook('a'), hook('b')], { frequent: { count: 10 } }));
    const start = room.clock.now();
    const status = await n.quiet({ until: start + 90_000, channels: [], expected: false });
    expect(status).toMatchObject({ on: true, until: start + 90_000, held: 0 });
    await threeChanges();
    // Nothing went out, nothing waits in the channels' own queues: each notice is in the window's journal.
    expect(room.fake.requests).toHaveLength(0);
    for (const id of ['a', 'b']) {
      expect(room.store.counts(id)).toMatchObject({ pending: 0, sent: 0 });
      expect(room.store.counts(quietHeldChannel(id)).pending).toBe(3);
    }
    expect(n.quietStatus()).toMatchObject({ on: true, until: start + 90_000, held: 6 });
    // The end: the summaries go out at once (the room's clock stands still while they are sent).
    await room.clock.advance(90_000 - (room.clock.now() - start));
    await until(() => bodies('a').length === 1 && bodies('b').length === 1, { what: 'one summary each' });
    expect(room.clock.now() - (start + 90_000)).toBeLessThanOrEqual(5000);
    const [a] = bodies('a');
    expect(a!.event).toBe('quiet-summary');
    expect(a!.data.count).toBe(3);
    expect(a!.data.notices.map((x) => x.to)).toEqual(ADDRESSES.slice(1));
    // What changed, from what to what, and when, one line each.
    expect(a!.text).toContain('IPv4 203.0.113.1 → 203.0.113.2');
    expect(a!.text).toContain('IPv4 203.0.113.3 → 203.0.113.4');
    expect(a!.summary).toBe(
      '3 notices were held from 2026-11-23 12:00:10 UTC until 2026-11-23 12:01:30 UTC, oldest first.',
    );
    // Every notice kept: the held rows stay in the outbox, marked sent with the summary.
    expect(room.store.counts(quietHeldChannel('a'))).toMatchObject({ pending: 0, sent: 3 });
    expect(n.quietStatus()).toEqual({ on: false, until: null, windows: [], held: 0 });
    // Later changes go out at once again, and no second summary follows.
    await n.handle(change(ADDRESSES[3]!, ADDRESSES[0]!, room.clock.now()));
    await until(() => bodies('a').length === 2, { what: 'the change after the window' });
    await room.clock.advance(600_000);
    expect(bodies('a').map((b) => b.event)).toEqual(['quiet-summary', 'ipv4-changed']);
  });

  it('holds only the channels it names', async () => {
    const n = await room.start(notifySettings([hook('a'), hook('b')]));
    await n.quiet({ minutes: 5, channels: ['a'], expected: false });
    await n.handle(change(ADDRESSES[0]!, ADDRESSES[1]!, room.clock.now()));
    await until(() => bodies('b').length === 1, { what: 'b told at once' });
    expect(bodies('a')).toHaveLength(0);
    await room.clock.advance(300_000);
    await until(() => bodies('a').length === 1, { what: "a's summary" });
    expect(bodies('a')[0]!.event).toBe('quiet-summary');
  });

  it('keeps a window across a restart, and its end sends what was held before and after it', async () => {
    const settings = notifySettings([hook('a')]);
    let n = await room.start(settings);
    const start = room.clock.now();
    await n.quiet({ minutes: 10, channels: [], expected: true });
    await n.handle(change(ADDRESSES[0]!, ADDRESSES[1]!, room.clock.now()));
    await room.clock.advance(60_000);
    n = await room.start(settings);
    expect(n.quietStatus()).toMatchObject({ on: true, until: start + 600_000, held: 1 });
    expect(n.quietStatus().windows[0]).toMatchObject({ kind: 'once', expected: true });
    await n.handle(change(ADDRESSES[1]!, ADDRESSES[2]!, room.clock.now()));
    await room.clock.advance(539_000);
    expect(room.fake.requests).toHaveLength(0);
    await room.clock.advance(1000);
    await until(() => bodies('a').length === 1, { what: 'the summary after the restart' });
    expect(bodies('a')[0]!.data.count).toBe(2);
  });

  it('a wall-clock step neither ends a one-off early nor stretches it', async () => {
    const n = await room.start(notifySettings([hook('a')]));
    await n.quiet({ minutes: 2, channels: [], expected: false });
    await room.clock.advance(30_000);
    room.clock.step(3_600_000);
    // 90 s are left whatever the wall clock says: the end in the present wall frame moved with it.
    expect(n.quietStatus()).toMatchObject({ on: true, until: room.clock.now() + 90_000 });
    await n.handle(change(ADDRESSES[0]!, ADDRESSES[1]!, room.clock.now()));
    await room.clock.advance(89_000);
    expect(room.fake.requests).toHaveLength(0);
    await room.clock.advance(1000);
    await until(() => bodies('a').length === 1, { what: 'the summary' });
  });

  it('ending the windows early sends the summary then', async () => {
    const n = await room.start(notifySettings([hook('a')]));
    await n.quiet({ minutes: 60, channels: [], expected: false });
    await n.handle(change(ADDRESSES[0]!, ADDRESSES[1]!, room.clock.now()));
    expect(await n.quiet({ end: true, channels: [] })).toMatchObject({ on: false });
    await until(() => bodies('a').length === 1, { what: 'the summary' });
    expect(bodies('a')[0]!.data.count).toBe(1);
  });

  it('a recurring window of the settings holds its channel while it is on', async () => {
    // 12:00 UTC: a window daily at 12:00 for 15 minutes is on at the start.
    const n = await room.start(
      notifySettings([hook('a')], { quietWindows: [{ id: 'noon', cron: '0 12 * * *', timezone: 'UTC' }] }),
    );
    expect(n.quietStatus()).toMatchObject({ on: true, until: Date.UTC(2026, 10, 23, 12, 15) });
    await n.handle(change(ADDRESSES[0]!, ADDRESSES[1]!, room.clock.now()));
    await room.clock.advance(14 * 60_000);
    expect(room.fake.requests).toHaveLength(0);
    await room.clock.advance(60_000);
    await until(() => bodies('a').length === 1, { what: 'the summary' });
  });
});
