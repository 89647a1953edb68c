/**
 * A site's times read on this watcher's clock (issue 59): a site's clock is not trusted. Every
 * time a state carries (its `at`, each family's `since`) is clamped to when this watcher heard it,
 * so a site a day ahead cannot put its stop, its change of address or its notice's key a day in
 * the future (the offline notice waits on `since`: notify/policy/fleet.ts dueAt). How far off its
 * clock is, is kept to be shown in words once past CLOCK_OFF_SHOWN_MS. Pure.
 *
 *   the state's `at`, against heard  | clamped `at` | clock off by (clockOffMs)
 *   ---------------------------------+--------------+-------------------------------------------
 *   ahead (at > heard)               | heard        | at − heard (ahead: positive)
 *   behind, heard live               | at           | at − heard (negative: behind, or delayed)
 *   behind, the broker's retained    | at           | as held (its age says nothing of its clock)
 *   absent (a will)                  | absent       | as held
 *
 * A family's `since` after `heard` is `heard`; one before stays (an address held for a year).
 */
import type { FleetState } from '../../../shared/contract/fleet';

export interface OnWatcherClock {
  state: FleetState;
  /** How far the site's clock is off (ms, ahead positive); null: this state does not tell. */
  clockOffMs: number | null;
}

const clamp = (t: number | null | undefined, heardAt: number) => (typeof t === 'number' && t > heardAt ? heardAt : t);

export function onWatcherClock(s: FleetState, heardAt: number, retained: boolean): OnWatcherClock {
  const family = (f: FleetState['families']['v4']) => (f ? { ...f, since: clamp(f.since, heardAt) ?? null } : f);
  const families = s.families ? { v4: family(s.families.v4), v6: family(s.families.v6) } : s.families;
  const at = s.at;
  const state = { ...s, families, at: clamp(at, heardAt) ?? null };
  if (typeof at !== 'number' || (retained && at <= heardAt)) return { state, clockOffMs: null };
  return { state, clockOffMs: at - heardAt };
}
