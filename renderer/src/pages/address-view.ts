/**
 * How the dashboard shows each family's address: current, or last known with why, and how the
 * recent addresses read (the first one seen is not a change). Pure: the clock comes in as `now`.
 *
 * Address truth table (first row that matches wins):
 *
 *   family                          | health                              | shown
 *   --------------------------------+-------------------------------------+---------------------------------
 *   switched off                    | any                                 | off
 *   no address                      | any                                 | none ("Not checked yet." or why)
 *   an address                      | No internet, Disconnected, Paused   | last known: health's reason;
 *                                   | (or Stopped)                        |   "For" stops at last confirmed
 *   an address the last check did   | any other                           | last known: the check's result
 *   not confirm (or none yet)       |                                     |
 *   an address, confirmed           | any other                           | current; "For" counts to now
 */
import type { RecentCheckView } from '../../../shared/contract/insight';
import type { Health, HealthState } from '../../../shared/health';
import { isConfirmed } from '../../../shared/health';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import type { FamilyStatus } from '../../../shared/types';
import { noSourceWords } from '../../../shared/uptime';
import { type CheckMark, checkMark, checkResultWords } from '../../../shared/words/health-no-source';
import type { HistoryEntry } from '../api/types';

/** The one insight query of the dashboard (the address cards read its recent checks, the insight card the rest). */
export const INSIGHT_QUERY = { checks: 50, outages: 10 };

export type AddressView =
  | { kind: 'off' }
  | { kind: 'none'; text: string }
  | { kind: 'current'; ip: string; since: number | null; forMs: number | null }
  | {
      kind: 'last-known';
      ip: string;
      since: number | null;
      /** Held from `since` to its last confirmation: it no longer counts while unconfirmed. */
      forMs: number | null;
      /** Why the address may not be the current one. */
      why: string;
      confirmedAt: number | null;
    };

/** The states in which nothing confirms any address now. */
const STALE: ReadonlySet<HealthState> = new Set(['no-internet', 'disconnected', 'paused']);
const CONFIRMING: ReadonlySet<RecentCheckView['result']> = new Set(['unchanged', 'confirmed', 'changed']);

/**
 * When the family's address was last confirmed: its last check if that confirmed it, else the
 * newest confirming check among the recent ones kept by the store.
 */
export function lastConfirmedAt(f: FamilyStatus, recent: readonly RecentCheckView[]): number | null {
  if (isConfirmed(f) && f.lastCheck) return f.lastCheck.at;
  const at = recent.filter((c) => CONFIRMING.has(c.result)).map((c) => c.at);
  return at.length ? Math.max(...at) : null;
}

const UNCONFIRMED_WHY: Record<CheckMark, MessageId> = {
  unchanged: 'web.address.why.notConfirmed',
  confirmed: 'web.address.why.notConfirmed',
  changed: 'web.address.why.notConfirmed',
  uncertain: 'web.address.why.disagreed',
  unavailable: 'web.address.why.noAnswer',
  disabled: 'web.address.why.off',
  'no-source': 'web.address.why.noSource',
};

/** `words`: the page's language (the health's reason comes in it already). */
export function addressView(
  f: FamilyStatus,
  health: Pick<Health, 'state' | 'reason'>,
  now: number,
  confirmedAt: number | null,
  words: Translator,
): AddressView {
  if (!f.enabled) return { kind: 'off' };
  if (!f.ip)
    return {
      kind: 'none',
      text: f.lastCheck
        ? words.t('web.address.noAddress', { result: checkResultWords(f.lastCheck, words) })
        : words.t('web.address.notCheckedYet'),
    };
  const heldUntil = (to: number | null) => (f.since !== null && to !== null ? Math.max(0, to - f.since) : null);
  const lastKnown = (why: string): AddressView => ({
    kind: 'last-known',
    ip: f.ip!,
    since: f.since,
    forMs: heldUntil(confirmedAt),
    why,
    confirmedAt,
  });
  if (STALE.has(health.state)) return lastKnown(health.reason);
  if (!isConfirmed(f))
    return lastKnown(
      f.lastCheck
        ? words.t(UNCONFIRMED_WHY[checkMark(f.lastCheck.result, f.lastCheck.requests)], {
            noSource: noSourceWords(words),
          })
        : words.t('web.address.why.notSinceStart'),
    );
  return { kind: 'current', ip: f.ip, since: f.since, forMs: heldUntil(now) };
}

export interface RecentAddress {
  id: number;
  ip: string;
  family: 4 | 6;
  since: number;
  /** "was 81.2.69.1" for a change; the first address seen is not one. */
  note: string;
  change: boolean;
}

/** The recent addresses (newest first) as the dashboard lists them, and whether any was a change. */
export function recentAddresses(
  items: readonly HistoryEntry[],
  words: Translator,
): { rows: RecentAddress[]; anyChange: boolean } {
  const rows = items.map((e, i) => {
    const from = e.change?.from ?? null;
    // A change record without a former address is the family's first sighting, unless an older
    // address of the family is listed below it (the monitor knew none then); a run with no record
    // at all came in by import.
    const older = items.slice(i + 1).some((o) => o.family === e.family);
    const first = words.t(older ? 'web.address.noFormer' : 'web.address.firstSeen');
    return {
      id: e.id,
      ip: e.ip,
      family: e.family,
      since: e.firstSeen,
      note: from
        ? words.t('web.address.was', { address: from })
        : e.change
          ? first
          : words.t('web.address.noChangeRecorded'),
      change: from !== null,
    };
  });
  return { rows, anyChange: rows.some((r) => r.change) };
}

/** A family's last change while it is still news: the address it replaced and when. */
export interface FreshChange {
  family: 4 | 6;
  was: string;
  at: number;
}

/**
 * The change a family's card and the page's title mark, from the recent addresses (newest first):
 * the family's newest run, when it is the address shown now, came by a change, and began less
 * than `forMs` ago. So a change is marked for that long and no longer, and never a first address.
 *
 *   family's newest run           | its address   | began           | marked
 *   ------------------------------+---------------+-----------------+---------------------------
 *   none                          | -             | -               | nothing
 *   a first sighting, an import   | any           | any             | nothing (not a change)
 *   a change from X               | not the shown | any             | nothing (the list is behind)
 *   a change from X               | the shown one | forMs ago or more| nothing (no longer news)
 *   a change from X               | the shown one | in the future   | changed "now" (clock skew)
 *   a change from X               | the shown one | less than forMs | changed at its start, was X
 *
 * `forMs` 0: never marked.
 */
export function freshChange(
  items: readonly HistoryEntry[],
  family: 4 | 6,
  shownIp: string | null,
  now: number,
  forMs: number,
): FreshChange | null {
  const newest = items.find((e) => e.family === family);
  const was = newest?.change?.from ?? null;
  if (!newest || was === null || newest.ip !== shownIp) return null;
  const at = Math.min(newest.firstSeen, now);
  return now - at < forMs ? { family, was, at } : null;
}
