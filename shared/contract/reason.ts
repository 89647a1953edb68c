/**
 * A reason the engine decided (why a monitor is down, why a test was left out...), as a code of
 * the catalogue's `reasons` area and its values, beside the English field the API has always
 * given (issue 62). The engine writes that English from the same code (`reasonWords(r,
 * english)`), so the two cannot differ; a reader says the code in its own language and falls
 * back to the English field for a code it does not know (an engine newer or older than it).
 *
 * Values are facts, not words: numbers, names, addresses, a raw error text (`error`, said by
 * shared/words/error.ts), a program's own answer (`said`, bounded by the engine), a duration in
 * ms (`durationMs`). `inner` is a reason inside this one ("metered ({inner})"), one level deep.
 */
import * as z from 'zod/mini';

import type { reasons } from '../i18n/catalogues/en/reasons';
import type { reasons2 } from '../i18n/catalogues/en/reasons-2';
import { described } from './described';

/** A code the engine can produce: a `reason.*` key of the catalogue's reasons areas. */
export type ReasonCode = keyof typeof reasons | Extract<keyof typeof reasons2, `reason.${string}`>;

/** A reason's values: facts the message places, never words. */
export type ReasonValues = Readonly<Record<string, string | number>>;

/** A reason as the engine builds it: its code typed against the catalogue. */
export interface Reason {
  readonly code: ReasonCode;
  readonly values: ReasonValues;
  readonly inner?: { readonly code: ReasonCode; readonly values: ReasonValues };
}

const flat = {
  code: described(z.string(), "a key of the catalogue's reasons area (shared/i18n/catalogues/en/reasons.ts)"),
  values: described(
    z.record(z.string(), z.union([z.string(), z.number()])),
    "the message's arguments: facts, not words",
  ),
};

/**
 * A reason as it travels: the code a plain string, so a reader built before a code existed still
 * reads the rest (and says the English field instead).
 */
export const reasonSchema = z.object({ ...flat, inner: z.optional(z.object(flat)) });
export type WireReason = z.output<typeof reasonSchema>;

/** A reason of `code` with `values` (and a reason inside it). */
export const reason = (code: ReasonCode, values: ReasonValues = {}, inner?: Reason): Reason =>
  inner ? { code, values, inner: { code: inner.code, values: inner.values } } : { code, values };
