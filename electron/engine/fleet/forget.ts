/**
 * Forgetting watched sites (issue 59): a person forgets one (the Sites page's Forget, POST
 * /sites/forget), and the watcher forgets by itself a site not heard for `fleet.forgetAfterDays`.
 * Forgetting is local: another site's retained state is never deleted from the broker. The site is
 * ignored until it publishes again: its retained copy, redelivered at each reconnect, is the state
 * forgotten, not news. Pure.
 *
 * Forgotten automatically (dueToForget), `afterDays` > 0, heard = the newer of lastSeenAt and since:
 *
 *   the site                                         | forgotten
 *   -------------------------------------------------+----------
 *   this machine                                     | never
 *   online (the broker vouches for its connection:   | never (a site publishes only on change,
 *   its will would come)                             | so a quiet one is not a lost one)
 *   offline, unknown or unreadable, heard ≥ N days   | yes
 *   offline, unknown or unreadable, heard < N days   | no
 *   never heard and no since                         | no (nothing says how old it is)
 *
 * A forgotten site heard again (heardAgain):
 *
 *   message                                          | taken
 *   -------------------------------------------------+------------------------------------
 *   unreadable, or a will (no `at` of its own)       | no
 *   live (published now, not the broker's copy)      | yes: it publishes again
 *   retained, its `at` after the state forgotten's   | yes: it published while away
 *   retained, its `at` not after it (the same copy)  | no
 */
import type { FleetRead, FleetSite, FleetState } from '../../../shared/contract/fleet';
import type { ForgottenSite } from '../store/fleet';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How often the watcher looks for sites to forget. */
export const FORGET_SWEEP_MS = 60 * 60 * 1000;

/** The sites to forget now (see the table above). */
export function dueToForget(sites: readonly FleetSite[], now: number, afterDays: number): string[] {
  if (afterDays <= 0) return [];
  return sites
    .filter((s) => {
      if (s.thisMachine || s.online === true) return false;
      const heard = Math.max(s.lastSeenAt ?? -Infinity, s.since ?? -Infinity);
      return Number.isFinite(heard) && now - heard >= afterDays * DAY_MS;
    })
    .map((s) => s.site);
}

/** Whether a message of a forgotten site brings it back (see the table above). */
export function heardAgain(forgotten: ForgottenSite, read: FleetRead<FleetState>, retained: boolean): boolean {
  if (!read.ok || typeof read.value.at !== 'number') return false;
  if (!retained) return true;
  return forgotten.stateAt === null || read.value.at > forgotten.stateAt;
}
