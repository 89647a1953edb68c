/**
 * Online or offline, from whether any family's source answered with an address (a reply
 * without one, such as a captive portal's page or a resolver's NXDOMAIN, is no way out to the
 * internet). Pure: the engine keeps the state, emits the event and writes the outage this returns.
 *
 *   online before | answered | online after | event                         | outage written
 *   --------------+----------+--------------+-------------------------------+-------------------
 *   null or true  | no       | false        | offline @now                  | open, from now
 *   false         | no       | false        | -                             | -
 *   false         | yes      | true         | online, offlineMs since start | closed, start..now
 *   null or true  | yes      | true         | -                             | -
 *
 * `offlineStreak` counts unanswered checks in a row (the retry backoff). A new monitoring
 * session starts from `initialConnectivity`: the time before it was not watched, so no
 * outage and no "back online" can reach across it.
 */
import type { Family, OfflineEvent, OnlineEvent } from '../../../shared/types';
import type { OutageRecord } from '../store/types';

export interface Connectivity {
  online: boolean | null;
  offlineSince: number | null;
  offlineStreak: number;
  /** The open outage's cause, kept so that closing it keeps the families it named. */
  offlineCause: string | null;
  /** Offline time before the wall clock stepped (connectivityAfterClockStep), added to the outage's length. */
  offlineBeforeStepMs?: number;
}

export const initialConnectivity = (): Connectivity => ({
  online: null,
  offlineSince: null,
  offlineStreak: 0,
  offlineCause: null,
});

export interface ConnectivityStep {
  state: Connectivity;
  event: OfflineEvent | OnlineEvent | null;
  outage: OutageRecord | null;
}

/**
 * The outage's cause in the words the address cards use ("no source answered", shared/health.ts),
 * naming the families asked: "no source answered with an address for IPv4 and IPv6".
 */
export const offlineCause = (families: readonly Family[]): string =>
  `no source answered with an address for ${families.map((f) => `IPv${f}`).join(' and ')}`;

/** `families`: those whose sources were asked in this check (a family a witness settled asked none). */
export function connectivityStep(
  s: Connectivity,
  answered: boolean,
  families: readonly Family[],
  now: number,
): ConnectivityStep {
  if (!answered) {
    const offlineStreak = s.offlineStreak + 1;
    if (s.online === false) return { state: { ...s, offlineStreak }, event: null, outage: null };
    const cause = offlineCause(families);
    return {
      state: { online: false, offlineSince: now, offlineStreak, offlineCause: cause },
      event: { type: 'offline', at: now, cause },
      outage: { start: now, end: null, cause },
    };
  }
  const state: Connectivity = { online: true, offlineSince: null, offlineStreak: 0, offlineCause: null };
  if (s.online !== false || s.offlineSince === null) return { state, event: null, outage: null };
  return {
    state,
    event: { type: 'online', at: now, offlineMs: now - s.offlineSince + (s.offlineBeforeStepMs ?? 0) },
    outage: { start: s.offlineSince, end: now, cause: s.offlineCause ?? 'no source answered with an address' },
  };
}

/**
 * The wall clock stepped (runtime/clock-step.ts) from `before` to `at`: an outage under way was cut
 * there in the history (store/clock-steps.ts) and goes on from `at`; its length so far is kept, so
 * "back online after" says the time really offline, not the step.
 *
 *   offline | offlineSince after | offlineBeforeStepMs after
 *   --------+--------------------+-----------------------------------------
 *   no      | unchanged          | unchanged
 *   yes     | at                 | (before) + max(0, before - offlineSince)
 */
export function connectivityAfterClockStep(s: Connectivity, before: number, at: number): Connectivity {
  if (s.online !== false || s.offlineSince === null) return s;
  const carried = (s.offlineBeforeStepMs ?? 0) + Math.max(0, before - s.offlineSince);
  return { ...s, offlineSince: at, offlineBeforeStepMs: carried };
}
