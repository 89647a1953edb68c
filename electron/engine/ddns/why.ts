/**
 * A record's reason as the engine keeps it (the job, the phase, the state): its English, the API's
 * `why` and the log's words, and the code it was written from (shared/contract/reason.ts), so a
 * reader in another language says it in its own. A reason the engine has only in English (a job
 * saved before codes, a provider's outcome not yet a code) has no code, and its English stands.
 */
import type { Reason, ReasonCode, ReasonValues, WireReason } from '../../../shared/contract/reason';
import { inEnglish, reason } from '../reason';

/** The reason of `code` with `values`, in English and as its code. */
export const why = (code: ReasonCode, values: ReasonValues = {}, inner?: Reason): { text: string; code: Reason } => {
  const r = reason(code, values, inner);
  return { text: inEnglish(r), code: r };
};

/** A state's `why` and `code` from the reason of `code` with `values`. */
export const asWhy = (code: ReasonCode, values: ReasonValues = {}, inner?: Reason): { why: string; code: Reason } => {
  const { text, code: r } = why(code, values, inner);
  return { why: text, code: r };
};

/** An outcome's `detail` and `code` from the reason of `code` with `values` (a read that differs). */
export const asDetail = (code: ReasonCode, values: ReasonValues = {}): { detail: string; code: Reason } => {
  const { text, code: r } = why(code, values);
  return { detail: text, code: r };
};

/** `{ code }` when there is one, else nothing: spread beside a reason's English. */
export const codeField = (code: WireReason | undefined): { code?: WireReason } => (code ? { code } : {});

/** A reason as the keeper passes it on: its English and, when it has one, its code. */
export interface Why {
  text: string;
  code?: WireReason | undefined;
}

/** The job's reason, or the reason of `otherwise` when it has none. */
export const jobWhy = (job: { reason: string | null; reasonCode?: WireReason }, otherwise: ReasonCode): Why =>
  job.reason !== null ? { text: job.reason, code: job.reasonCode } : why(otherwise);

/**
 * The status's `why` and its code from the record's state: none while propagating, none in step
 * unless the state says how it is known, else the state's own or the job's last reason.
 */
export function statusWhy(
  state: { state: string; why?: string; code?: WireReason },
  job: { reason: string | null; reasonCode?: WireReason } | null,
): { why: string | null; reason?: WireReason } {
  if (state.state === 'propagating') return { why: null };
  if (state.why !== undefined) return { why: state.why, ...(state.code ? { reason: state.code } : {}) };
  if (state.state === 'in-step' || !job || job.reason === null) return { why: null };
  return { why: job.reason, ...(job.reasonCode ? { reason: job.reasonCode } : {}) };
}
