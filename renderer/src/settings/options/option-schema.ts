/**
 * What a form reads from an object schema about one of its options (`['auth', 'pass']`): its
 * label and help (`about`), whether it is required, its default, bounds and choices. The
 * channel forms read a channel type's schema (shared/settings/channel-options.ts), the source forms a
 * source kind's (shared/settings/source.ts). Pure.
 */
import type * as z from 'zod/v4/core';
import { safeParse } from 'zod/v4/core';

import type { Translator } from '../../../../shared/i18n/translator';
import { fieldMeta, fieldSchema, shapeOf } from '../../../../shared/settings/schema-fields';
import { getAt } from '../schema-walk';

/** The schema of one option, or null when there is no such option. */
export function optionSchema(root: z.$ZodType, path: readonly string[]): z.$ZodType | null {
  let s: z.$ZodType | null = root;
  for (const key of path) s = s && fieldSchema(s, key);
  return s;
}

/** The option's label and help, from its schema, in `words`' language when given. */
export function optionMeta(
  root: z.$ZodType,
  path: readonly string[],
  words?: Translator,
): { label: string; help?: string } {
  const s = optionSchema(root, path);
  const meta = s ? fieldMeta(s, words) : {};
  return { label: meta.label ?? path.join('.'), ...(meta.help ? { help: meta.help } : {}) };
}

/** What an option is when left out: its default, or undefined (optional or required). */
export function optionDefault(root: z.$ZodType, path: readonly string[]): unknown {
  const s = optionSchema(root, path);
  const r = s ? safeParse(s, undefined) : undefined;
  return r?.success ? r.data : undefined;
}

/**
 * Whether the value cannot do without this option. An option inside an optional group
 * (email's `auth`) is required only once the group is there.
 */
export function optionRequired(root: z.$ZodType, path: readonly string[], value: unknown): boolean {
  for (let i = 1; i <= path.length; i++) {
    const s = optionSchema(root, path.slice(0, i));
    const optional = !s || safeParse(s, undefined).success;
    if (optional && (i === path.length || getAt(value, path.slice(0, i)) === undefined)) return false;
  }
  return true;
}

/**
 * The values a select offers, with the schema's words for each (in `words`' language when given):
 * an enum's values, a union of literals (0 | 1 | 2), true and false, or a short range of whole
 * numbers (a priority 1 to 5).
 */
export function optionChoices(
  root: z.$ZodType,
  path: readonly string[],
  words?: Translator,
): [value: unknown, label: string][] {
  const s = optionSchema(root, path);
  if (!s) return [];
  const shape = shapeOf(s);
  const named = fieldMeta(s, words).choices ?? {};
  let values: unknown[] = [];
  if (shape.kind === 'enum') values = shape.options;
  else if (shape.kind === 'boolean') values = [false, true];
  else if (
    shape.kind === 'number' &&
    shape.int &&
    shape.min !== null &&
    shape.max !== null &&
    shape.max - shape.min < 10
  )
    values = Array.from({ length: shape.max - shape.min + 1 }, (_, i) => shape.min! + i);
  return values.map((v) => [v, named[String(v)] ?? String(v)]);
}

/** The schema's bounds of a number option. */
export function optionBounds(root: z.$ZodType, path: readonly string[]): { min?: number; max?: number; int: boolean } {
  const s = optionSchema(root, path);
  const shape = s ? shapeOf(s) : null;
  if (shape?.kind !== 'number') return { int: false };
  return {
    ...(shape.min !== null ? { min: shape.min } : {}),
    ...(shape.max !== null ? { max: shape.max } : {}),
    int: shape.int,
  };
}
