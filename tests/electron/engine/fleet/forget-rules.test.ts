/**
 * Forgetting watched sites (fleet/forget.ts): its truth tables, pure (the mutation room "fleet"
 * runs them; forget.test.ts holds the watcher forgetting on mosquitto).
 */
import { describe, expect, it } from 'vitest';

import { dueToForget, heardAgain } from '../../../../electron/engine/fleet/forget';
import type { FleetSite } from '../../../../shared/contract/fleet';
import { fleetState } from '../../../helpers/fleet-state';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 100 * DAY;
/** A site, written out (not emptySite's): the table is built while the file loads, before any row runs. */
const site = (over: Partial<FleetSite>): FleetSite => ({
  site: 'office',
  thisMachine: false,
  online: null,
  since: null,
  lastSeenAt: null,
  offlineReason: null,
  nameMismatch: null,
  unreadable: null,
  state: null,
  addressChangedAt: null,
  ...over,
});

describe('dueToForget', () => {
  it.each([
    // [what, the site, after days, forgotten]
    ['offline 31 days', site({ online: false, since: NOW - 31 * DAY, lastSeenAt: NOW - 31 * DAY }), 30, true],
    ['offline exactly 30 days', site({ online: false, since: NOW - 30 * DAY }), 30, true],
    ['offline 29 days', site({ online: false, since: NOW - 29 * DAY, lastSeenAt: NOW - 40 * DAY }), 30, false],
    ['unknown, heard 31 days ago', site({ online: null, lastSeenAt: NOW - 31 * DAY }), 30, true],
    [
      'online and quiet for a year',
      site({ online: true, since: NOW - 365 * DAY, lastSeenAt: NOW - 365 * DAY }),
      30,
      false,
    ],
    ['this machine, offline long', site({ thisMachine: true, online: false, since: NOW - 99 * DAY }), 30, false],
    ['never heard, no since', site({ online: false }), 30, false],
    ['setting 0: never', site({ online: false, since: NOW - 99 * DAY }), 0, false],
  ])('%s', (_what, s, days, forgotten) => {
    expect(dueToForget([s], NOW, days)).toEqual(forgotten ? ['office'] : []);
  });
});

describe('heardAgain', () => {
  const state = (at: number | null) => ({ ok: true as const, value: { ...fleetState('office', 0, null), at } });
  it.each([
    // [what, the message read, retained, the forgotten state's at, taken]
    ['unreadable', { ok: false as const, reason: 'not JSON' }, false, 1000, false],
    ['a will (no at)', state(null), false, 1000, false],
    ['live', state(500), false, 1000, true],
    ['retained, newer', state(1001), true, 1000, true],
    ['retained, the same copy', state(1000), true, 1000, false],
    ['retained, older', state(900), true, 1000, false],
    // Forgotten before any state was heard (a will only): any retained state is news, even at 0.
    ['retained, nothing known of the state forgotten', state(0), true, null, true],
  ])('%s', (_what, read, retained, stateAt, taken) => {
    expect(heardAgain({ at: 5000, stateAt }, read, retained)).toBe(taken);
  });
});
