/**
 * A dynamic DNS record's change of state as a notice: ddns/state-events.ts decides which changes
 * are worth one (trouble that begins or changes, and the way back to in step), so each is told
 * once, never per attempt. The key is the record, the notice and its time: a notice replayed
 * after a crash is the same outbox row. Pure.
 *
 *   event's notice | notice
 *   ---------------+---------------------------------------------------------------
 *   null           | none (our own update under way, propagating, switched off...)
 *   stopped        | ddns-stopped, with why (a person must act)
 *   waiting        | ddns-waiting, with why (tried again by itself)
 *   failed         | ddns-failed, with why
 *   in-step        | ddns-in-step, with how long it was not
 */
import type { DdnsStateEvent } from '../../../../shared/types';
import type { DdnsNotice } from '../types';

export function ddnsNotice(e: DdnsStateEvent): DdnsNotice | null {
  if (e.notice === null) return null;
  const kind: DdnsNotice['kind'] = `ddns-${e.notice}`;
  return {
    kind,
    key: `ddns:${e.record}:${kind}@${e.at}`,
    at: e.at,
    record: e.record,
    name: e.name,
    recordType: e.recordType,
    provider: e.provider,
    state: e.to,
    was: e.from,
    why: e.why,
    ...(e.reason ? { reason: e.reason } : {}),
    address: e.address,
    troubleMs: e.troubleMs,
    nextAttemptAt: e.nextAttemptAt,
  };
}
