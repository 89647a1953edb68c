/**
 * Whether a watcher heard every retained state the broker holds (issue 74). A broker sends a new
 * subscriber every retained state at once, and mosquitto queues at most `max_queued_messages`
 * (1,000 by default) above the `max_inflight_messages` (20) in flight: the rest are dropped without a
 * word to the client (mosquitto 2.0.11 src/database.c db__message_insert, src/retain.c
 * retain__queue). A fresh watcher of 2,000 sites heard 1,020 and could not tell.
 *
 * No site can say how many sites there are (the docs' ACL lets a site read nothing) and none is
 * trusted to: the figure is the broker's own. The watcher reads two of mosquitto's `$SYS` figures
 * where its ACL lets it (docs/fleet.md): `$SYS/broker/publish/messages/dropped`, the messages the
 * broker dropped for a full queue since it started, and `$SYS/broker/uptime`, which the broker
 * publishes every `sys_interval` and so marks each fresh batch of figures. The dropped figure's
 * retained copy (asked for first, in the same SUBSCRIBE as the states) is the count before the
 * states were queued; the count in the second live batch after it includes every drop of the
 * states' queueing, which mosquitto does while it handles the SUBSCRIBE. Their difference is what
 * the broker dropped meanwhile. A site cannot raise it: the docs' ACL lets a site read nothing, so
 * the broker queues nothing for it to drop; another client of a shared broker can, which the words
 * say. No figure within HEARD_WAIT_MS: unknown, in words. Pure decision, one small record.
 */

export const SYS_DROPPED = '$SYS/broker/publish/messages/dropped';
export const SYS_UPTIME = '$SYS/broker/uptime';
/** The `$SYS` topics the watcher asks for, before the states in the same SUBSCRIBE. */
export const SYS_TOPICS = [SYS_DROPPED, SYS_UPTIME] as const;
/** How long after subscribing the figures may take before the count is called unknown (3 × mosquitto's default sys_interval). */
export const HEARD_WAIT_MS = 30_000;
/** Live `uptime` batches after subscribing: the second's figures hold every drop of the states' queueing. */
export const HEARD_TICKS = 2;

export interface HeardRecord {
  /** Retained states heard since this (re)subscription. */
  retained: number;
  /** The dropped figure's retained copy: the broker's count before the states were queued. */
  before: number | null;
  /** The newest live dropped figure. */
  latest: number | null;
  /** Live `uptime` messages since subscribing. */
  ticks: number;
  /** HEARD_WAIT_MS passed without HEARD_TICKS batches. */
  timedOut: boolean;
}

export type HeardVerdict = 'counting' | 'none-dropped' | 'dropped' | 'unknown';

export interface Heard {
  verdict: HeardVerdict;
  /** Retained states heard since the watcher last subscribed. */
  retained: number;
  /** Messages the broker says it dropped while it sent them; null unless the verdict is `dropped` or `none-dropped`. */
  dropped: number | null;
}

export const freshHeard = (): HeardRecord => ({ retained: 0, before: null, latest: null, ticks: 0, timedOut: false });

/** The record after one message on `topic` (retained: the broker's retained copy). Pure. */
export function heardStep(r: HeardRecord, topic: string, body: string, retained: boolean): HeardRecord {
  if (topic === SYS_UPTIME) return retained || settled(r) ? r : { ...r, ticks: r.ticks + 1 };
  if (topic !== SYS_DROPPED || settled(r)) return r;
  const n = /^\d{1,15}$/.test(body.trim()) ? Number(body.trim()) : null;
  if (n === null) return r;
  return retained ? { ...r, before: n } : { ...r, latest: n };
}

const settled = (r: HeardRecord) => r.ticks >= HEARD_TICKS || r.timedOut;

/**
 *   figures heard                                   | verdict
 *   ------------------------------------------------+-------------------------------------------
 *   HEARD_TICKS live uptimes, a dropped figure      | none-dropped / dropped (latest − before)
 *   HEARD_TICKS live uptimes, no dropped figure     | unknown (the ACL lets uptime through only)
 *   fewer, HEARD_WAIT_MS passed                     | unknown
 *   fewer, within HEARD_WAIT_MS                     | counting
 *
 * With no retained copy (a broker started since its last batch) the count starts from 0: every
 * drop since the broker started is counted, ours among them.
 */
export function heardVerdict(r: HeardRecord): Heard {
  const base = { retained: r.retained, dropped: null };
  if (r.ticks < HEARD_TICKS) return { ...base, verdict: r.timedOut ? 'unknown' : 'counting' };
  if (r.before === null && r.latest === null) return { ...base, verdict: 'unknown' };
  const dropped = Math.max(0, (r.latest ?? r.before ?? 0) - (r.before ?? 0));
  return { ...base, verdict: dropped > 0 ? 'dropped' : 'none-dropped', dropped };
}
