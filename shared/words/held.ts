/**
 * A notice the alert policy holds, in words (issue 51), one copy for the API, the CLI and the
 * dashboard: "office offline, sent at 14:02 unless it returns". `time` writes the moment as the
 * reader wants it (the API and the CLI in UTC, the page in the viewer's zone and clock), so the
 * sentence is the same everywhere. What it says, then why the policy holds it. Pure.
 *
 *   kind           | due known | words
 *   ---------------+-----------+---------------------------------------------------------------
 *   address-change | yes       | IPv4 address change, sent at T unless it changes back
 *   site-offline   | yes       | office offline, sent at T unless it returns
 *   site-offline   | no        | office offline; when it is sent is unknown
 *   site-changed   | yes       | office changed address, sent at T unless it changes back
 *   unreadable     | -         | a notice this version cannot read; when it is sent is unknown
 */
import type { HeldKind, HeldNotice } from '../contract/held';
import { formatDuration } from './duration';

const UNKNOWN = 'when it is sent is unknown';

/** The heading over the held notices, on the dashboard and in the bot's /status. */
export const HELD_TITLE = 'Held by the alert policy';

/** What the notice says and when it goes. */
export function heldWords(n: Pick<HeldNotice, 'kind' | 'family' | 'site' | 'dueAt'>, time: (ms: number) => string) {
  if (n.kind === 'unreadable') return `a notice this version cannot read; ${UNKNOWN}`;
  const what =
    n.kind === 'address-change'
      ? `IPv${n.family ?? '?'} address change`
      : `${n.site ?? 'a site'} ${n.kind === 'site-offline' ? 'offline' : 'changed address'}`;
  if (n.dueAt === null) return `${what}; ${UNKNOWN}`;
  return `${what}, sent at ${time(n.dueAt)} unless it ${n.kind === 'site-offline' ? 'returns' : 'changes back'}`;
}

/** The policy's hold times (notifications.flapWindowSec and offlineAfterSec), in ms. */
export interface HoldTimes {
  flapWindowMs: number;
  offlineAfterMs: number;
}

/** Why the policy holds it, naming the setting as the Settings page does. */
export function heldWhy(kind: HeldKind, t: HoldTimes): string {
  const flap = `"Hold changes for" is ${formatDuration(t.flapWindowMs)}`;
  switch (kind) {
    case 'address-change':
      return `a change back within the hold is one flap notice, not two: ${flap}`;
    case 'site-changed':
      return `a site's change back within the hold is not told: ${flap}`;
    case 'site-offline':
      return `a site back before then was a blip, not told: "Report offline after" is ${formatDuration(t.offlineAfterMs)}`;
    case 'unreadable':
      return 'written by another version of IPWatch; set aside when the monitor next starts';
  }
}
