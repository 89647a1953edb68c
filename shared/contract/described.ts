/**
 * A schema's description in zod/mini: classic zod's `.describe(text)` (a clone registered with
 * `{ description }` in the global registry, which the OpenAPI document and the JSON Schemas read).
 * Pure.
 */
import * as z from 'zod/mini';

/** `schema` described by `text`, as classic zod's `schema.describe(text)`. */
export const described = <S extends z.ZodMiniType>(schema: S, text: string): S =>
  schema.check(z.describe<z.output<S>>(text));
