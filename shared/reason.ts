/**
 * A reason the engine decided (why a monitor is down, why a test was left out...): a code of the
 * catalogue's `reason.*` messages and its values (issue 62; docs/i18n.md, Reasons). Schema-free, so the
 * dashboard's first load can build and say one without zod; shared/contract/reason.ts is its
 * schema on the wire. Pure.
 */
import type { MessageId } from './i18n/catalogues/en';

/** A code the engine can produce: a `reason.*` key of the catalogue (its rooms hold them by what they are about). */
export type ReasonCode = Extract<MessageId, `reason.${string}`>;

/** A reason's values: facts the message places, never words. */
export type ReasonValues = Readonly<Record<string, string | number>>;

/** A reason as the engine builds it: its code typed against the catalogue. */
export interface Reason {
  readonly code: ReasonCode;
  readonly values: ReasonValues;
  readonly inner?: { readonly code: ReasonCode; readonly values: ReasonValues };
}

/** A reason of `code` with `values` (and a reason inside it). */
export const reason = (code: ReasonCode, values: ReasonValues = {}, inner?: Reason): Reason =>
  inner ? { code, values, inner: { code: inner.code, values: inner.values } } : { code, values };
