/**
 * What the Settings page finds wrong with its draft before sending it: the settings schema's
 * messages, and a secret left as stored (its marker) in a record or channel that now sends to
 * another host, which the engine would refuse as well (shared/settings/secret-carry.ts): "enter
 * the token again: the record's API address changed (was a.example, now b.example)", at the
 * secret's field.
 */
import { movedSecretErrors } from '../../../shared/contract/settings';
import { settingsSchema } from '../../../shared/settings';
import { clientErrors } from './schema-walk';

export function draftErrors(draft: unknown, saved: unknown): Map<string, string> {
  const found = clientErrors(settingsSchema, draft);
  for (const e of movedSecretErrors(draft, saved, 'settings')) found.set(e.path, e.message);
  return found;
}
