/**
 * A site's times read on the watcher's clock (fleet/site-clock.ts), as its truth table says, and
 * what applyHeard (fleet/sites.ts) makes of a site whose clock is a day ahead: its stop, its
 * change of address and its `at` are this watcher's time, and its clock is said off in words.
 */
import { describe, expect, it } from 'vitest';

import { onWatcherClock } from '../../../../electron/engine/fleet/site-clock';
import { applyHeard } from '../../../../electron/engine/fleet/sites';
import type { FleetState } from '../../../../shared/contract/fleet';
import { english } from '../../../../shared/i18n/translators';
import { siteClockWords, siteNoteWords } from '../../../../shared/words/fleet';
import { fleetState } from '../../../helpers/fleet-state';

const HEARD = 10_000_000;
const DAY = 24 * 60 * 60 * 1000;
const at = (t: number | null, since: number | null = 5_000_000): FleetState => ({
  ...fleetState('office', 0, { ip: '203.0.113.7', since }),
  at: t,
});

describe('onWatcherClock', () => {
  it.each([
    // [what, state's at, its since, retained, at after, since after, clock off]
    ['a day ahead, live', HEARD + DAY, HEARD + DAY, false, HEARD, HEARD, DAY],
    ['a day ahead, retained', HEARD + DAY, 5_000_000, true, HEARD, 5_000_000, DAY],
    ['in step', HEARD - 200, 5_000_000, false, HEARD - 200, 5_000_000, -200],
    ['an hour behind, live', HEARD - 3_600_000, 5_000_000, false, HEARD - 3_600_000, 5_000_000, -3_600_000],
    [
      'an hour old, retained: its age is not its clock',
      HEARD - 3_600_000,
      5_000_000,
      true,
      HEARD - 3_600_000,
      5_000_000,
      null,
    ],
    ['retained, taken the moment it was heard: its clock untold', HEARD, 5_000_000, true, HEARD, 5_000_000, null],
    ['a will (no at)', null, 5_000_000, false, null, 5_000_000, null],
  ] as const)('%s', (_what, stateAt, since, retained, atAfter, sinceAfter, off) => {
    const r = onWatcherClock(at(stateAt, since), HEARD, retained);
    expect(r.state.at).toBe(atAfter);
    expect(r.state.families.v4?.since).toBe(sinceAfter);
    expect(r.clockOffMs).toBe(off);
  });
});

describe('a site a day ahead, held by applyHeard', () => {
  it('stops, changes and is heard on the watcher clock, its clock said off', () => {
    const first = applyHeard(
      null,
      { site: 'office', read: { ok: true, value: at(HEARD + DAY) }, at: HEARD, retained: false },
      false,
    );
    expect(first.site.state?.at).toBe(HEARD);
    expect(first.site.clockOffMs).toBe(DAY);
    expect(siteClockWords(first.site, english)).toBe(
      "its clock is off by 1 d (ahead of this watcher's): its times are read on this watcher's clock",
    );
    expect(siteNoteWords(first.site, english)).toContain(siteClockWords(first.site, english));
    const moved = {
      ...at(HEARD + 1000 + DAY, HEARD + 1000 + DAY),
      families: { v4: { ip: '198.51.100.4', since: HEARD + DAY, identity: null }, v6: null },
    };
    const changed = applyHeard(
      first.site,
      { site: 'office', read: { ok: true, value: moved }, at: HEARD + 1000, retained: false },
      false,
    );
    expect(changed.site.addressChangedAt).toBe(HEARD + 1000);
    const stop = { ...at(HEARD + 2000 + DAY), online: false, reason: 'stopped' };
    const stopped = applyHeard(
      changed.site,
      { site: 'office', read: { ok: true, value: stop }, at: HEARD + 2000, retained: false },
      false,
    );
    // The offline notice waits from `since` (notify/policy/fleet.ts dueAt): the watcher's time, not tomorrow.
    expect(stopped.site).toMatchObject({ online: false, since: HEARD + 2000 });
  });

  it.each([
    [30_000, null],
    [-59_000, null],
    [-90_000, "its clock is off by 2 min (behind this watcher's): its times are read on this watcher's clock"],
    [null, null],
  ])('a clock off by %s ms is said %s', (off, words) => {
    const site = applyHeard(
      null,
      { site: 'office', read: { ok: true, value: at(HEARD) }, at: HEARD, retained: false },
      false,
    ).site;
    expect(siteClockWords({ ...site, clockOffMs: off }, english)).toBe(words);
  });
});
