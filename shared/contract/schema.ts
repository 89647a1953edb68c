/**
 * The type every schema of the contract is held to. Its own module, below status.ts and the
 * method helpers (method.ts, fleet/methods.ts), which status.ts imports through the fleet's
 * contract: each imports it here, so none imports the other back. Pure.
 */
import type * as core from 'zod/v4/core';

/**
 * A zod schema (classic or mini) whose parsed value is a T, with the parse methods both kinds
 * have. `NoInfer` on safeParse: a method's output type is inferred from the schema's own output,
 * never from the error branch's absent `data` (which would add `undefined`).
 */
export interface Schema<T> extends core.$ZodType<T> {
  parse(data: unknown): T;
  safeParse(
    data: unknown,
  ): { success: true; data: NoInfer<T>; error?: never } | { success: false; error: core.$ZodError };
}
