/**
 * Another site's loss held for offlineAfterSec survives a restart of the notifier (site-hold.ts),
 * through the real notifier, the real store and the webhook stand-in (tests/fakes/notify-http.ts):
 * told when due after the restart, once; dropped for good when the site came back first; a
 * change held in the flap window alike. The
 * policy's journals are never shown or retired as a removed channel (housekeeping.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Logger } from '../../../../electron/engine/logger';
import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import type { SiteInput } from '../../../../electron/engine/notify/types';
import type { HistoryStore } from '../../../../electron/engine/store';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { captureLogger, change, jitter, memoryStore, notifySettings } from './helpers';

let fake: NotifyFake;
let clock: FakeClock;
let store: HistoryStore;
let logger: Logger;
let notifier: Notifier | null = null;

beforeEach(async () => {
  fake = await startNotifyFake();
  clock = new FakeClock(Date.UTC(2026, 10, 26));
  logger = captureLogger().logger;
  store = await memoryStore(clock, logger);
});
afterEach(async () => {
  await notifier?.stop();
  notifier = null;
  await store.close();
  await fake.close();
});

async function start(): Promise<Notifier> {
  await notifier?.stop();
  notifier = createNotifier({
    random: jitter,
    store,
    clock,
    logger,
    settings: notifySettings([{ id: 'hook', type: 'webhook', url: `${fake.url}/hook` }], {
      offlineAfterSec: 60,
      flapWindowSec: 30,
    }),
  });
  await notifier.start();
  return notifier;
}

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
  until(() => notifier!.status().find((c) => c.id === 'hook')?.sent === n, { what: `${n} sent` });
const told = () => fake.delivered().map((r) => (JSON.parse(r.body) as { event: string; summary: string }).summary);

describe("another site's held loss", () => {
  it('is told when due after a restart inside the hold, once', async () => {
    const went = clock.now();
    await (await start()).site(site('offline', went, went));
    await clock.advance(20_000);
    const n = await start();
    // The journals are the policy's state, not a channel: none shows as removed.
    expect(n.status().map((c) => c.id)).toEqual(['hook']);
    await clock.advance(40_000);
    await sent(1);
    expect(told()).toEqual(['office went offline 1 min ago (connection lost)']);

    // The next notice is the next one: the loss is not told twice.
    await (await start()).handle(change('203.0.113.1', '198.51.100.2', clock.now()));
    await clock.advance(30_000);
    await sent(2);
    expect(told()[0]).toBe('office went offline 1 min ago (connection lost)');
    expect(told()[1]).toContain('198.51.100.2');
  });

  it('is dropped for good when the site came back first; a held change of this machine survives two restarts', async () => {
    const went = clock.now();
    const n = await start();
    await n.site(site('offline', went, went));
    await n.handle(change('203.0.113.1', '198.51.100.2', went));
    await n.site(site('online', went + 10_000, went));
    await start();
    await clock.advance(10_000);
    await start();
    await clock.advance(20_000);
    await sent(1);
    await clock.advance(120_000);
    await (await start()).handle(change('198.51.100.2', '198.51.100.3', clock.now()));
    await clock.advance(30_000);
    await sent(2);
    expect(told().map((t) => t.split(' (')[0])).toEqual([
      'IPv4 203.0.113.1 → 198.51.100.2',
      'IPv4 198.51.100.2 → 198.51.100.3',
    ]);
  });

  it('a change held in the flap window is told after a restart inside it, once', async () => {
    const at = clock.now();
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
    await clock.advance(10_000);
    await start();
    await clock.advance(20_000);
    await sent(1);
    await start();
    await clock.advance(60_000);
    await (await start()).site(site('offline', clock.now(), clock.now() - 60_000));
    await sent(2);
    expect(told()).toEqual([
      'office: IPv4 203.0.113.7 → 198.51.100.4',
      'office went offline 1 min ago (connection lost)',
    ]);
  });
});
