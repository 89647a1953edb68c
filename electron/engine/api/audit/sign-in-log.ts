/**
 * Sign-ins and sign-outs in the audit log (issues 58 and 73): each is a row, who and from where,
 * but one principal doing the same again within a minute of the last time counts on its row
 * (repeated-rows.ts): a sign-in from the same place, a sign-out, a sign-out everywhere. So a loop
 * of them with any valid token cannot fill the log; what is left (a sign-in from an address that
 * changes each time, a loop slower than a minute) counts against that principal's own share of
 * the access rows (store/audit.ts), never anyone else's rows and never the owner's changes.
 */
import type { Reason } from '../../../../shared/reason';
import type { RepeatVerb } from '../../../../shared/words/audit-repeated';
import type { Clock } from '../../clock';
import type { Logger } from '../../logger';
import { inEnglish } from '../../reason';
import { type AuditRows, createRepeatedRows, repeatDetail, type RepeatWords } from './repeated-rows';

export interface SignInLog {
  /** A sign-in that made a session: who (actorOf) and how and from where, in words. */
  signedIn(actor: string, detail: string, reason?: Reason): void;
  /** A session ended by its own browser (`DELETE /api/v1/session`). */
  signedOut(actor: string): void;
  /** Every session of one person ended by one of them; `reason` how many (reason.audit.signedOutEverywhere). */
  signedOutEverywhere(actor: string, reason: Reason): void;
}

/** Pure: a sign-in row's detail, and once repeated how many times over how long. */
export const signInDetail = (detail: string | null, times: number, spanMs: number): string =>
  repeatDetail(detail, 'signedIn', times, spanMs);

const wordsOf =
  (verb: RepeatVerb): RepeatWords =>
  (detail, times, spanMs) =>
    repeatDetail(detail, verb, times, spanMs);

export function createSignInLog(rows: AuditRows, clock: Pick<Clock, 'monotonic'>, logger: Logger): SignInLog {
  const ins = createRepeatedRows(rows, clock, logger, signInDetail);
  const outs = createRepeatedRows(rows, clock, logger, wordsOf('signedOut'));
  const everywhere = createRepeatedRows(rows, clock, logger, wordsOf('signedOutEverywhere'));
  return {
    // From the same place: a sign-in from elsewhere is a row of its own, so the row's address stays true.
    signedIn: (actor, detail, reason) =>
      ins.write(`${actor}\n${detail}`, {
        actor,
        action: 'session.sign-in',
        detail,
        result: 'ok',
        ...(reason && { reason }),
      }),
    signedOut: (actor) => outs.write(actor, { actor, action: 'session.sign-out', detail: null, result: 'ok' }),
    signedOutEverywhere: (actor, reason) =>
      everywhere.write(actor, {
        actor,
        action: 'session.sign-out-everywhere',
        detail: inEnglish(reason),
        result: 'ok',
        reason,
      }),
  };
}
