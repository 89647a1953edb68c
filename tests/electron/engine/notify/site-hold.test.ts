/**
 * Another site's loss held for offlineAfterSec survives a restart of the notifier (site-hold.ts),
 * through the real notifier, the real store and the webhook stand-in (tests/fakes/notify-http.ts):
 * told when due after the restart, once; dropped for good when the site came back first; a
 * change held in the flap window alike. The
 * policy's journals are never shown or retired as a removed channel (housekeeping.ts).
 */
import { describe, expect, it } from 'vitest';

import type { Notifier } from '../../../../electron/engine/notify';
import type { SiteInput } from '../../../../electron/engine/notify/types';
import { FakeClock } from '../../../helpers/fake-clock';
import { notifierRoom } from '../../../helpers/notifier-room';
import { until } from '../../../helpers/until';
import { change, notifySettings } from './helpers';

const room = notifierRoom(() => new FakeClock(Date.UTC(2026, 10, 26)));

/** Starts the notifier afresh on the same store (a restart), after stopping the one before. */
const start = (): Promise<Notifier> =>
  room.start(
    notifySettings([{ id: 'hook', type: 'webhook', url: `${room.fake.url}/hook` }], {
      offlineAfterSec: 60,
      flapWindowSec: 30,
    }),
  );

const site = (kind: 'offline' | 'online', at: number, offlineSince: number): SiteInput => ({
  type: 'site',
  at,
  event: {
    site: 'office',
    at,
    kind,
    changes: [],
    detail: kind === 'offline' ? 'connection lost' : null,
    whileAway: false,
  },
  thisMachine: false,
  offlineSince,
  stateAt: null,
  firstSeen: false,
});
/** Waits until the hook has marked `n` notices sent (a restart before that would send one again: at least once). */
const sent = (n: number) =>
  until(() => room.notifier.status().find((c) => c.id === 'hook')?.sent === n, { what: `${n} sent` });
const told = () => room.fake.delivered().map((r) => (JSON.parse(r.body) as { event: string; summary: string }).summary);

describe("another site's held loss", () => {
  it('is told when due after a restart inside the hold, once', async () => {
    const went = room.clock.now();
    await (await start()).site(site('offline', went, went));
    await room.clock.advance(20_000);
    const n = await start();
    // The journals are the policy's state, not a channel: none shows as removed.
    expect(n.status().map((c) => c.id)).toEqual(['hook']);
    await room.clock.advance(40_000);
    await sent(1);
    expect(told()).toEqual(['office went offline 1 min ago (connection lost)']);

    // The next notice is the next one: the loss is not told twice.
    await (await start()).handle(change('203.0.113.1', '198.51.100.2', room.clock.now()));
    await room.clock.advance(30_000);
    await sent(2);
    expect(told()[0]).toBe('office went offline 1 min ago (connection lost)');
    expect(told()[1]).toContain('198.51.100.2');
  });

  it('is dropped for good when the site came back first; a held change of this machine survives two restarts', async () => {
    const went = room.clock.now();
    const n = await start();
    await n.site(site('offline', went, went));
    await n.handle(change('203.0.113.1', '198.51.100.2', went));
    await n.site(site('online', went + 10_000, went));
    await start();
    await room.clock.advance(10_000);
    await start();
    await room.clock.advance(20_000);
    await sent(1);
    await room.clock.advance(120_000);
    await (await start()).handle(change('198.51.100.2', '198.51.100.3', room.clock.now()));
    await room.clock.advance(30_000);
    await sent(2);
    expect(told().map((t) => t.split(' (')[0])).toEqual([
      'IPv4 203.0.113.1 → 198.51.100.2',
      'IPv4 198.51.100.2 → 198.51.100.3',
    ]);
  });

  it('a change held in the flap window is told after a restart inside it, once', async () => {
    const at = room.clock.now();
    const moved: SiteInput = {
      ...site('online', at, at),
      event: {
        site: 'office',
        at,
        kind: 'changed',
        changes: [{ what: 'IPv4 address', from: '203.0.113.7', to: '198.51.100.4' }],
        detail: null,
        whileAway: false,
      },
      offlineSince: null,
      stateAt: at,
    };
    await (await start()).site(moved);
    await room.clock.advance(10_000);
    await start();
    await room.clock.advance(20_000);
    await sent(1);
    await start();
    await room.clock.advance(60_000);
    await (await start()).site(site('offline', room.clock.now(), room.clock.now() - 60_000));
    await sent(2);
    expect(told()).toEqual([
      'office: IPv4 203.0.113.7 → 198.51.100.4',
      'office went offline 1 min ago (connection lost)',
    ]);
  });
});
