/**
 * The history's fleet tables (store/fleet.ts) over the real store: a site as held is read back
 * whole, a site's events come newest first and stop at FLEET_EVENTS_KEPT, and nothing of a watched
 * site enters this machine's own history.
 */
import { expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { openHistoryStore } from '../../../../electron/engine/store';
import { FLEET_EVENTS_KEPT } from '../../../../electron/engine/store/fleet';
import { FakeClock } from '../../../helpers/fake-clock';

const logger = createLogger('test', { level: 'error', sink: () => undefined });

it('keeps each site and its newest events, apart from this machine’s history', async () => {
  const clock = new FakeClock();
  const store = await openHistoryStore({ dataDir: ':memory:', clock, logger });
  try {
    const site = {
      site: 'office',
      thisMachine: false,
      online: true,
      since: 1,
      lastSeenAt: 2,
      offlineReason: null,
      nameMismatch: null,
      unreadable: null,
      state: null,
    };
    store.saveFleetSite(site);
    store.saveFleetSite({ ...site, lastSeenAt: 3 });
    expect(store.fleetSites()).toEqual([{ ...site, lastSeenAt: 3 }]);
    // A site known only by its will: never heard, its last-seen unknown, kept as unknown.
    store.saveFleetSite({ ...site, site: 'cabin', online: false, lastSeenAt: null });
    expect(store.fleetSites()).toEqual([
      { ...site, site: 'cabin', online: false, lastSeenAt: null },
      { ...site, lastSeenAt: 3 },
    ]);

    for (let i = 0; i < FLEET_EVENTS_KEPT + 20; i++)
      store.recordFleetEvent({
        site: 'office',
        at: i,
        kind: 'changed',
        changes: [{ what: 'Health', from: 'a', to: String(i) }],
        detail: null,
        whileAway: i % 2 === 0,
      });
    store.recordFleetEvent({ site: 'home', at: 7, kind: 'offline', changes: [], detail: 'stopped', whileAway: false });
    const events = store.fleetEvents('office', 1000);
    expect(events).toHaveLength(FLEET_EVENTS_KEPT);
    expect(events[0]).toMatchObject({
      at: FLEET_EVENTS_KEPT + 19,
      whileAway: false,
      changes: [{ to: String(FLEET_EVENTS_KEPT + 19) }],
    });
    expect(events.at(-1)!.at).toBe(20);
    expect(store.fleetEvents('home', 5)).toEqual([expect.objectContaining({ kind: 'offline', detail: 'stopped' })]);
    expect(store.history().items).toEqual([]);
    expect(store.recentEvents(50)).toEqual([]);
  } finally {
    await store.close();
  }
});

it('forgets a site: a marker in its row, its events gone, until the site is saved again', async () => {
  const store = await openHistoryStore({ dataDir: ':memory:', clock: new FakeClock(), logger });
  try {
    const site = (name: string) => ({
      site: name,
      thisMachine: false,
      online: false,
      since: 1,
      lastSeenAt: 2,
      offlineReason: 'stopped',
      nameMismatch: null,
      unreadable: null,
      state: null,
    });
    store.saveFleetSite(site('office'));
    store.saveFleetSite(site('home'));
    store.recordFleetEvent({ site: 'office', at: 1, kind: 'offline', changes: [], detail: null, whileAway: false });
    store.forgetFleetSite('office', { at: 50, stateAt: 40 });
    expect(store.fleetSites()).toEqual([site('home')]);
    expect(store.fleetEvents('office', 10)).toEqual([]);
    expect([...store.fleetForgotten()]).toEqual([['office', { at: 50, stateAt: 40 }]]);
    // Heard again: its row is a site once more, the marker gone.
    store.saveFleetSite(site('office'));
    expect(store.fleetSites()).toEqual([site('home'), site('office')]);
    expect(store.fleetForgotten().size).toBe(0);
  } finally {
    await store.close();
  }
});
