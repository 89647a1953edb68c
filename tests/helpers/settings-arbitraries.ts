/**
 * Settings drawn for property tests: the defaults with a few leaves changed (any leaf, to a value
 * of its own type or another), so each run reaches another part of the schema, and some draws are
 * valid settings and some are not.
 */
import fc from 'fast-check';

import { defaultSettings } from '../../shared/settings';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every leaf of a JSON value, by its path. */
export function leaves(v: Json, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [at];
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  return entries.length === 0 ? [at] : entries.flatMap(([k, x]) => leaves(x, [...at, k]));
}

export function setAt(root: Json, at: (string | number)[], value: Json): Json {
  if (at.length === 0) return value;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, Json>;
  copy[at[0]!] = setAt(copy[at[0]!] ?? null, at.slice(1), value);
  return copy as Json;
}

export const leafValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<Json>(true, false, 0, 1, 30, 300, 3600, 65_535, -1, 1.5, '', 'x', null) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 100_000 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom<Json>([], {}, ['a'], 'https://example.org/x', 'debug', 'warn', 'off') },
);

/** The defaults as JSON, with up to `maxEdits` leaves set to drawn values. */
export function editedDefaults(maxEdits = 4): fc.Arbitrary<Json> {
  const base = JSON.parse(JSON.stringify(defaultSettings())) as Json;
  const paths = leaves(base);
  return fc
    .array(fc.tuple(fc.nat(paths.length - 1), leafValue), { maxLength: maxEdits })
    .map((edits) => edits.reduce((r, [i, v]) => setAt(r, paths[i]!, v), base));
}
