/**
 * electron/engine/api/audit: the door's rows in the audit log: refusals (refusals.ts), sign-ins and
 * sign-outs (sign-in-log.ts), and a loop of either counted on one row (repeated-rows.ts).
 *
 * Refused requests in the audit log (issue 50): a viewer's or a metrics token's change (or a
 * request sent outside) refused at the door (auth-hook.ts), and a dangerous change refused by its
 * rule (guards.ts dangerRefusal, through routes.ts), and a person sign-in with Discord refuses
 * (discord-sign-in/callback.ts, as `session.sign-in`), and a metrics token's browser sign-in
 * (auth-hook.ts). Each is a `refused` row: who (auth-hook.ts actorOf, or the Discord name and id),
 * what (the contract method) and why, in the words the caller was given.
 *
 * A client retrying a refused request in a loop must not fill the log: the same who and what
 * refused again within a minute counts on the row already written (repeated-rows.ts). A refused
 * read writes nothing (a metrics token polling the status is no attempt at anything), and nor
 * does a wrong token: the limit on failures and its count say that (auth-hook.ts).
 */
import { reason, type Reason } from '../../../../shared/reason';
import type { Clock } from '../../clock';
import type { Logger } from '../../logger';
import type { Access } from '../access/guards';
import type { Role } from '../access/principal';
import { type AuditRows, createRepeatedRows, MAX_COUNTED_ROWS, repeatDetail, REPEAT_MS } from './repeated-rows';

export { countsOn } from './repeated-rows';
/** A refusal within this long of the last one of the same who and what counts on its row. */
export const REFUSAL_REPEAT_MS = REPEAT_MS;
/** Who and what pairs being counted in memory. */
export const MAX_COUNTED_REFUSALS = MAX_COUNTED_ROWS;
export type RefusalRows = AuditRows;

export interface RefusalLog {
  /** A refused request: who (actorOf), what (the contract method's name) and why in words. */
  refused(actor: string, action: string, why: string, reason?: Reason): void;
}

/** Pure: a row's detail: why, and once repeated how many times over how long. */
export const refusalDetail = (why: string | null, times: number, spanMs: number): string =>
  repeatDetail(why, 'refused', times, spanMs);

/**
 * Why `role` may not call `method` (a change or a request outside) as a code: guards.ts
 * refusedFor's words, which the API's 403 says, kept with the audit row so the Audit page says
 * them in its reader's language (issue 62; its English the same, reason-english-13.test.ts).
 */
export function refusalReason(role: Role, access: Access, method: string): Reason | undefined {
  if (role === 'metrics') return reason('reason.audit.metricsMay', { method });
  if (access === 'act') return reason('reason.audit.viewerAct', { method });
  return access === 'write' ? reason('reason.audit.viewerChange', { method }) : undefined;
}

/** The log of refusals over these rows; a row that cannot be written is logged, and the request is refused all the same. */
export function createRefusalLog(rows: RefusalRows, clock: Pick<Clock, 'monotonic'>, logger: Logger): RefusalLog {
  const repeated = createRepeatedRows(rows, clock, logger, refusalDetail);
  return {
    refused: (actor, action, why, reason) =>
      repeated.write(`${actor}\n${action}`, {
        actor,
        action,
        detail: why,
        result: 'refused',
        ...(reason && { reason }),
      }),
  };
}
