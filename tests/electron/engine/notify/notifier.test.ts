/**
 * The notifier as the engine drives it: per-channel event selection, the startup notice,
 * offline only after the threshold (on a fake clock), degraded detection from check
 * events, settings updates and a stop/start cycle.
 */
import { describe, expect, it } from 'vitest';

import type { ChannelSettingsInput, NotificationSettingsInput } from '../../../../shared/settings/notify';
import type { CheckEvent } from '../../../../shared/types';
import { FakeClock } from '../../../helpers/fake-clock';
import { notifierRoom } from '../../../helpers/notifier-room';
import { until } from '../../../helpers/until';
import { change, notifySettings } from './helpers';

const room = notifierRoom(() => new FakeClock(Date.UTC(2026, 10, 23)));

const start = (channels: ChannelSettingsInput[], over: NotificationSettingsInput = {}) =>
  room.start(notifySettings(channels, over));

const hook = (id: string, over: Record<string, unknown> = {}): ChannelSettingsInput => ({
  id,
  type: 'webhook',
  url: `${room.fake.url}/${id}`,
  ...over,
});
const events = () =>
  room.fake.delivered().map((r) => `${r.path.slice(1)}:${(JSON.parse(r.body) as { event: string }).event}`);
/** What the outbox holds for a channel: nothing is sent that was not queued here first. */
const queued = (id: string) => room.store.counts(id);
const nothingQueued = { pending: 0, sent: 0, expired: 0, rejected: 0 };

