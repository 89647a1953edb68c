/**
 * Why a check found no address: ONE cause per family and per check, decided here from what each
 * source did, and said by every door (the banner, the address cards, Activity, the API, the CLI,
 * the bot and the runner's log) through one word function (shared/words/check-cause.ts) and one
 * catalogue entry each (`reason.cause.*`). The engine decides it once per check
 * (ip-monitor/family-runner.ts, engine.ts) and puts it on the family's last check and on the
 * check event (`cause`), and the outage's (`reason` beside its English). Pure.
 *
 * A family from its own sources (familyCause), first row that matches wins:
 *
 * | the check                                                   | cause      |
 * |-------------------------------------------------------------|------------|
 * | an address was confirmed                                    | null       |
 * | no request sent (no source set up)                          | no-source  |
 * | sources answered with two or more different addresses       | differ     |
 * | sources answered one address, too few to confirm it         | too-few    |
 * | every address a source gave was dropped by the detection filter | filtered |
 * | a source replied, but without an address (a portal, NXDOMAIN) | no-address |
 * | the interface or address to leave from could not be used    | no-egress  |
 * | every request failed to connect, timed out or its DNS lookup failed | network |
 *
 * Then beside the other family (withOther): a family's `network` reads `no-ipv6` (or `no-ipv4`)
 * only when the other family reached out in the same check or its latest (an address came back:
 * null, differ, too-few, filtered); with both down it stays `network`, never "no IPv6".
 *
 * An outage (outageCause): `no-address` when any family asked met a reply without an address,
 * otherwise `network`.
 */
import type { Reason } from './contract/reason';
import { reason } from './reason';

/** An address family (shared/types.ts's, which names this module's cause). */
type Family = 4 | 6;

export const CHECK_CAUSES = [
  'network',
  'no-address',
  'differ',
  'too-few',
  'no-ipv6',
  'no-ipv4',
  'no-source',
  'filtered',
  'no-egress',
] as const;
export type CheckCause = (typeof CHECK_CAUSES)[number];

/** What the cause reads of one source's request: an address, or a reply (`replied`) without one. */
export interface CauseAttempt {
  ok: boolean;
  ip?: string | undefined;
  /** A failed request got a reply (a page, an HTTP error, NXDOMAIN): the way out works. */
  replied?: boolean | undefined;
  /** The source gave an address the detection filter dropped (shared/detection-filter.ts): the way out works. */
  filtered?: boolean | undefined;
  /** The request could not leave: the interface or address chosen to leave from is not usable (shared/egress-from.ts). */
  unbound?: boolean | undefined;
}

/** A family's cause from its own sources' requests; null when an address was confirmed. */
export function familyCause(attempts: readonly CauseAttempt[], confirmed: boolean): CheckCause | null {
  if (confirmed) return null;
  if (!attempts.length) return 'no-source';
  const ips = new Set(attempts.flatMap((a) => (a.ok && a.ip !== undefined ? [a.ip] : [])));
  if (ips.size > 1) return 'differ';
  if (ips.size === 1) return 'too-few';
  if (attempts.some((a) => a.filtered)) return 'filtered';
  if (attempts.some((a) => !a.ok && a.replied)) return 'no-address';
  return attempts.some((a) => a.unbound) ? 'no-egress' : 'network';
}

/** An address came back over the family: its way out works, whatever was confirmed. */
const reachedOut = (c: CheckCause | null): boolean =>
  c === null || c === 'differ' || c === 'too-few' || c === 'filtered';

/**
 * A family's cause beside the other family's (`other`: undefined when it is off or not checked
 * yet): "no IPv6" only when IPv4 reached out and IPv6 found no way at all.
 */
export function withOther(
  own: CheckCause | null,
  family: Family,
  other: CheckCause | null | undefined,
): CheckCause | null {
  if (own !== 'network' || other === undefined || !reachedOut(other)) return own;
  return family === 6 ? 'no-ipv6' : 'no-ipv4';
}

/** Both families' causes of one check, each beside the other (a family not asked: undefined). */
export function checkCauses(
  own: Partial<Record<Family, CheckCause | null>>,
): Partial<Record<Family, CheckCause | null>> {
  const out: Partial<Record<Family, CheckCause | null>> = {};
  if (4 in own) out[4] = withOther(own[4] ?? null, 4, own[6]);
  if (6 in own) out[6] = withOther(own[6] ?? null, 6, own[4]);
  return out;
}

/** Why the machine is offline: the causes an outage can have. */
export type OutageCause = Extract<CheckCause, 'network' | 'no-address'>;

/** Why the machine is offline, from the causes of the families asked (none reached out). */
export const outageCause = (causes: readonly (CheckCause | null | undefined)[]): OutageCause =>
  causes.includes('no-address') ? 'no-address' : 'network';

/** Each cause's words in the catalogue: a reason, so the API gives its code beside the English. */
export const CAUSE_REASON = {
  network: 'reason.cause.network',
  'no-address': 'reason.cause.noAddress',
  differ: 'reason.cause.differ',
  'too-few': 'reason.cause.tooFew',
  'no-ipv6': 'reason.cause.noIpv6',
  'no-ipv4': 'reason.cause.noIpv4',
  'no-source': 'reason.cause.noSource',
  filtered: 'reason.cause.filtered',
  'no-egress': 'reason.cause.noEgress',
} as const satisfies Record<CheckCause, string>;

/** The cause as a reason (code, no values): the wire's and the history's form. */
export const causeReason = (cause: CheckCause): Reason => reason(CAUSE_REASON[cause]);

/** The cause a reason stands for, when it is one of these. */
export function causeOfReason(code: string | undefined): CheckCause | undefined {
  return CHECK_CAUSES.find((c) => CAUSE_REASON[c] === code);
}
