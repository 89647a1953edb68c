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
import { causeReason, type OutageCause } from '../../../shared/check-cause';
import type { OfflineEvent, OnlineEvent } from '../../../shared/types';
import { inEnglish } from '../reason';
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
 * `why`: the check's cause (shared/check-cause.ts outageCause), the outage's when one opens: the
 * history keeps its English, the event carries its code beside it (store/outage-cause.ts reads the
 * English back to the code).
 */
export function connectivityStep(s: Connectivity, answered: boolean, why: OutageCause, now: number): ConnectivityStep {
  if (!answered) {
    const offlineStreak = s.offlineStreak + 1;
    if (s.online === false) return { state: { ...s, offlineStreak }, event: null, outage: null };
    const reason = causeReason(why);
    const cause = inEnglish(reason);
    return {
      state: { online: false, offlineSince: now, offlineStreak, offlineCause: cause },
      event: { type: 'offline', at: now, cause, reason },
      outage: { start: now, end: null, cause },
    };
  }
  const state: Connectivity = { online: true, offlineSince: null, offlineStreak: 0, offlineCause: null };
  if (s.online !== false || s.offlineSince === null) return { state, event: null, outage: null };
  return {
    state,
    event: { type: 'online', at: now, offlineMs: now - s.offlineSince + (s.offlineBeforeStepMs ?? 0) },
    outage: { start: s.offlineSince, end: now, cause: s.offlineCause ?? inEnglish(causeReason('network')) },
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
