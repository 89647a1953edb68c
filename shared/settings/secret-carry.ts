/**
 * A stored secret never follows a changed destination (issue 50). When an edit sends a secret back
 * as its marker (`{ "set": true }`, shared/contract/settings.ts restoreSecrets), the stored value
 * is put back only if the item still sends to where it did (destinations.ts): a record whose API
 * address moved to another host must be given its token again, in Test as in Save, or whoever may
 * edit it could have IPWatch send the stored token to a host of their choosing. Pure.
 */
import { movedDestinations } from './destinations';
import { HOLDER_WORDS, holderItems, type SecretHolder, secretWords } from './secret-holders';

interface Pair {
  kind: SecretHolder;
  path: string[];
  before: unknown;
  after: unknown;
}

/** The items of an edit beside the stored ones they replace (same key: the same record id, channel id or part). */
function pairs(scope: 'settings' | SecretHolder, stored: unknown, restored: unknown): Pair[] {
  if (scope !== 'settings') return [{ kind: scope, path: [], before: stored, after: restored }];
  const before = new Map(holderItems(stored).map((h) => [h.key, h.item]));
  return holderItems(restored).map((h) => ({ kind: h.kind, path: h.path, before: before.get(h.key), after: h.item }));
}

/**
 * Which secrets restoreSecrets carried from the stored settings (`kept`, full dotted paths) must
 * not be carried, because the item they belong to now sends elsewhere; one error each, at the
 * secret's field: "enter the token again: the record's API address changed (was a.example, now
 * b.example)". `scope` is what restoreSecrets was given: whole settings, or one item of a kind
 * (a channel or a record being tested). A new item reusing a stored item's id is that item only
 * while it sends where that one did.
 */
export function carriedSecretErrors(
  scope: 'settings' | SecretHolder,
  stored: unknown,
  restored: unknown,
  kept: readonly string[],
): { path: string; message: string }[] {
  return pairs(scope, stored, restored).flatMap(({ kind, path, before, after }) => {
    const move = movedDestinations(kind, before, after)[0];
    if (!move) return [];
    const prefix = path.length ? `${path.join('.')}.` : '';
    const why = `${HOLDER_WORDS[kind]}'s ${move.label} changed (was ${move.was}, now ${move.now})`;
    return kept
      .filter((k) => k.startsWith(prefix))
      .map((k) => ({ path: k, message: `enter the ${secretWords(k.slice(prefix.length).split('.'))} again: ${why}` }));
  });
}
