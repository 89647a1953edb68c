/**
 * Token sign-ins in the audit log (issue 58): each is a `session.sign-in` row, who and from where,
 * but one principal signing in again and again from the same place within a minute of the last
 * time counts on its row (repeated-rows.ts), so a loop of sign-ins with any valid token cannot
 * fill the log and push older rows past its bound.
 */
import type { Reason } from '../../../shared/reason';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { type AuditRows, createRepeatedRows, repeatDetail } from './repeated-rows';

export interface SignInLog {
  /** A sign-in that made a session: who (actorOf) and how and from where, in words. */
  signedIn(actor: string, detail: string, reason?: Reason): void;
}

/** Pure: a sign-in row's detail, and once repeated how many times over how long. */
export const signInDetail = (detail: string, times: number, spanMs: number): string =>
  repeatDetail(detail, 'signedIn', times, spanMs);

export function createSignInLog(rows: AuditRows, clock: Pick<Clock, 'now'>, logger: Logger): SignInLog {
  const repeated = createRepeatedRows(rows, clock, logger, signInDetail);
  return {
    signedIn: (actor, detail, reason) =>
      repeated.write(`${actor}\n${detail}`, {
        actor,
        action: 'session.sign-in',
        detail,
        result: 'ok',
        ...(reason && { reason }),
      }),
  };
}