describe('notifier', () => {
  it('sends each channel only the events it picked', async () => {
    const n = await start([hook('v4', { events: ['ipv4-changed'] }), hook('v6', { events: ['ipv6-changed'] })]);
    await n.handle(change('203.0.113.1', '198.51.100.2', room.clock.now(), 4));
    await n.handle(change('2001:db8::1', '2001:db8:1::1', room.clock.now(), 6));
    // One item each, and once both are sent no other request can follow.
    await until(() => ['v4', 'v6'].every((id) => queued(id).sent === 1 && queued(id).pending === 0), {
      what: 'both items sent',
    });
    expect([queued('v4'), queued('v6')]).toEqual([
      { pending: 0, sent: 1, expired: 0, rejected: 0 },
      { pending: 0, sent: 1, expired: 0, rejected: 0 },
    ]);
    expect(events().sort()).toEqual(['v4:ipv4-changed', 'v6:ipv6-changed']);
  });

  it('reports the start with the current addresses only when startup is on', async () => {
    const status = { families: { v4: { ip: '203.0.113.1' }, v6: { ip: null } } };
    const off = await start([hook('a')]);
    await off.started(status);
    // started() resolves once its notices are queued: none were.
    expect(queued('a')).toEqual(nothingQueued);
    expect(room.fake.requests).toHaveLength(0);
    await off.stop();
    const on = await start([hook('a')], { startup: true });
    await on.started(status);
    await room.fake.waitFor((r) => r.length === 1);
    expect(JSON.parse(room.fake.requests[0]!.body)).toMatchObject({
      event: 'started',
      data: { v4: '203.0.113.1', v6: null },
    });
  });

  it('says offline only after offlineAfterSec, then back online with the outage length', async () => {
    const n = await start([hook('a')], { offlineAfterSec: 60 });
    await n.handle({ type: 'offline', at: room.clock.now(), cause: 'no route to any source' });
    await room.clock.advance(59_000);
    // The notice waits on its timer, due at 60 s; nothing is queued before it fires.
    expect(room.clock.dueTimes).toContain(room.clock.now() + 1000);
    expect(queued('a')).toEqual(nothingQueued);
    expect(room.fake.requests).toHaveLength(0);
    await room.clock.advance(1000);
    await room.fake.waitFor((r) => r.length === 1);
    await n.handle({ type: 'online', at: room.clock.now(), offlineMs: 185_000 });
    await room.fake.waitFor((r) => r.length === 2);
    const [off, on] = room.fake.requests.map((r) => JSON.parse(r.body) as { event: string; summary: string });
    expect(off!.event).toBe('offline');
    expect(on).toMatchObject({ event: 'online', summary: 'Back online after 3 min 5 s offline.' });
  });

  it.each([
    ['set back a day', -86_400_000],
    ['set forward a year', 365 * 86_400_000],
  ])('says offline after offlineAfterSec of real time with the wall clock %s meanwhile', async (_, step) => {
    const n = await start([hook('a')], { offlineAfterSec: 60 });
    await n.handle({ type: 'offline', at: room.clock.now(), cause: 'no route to any source' });
    await room.clock.advance(30_000);
    room.clock.step(step);
    await room.clock.advance(29_000);
    expect(queued('a')).toEqual(nothingQueued);
    await room.clock.advance(1000);
    await room.fake.waitFor((r) => r.length === 1);
    expect(JSON.parse(room.fake.requests[0]!.body)).toMatchObject({ event: 'offline' });
  });

  it('a short blip says nothing', async () => {
    const n = await start([hook('a')], { offlineAfterSec: 60 });
    await n.handle({ type: 'offline', at: room.clock.now(), cause: 'x' });
    await room.clock.advance(10_000);
    await n.handle({ type: 'online', at: room.clock.now(), offlineMs: 10_000 });
    await room.clock.advance(120_000);
    // stop() runs after every step the timers started, so the outbox is final here.
    await n.stop();
    expect(room.clock.pending).toBe(0);
    expect(queued('a')).toEqual(nothingQueued);
    expect(room.fake.requests).toHaveLength(0);
  });

  it('warns when checks keep ending without a quorum, and when they agree again', async () => {
    const n = await start([hook('a')], { degraded: { uncertainChecks: 2, openSources: 3 } });
    const check = (result: CheckEvent['result']): CheckEvent => ({
      type: 'check',
      at: room.clock.now(),
      family: 4,
      trigger: 'interval',
      result,
      ip: null,
      requests: 3,
      durationMs: 40,
      attempts: [],
    });
    await n.handle(check('uncertain'));
    await n.handle(check('uncertain'));
    await n.handle(check('uncertain'));
    await n.handle(check('unchanged'));
    await room.fake.waitFor((r) => r.length === 2);
    const bodies = room.fake.requests.map((r) => JSON.parse(r.body) as { title: string; data: { degraded: boolean } });
    expect(bodies.map((b) => [b.title, b.data.degraded])).toEqual([
      ['IP detection degraded', true],
      ['IP detection back to normal', false],
    ]);
  });

  it('applies new settings: a removed channel stops, a new one starts, masks change', async () => {
    const n = await start([hook('a'), hook('b')]);
    await n.updateSettings(notifySettings([hook('b', { mask: 'hidden' }), hook('c')]));
    expect(n.status().map((s) => s.id)).toEqual(['b', 'c']);
    await n.handle(change('203.0.113.1', '198.51.100.2', room.clock.now()));
    await room.fake.waitFor((r) => r.length === 2);
    const b = room.fake.requests.find((r) => r.path === '/b')!;
    expect(b.body).not.toContain('198.51.100.2');
    expect(room.fake.requests.some((r) => r.path === '/a')).toBe(false);
  });

  it('can be stopped and started again', async () => {
    const n = await start([hook('a')]);
    await n.stop();
    await n.handle(change('203.0.113.1', '198.51.100.2', room.clock.now()));
    // Queued, but a stopped notifier has no delivery queue to send it.
    expect(n.status()[0]!.pending).toBe(1);
    expect(room.fake.requests).toHaveLength(0);
    await n.start();
    await room.fake.waitFor((r) => r.length === 1);
    await until(() => n.status()[0]!.sent === 1, { what: 'the item marked sent' });
    expect(JSON.parse(room.fake.requests[0]!.body)).toMatchObject({ event: 'ipv4-changed' });
  });
});
