/**
 * What the watcher tells the alert policy of each event it records (fleet/watcher.ts siteNews),
 * through the real decision of what a state heard makes of a site (fleet/sites.ts applyHeard):
 * since when a site is offline (unknown for a will learnt while away), since when it had been
 * offline when it comes back, and the time its own state gives. A table.
 */
import { describe, expect, it } from 'vitest';

import { willState } from '../../../../electron/engine/fleet/payload';
import { applyHeard, emptySite, type Heard } from '../../../../electron/engine/fleet/sites';
import { siteNews } from '../../../../electron/engine/fleet/watcher';
import type { FleetSite, FleetState } from '../../../../shared/contract/fleet';

const state = (over: Partial<FleetState> = {}): FleetState => ({
  v: 1,
  site: 'office',
  online: true,
  reason: null,
  families: { v4: { ip: '203.0.113.7', since: 100, identity: null }, v6: null },
  health: { state: 'ok', label: 'Online' },
  nat: null,
  ddns: [],
  monitors: [],
  version: '1.0.0',
  at: 1000,
  ...over,
});
const WILL = willState('office') as FleetState;
const online: FleetSite = { ...emptySite('office', 1000, false), online: true, since: 1000, state: state() };
const offline: FleetSite = { ...online, online: false, since: 2000, offlineReason: 'connection lost' };

type Want = { kind: string; offlineSince: number | null; stateAt: number | null; firstSeen?: boolean };
const ROWS: [string, FleetSite | null, FleetState, boolean, Want[]][] = [
  [
    'a will heard live: offline since heard',
    online,
    WILL,
    false,
    [{ kind: 'offline', offlineSince: 5000, stateAt: 1000 }],
  ],
  [
    'a will learnt while away: since not known',
    online,
    WILL,
    true,
    [{ kind: 'offline', offlineSince: null, stateAt: 1000 }],
  ],
  [
    'a clean stop learnt while away: the time it gives',
    online,
    state({ online: false, reason: 'stopped', at: 4000 }),
    true,
    [{ kind: 'offline', offlineSince: 4000, stateAt: 4000 }],
  ],
  [
    'back after offline: since it went',
    offline,
    state({ at: 4900 }),
    false,
    [{ kind: 'online', offlineSince: 2000, stateAt: 4900 }],
  ],
  [
    // Heard at 5000: a site's clock ahead is read on the watcher's (fleet/site-clock.ts).
    'back, its state dated ahead: the time it was heard',
    offline,
    state({ at: 6000 }),
    false,
    [{ kind: 'online', offlineSince: 2000, stateAt: 5000 }],
  ],
  [
    'first seen: not known offline',
    null,
    state(),
    false,
    [{ kind: 'online', offlineSince: null, stateAt: 1000, firstSeen: true }],
  ],
  [
    'a retained will of a site never seen: a first sighting',
    null,
    WILL,
    true,
    [{ kind: 'offline', offlineSince: null, stateAt: null, firstSeen: true }],
  ],
  [
    'a new address: the state time',
    online,
    state({ families: { v4: { ip: '198.51.100.4', since: 4500, identity: null }, v6: null }, at: 4500 }),
    true,
    [{ kind: 'changed', offlineSince: null, stateAt: 4500 }],
  ],
];

describe('siteNews', () => {
  it.each(ROWS)('%s', (_name, held, value, retained, want) => {
    const heard: Heard = { site: 'office', read: { ok: true, value }, at: 5000, retained };
    const { site, events } = applyHeard(held, heard, false);
    const news = events.map((e) => siteNews(held, site, e));
    expect(
      news.map((n) => ({
        kind: n.event.kind,
        offlineSince: n.offlineSince,
        stateAt: n.stateAt,
        firstSeen: n.firstSeen,
      })),
    ).toEqual(want.map((w) => ({ firstSeen: false, ...w })));
    for (const n of news) expect(n.thisMachine).toBe(false);
  });

  it("says this runner's own site is this machine", () => {
    const { site, events } = applyHeard(
      online,
      { site: 'office', read: { ok: true, value: WILL }, at: 5000, retained: false },
      true,
    );
    expect(events.map((e) => siteNews(online, site, e).thisMachine)).toEqual([true]);
  });
});
