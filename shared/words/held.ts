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
import type { Translator } from '../i18n/translator';
import { reason, type Reason } from '../reason';
import { reasonWords } from './reason';

/** The heading over the held notices, on the dashboard and in the bot's /status. */
export const heldTitle = (words: Translator): string => words.t('held.title');

/** What the notice says and when it goes, in `words`' language (`held.*`). */
export function heldWords(
  n: Pick<HeldNotice, 'kind' | 'family' | 'site' | 'dueAt'>,
  time: (ms: number) => string,
  words: Translator,
): string {
  if (n.kind === 'unreadable') return words.t('held.unreadable');
  const site = n.site ?? words.t('held.aSite');
  const what =
    n.kind === 'address-change'
      ? words.t('held.what.addressChange', { family: `IPv${n.family ?? '?'}` })
      : words.t(n.kind === 'site-offline' ? 'held.what.siteOffline' : 'held.what.siteChanged', { site });
  if (n.dueAt === null) return words.t('held.whenUnknown', { what });
  return words.t(n.kind === 'site-offline' ? 'held.dueUnlessReturns' : 'held.dueUnlessChangesBack', {
    what,
    time: time(n.dueAt),
  });
}

/** The policy's hold times (notifications.flapWindowSec and offlineAfterSec), in ms. */
export interface HoldTimes {
  flapWindowMs: number;
  offlineAfterMs: number;
}

/** Why the policy holds it, naming the setting as the Settings page does: the API's `reason`. */
export function heldReason(kind: HeldKind, t: HoldTimes): Reason {
  switch (kind) {
    case 'address-change':
      return reason('reason.held.addressChange', { durationMs: t.flapWindowMs });
    case 'site-changed':
      return reason('reason.held.siteChanged', { durationMs: t.flapWindowMs });
    case 'site-offline':
      return reason('reason.held.siteOffline', { durationMs: t.offlineAfterMs });
    case 'unreadable':
      return reason('reason.held.unreadable');
  }
}

/** heldReason in `words`' language. */
export const heldWhy = (kind: HeldKind, t: HoldTimes, words: Translator): string =>
  reasonWords(heldReason(kind, t), words);
