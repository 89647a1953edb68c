/**
 * The settings schema in the OpenAPI document (components/schemas/Settings), which the settings
 * routes refer to (shared/contract/settings.ts SETTINGS_SCHEMA_REF): every field with its bounds,
 * default, label (`title`) and one line of help (`description`), from the same zod schema the
 * engine validates with and the Settings page is drawn from.
 */
import * as z from 'zod/mini';

import { settingsSchema } from '../../../../shared/settings';

export function settingsJsonSchema(): Record<string, unknown> {
  // `input`: what a client may send (defaults optional). A preprocess (a guild given as a bare id)
  // cannot be written in JSON Schema; its target schema stands for it.
  const { $schema: _dialect, ...schema } = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    description:
      'The settings (settings.json). A read shows every secret as { "set": true } or { "set": false }; ' +
      'a write may send that marker back to keep the stored value.',
  };
}
