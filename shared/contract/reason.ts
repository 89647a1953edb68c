/**
 * A reason as it travels in the API (the schema; the reason itself, its code and values, is
 * shared/reason.ts, free of zod for the dashboard's first load): a code of the catalogue's
 * `reasons` area and its values, beside the English field the API has always given (issue 62). The engine writes that English from the same code (`reasonWords(r,
 * english)`), so the two cannot differ; a reader says the code in its own language and falls
 * back to the English field for a code it does not know (an engine newer or older than it).
 *
 * Values are facts, not words: numbers, names, addresses, a raw error text (`error`, said by
 * shared/words/error.ts), a program's own answer (`said`, bounded by the engine), a duration in
 * ms (`durationMs`). `inner` is a reason inside this one ("metered ({inner})"), one level deep.
 */
import * as z from 'zod/mini';

import { described } from './described';

export type { Reason, ReasonCode, ReasonValues } from '../reason';

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
