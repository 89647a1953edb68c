/**
 * When the fleet's link tries the broker again (issue 59): the house's one schedule
 * (net/etiquette.ts retryWait, jitter added) from FIRST_RETRY_MS doubling to LONGEST_RETRY_MS, and
 * a count of failures in a row that starts again only once a connection has stayed up STABLE_MS.
 * A broker that accepts each connection and drops it at once (a second runner with the same
 * client id, a full broker, an ACL that kicks) is then tried less and less often, not every second.
 * Pure.
 *
 *   failures before | the connection that closed   | failures after
 *   ----------------+------------------------------+---------------
 *   n               | never accepted (upForMs null)| n + 1
 *   n               | up for less than STABLE_MS   | n + 1
 *   n               | up for STABLE_MS or more     | 1
 */
import { type RetrySchedule, retryWait } from '../net/etiquette';

export const FIRST_RETRY_MS = 1000;
export const LONGEST_RETRY_MS = 60_000;
/** How long a connection must have stayed up for the next failure to count as the first. */
export const STABLE_MS = 60_000;

const LINK_SCHEDULE: RetrySchedule = { firstWaitMs: FIRST_RETRY_MS, maxWaitMs: LONGEST_RETRY_MS };

/** The failures in a row once a connection closed; `upForMs` null when it was never accepted. */
export const failuresAfterClose = (before: number, upForMs: number | null): number =>
  upForMs !== null && upForMs >= STABLE_MS ? 1 : Math.max(0, before) + 1;

/** The wait before the next try after `failures` in a row (at least 1), `random` in [0, 1). */
export const reconnectWait = (failures: number, random: number): number =>
  retryWait(failures, random, undefined, LINK_SCHEDULE);

/** A connection the broker closed before its CONNACK, with no error said: what the status says. */
export const CLOSED_BEFORE_ACCEPT =
  'the broker closed the connection before accepting it: check the user name, password and TLS settings';
