/**
 * The form's side of the settings schema: reading and writing a draft by path, the schema's own
 * messages by path, and a field's label and help. What a field is (bounds, choices, label) is read
 * from the schema itself (shared/schema-fields.ts), so nothing about a field is written twice. Pure.
 */
import type { z } from 'zod';

import { fieldMeta, getAt, type Path } from '../../../shared/schema-fields';

export {
  type FieldShape,
  fieldMeta,
  fieldSchema,
  getAt,
  isNullable,
  isOptional,
  type Path,
  type ScalarShape,
  shapeOf,
  unionOption,
  unwrap,
} from '../../../shared/schema-fields';

export const pathKey = (p: Path): string => p.join('.');

/** A copy of `obj` with `value` at `path` (undefined deletes the key). */
export function setAt<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [k, ...rest] = path;
  const base: Record<string | number, unknown> = Array.isArray(obj)
    ? ([...obj] as unknown as Record<number, unknown>)
    : { ...(obj as Record<string, unknown>) };
  const next = setAt(base[k!], rest, value);
  if (next === undefined && !Array.isArray(obj)) delete base[k!];
  else base[k!] = next;
  return base as T;
}

/** zod issues keyed by dotted path, the first message of each. */
export function errorsByPath(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of issues) {
    const key = i.path.map(String).join('.');
    if (!out.has(key)) out.set(key, i.message);
  }
  return out;
}

/** What a settings read puts in place of a secret; sent back as it is, the stored value stays. */
export const isSecretMarker = (v: unknown): v is { set: boolean; from?: string } =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as { set?: unknown }).set === 'boolean' &&
  Object.keys(v).every((k) => k === 'set' || k === 'from');

/**
 * The schema's own messages for a draft, by path, except where a secret marker stands (the
 * engine checks the stored secret it keeps there).
 */
export function clientErrors(schema: z.ZodType, draft: unknown): Map<string, string> {
  const r = schema.safeParse(draft);
  if (r.success) return new Map();
  const onMarker = (path: readonly PropertyKey[]) =>
    path.some((_, i) => isSecretMarker(getAt(draft, path.slice(0, i + 1) as Path)));
  return errorsByPath(r.error.issues.filter((i) => !onMarker(i.path)));
}

/** The first message at `path` or inside it (a list's items: `sources.disabled.2`). */
export function errorWithin(errors: Map<string, string>, path: Path): string | undefined {
  const key = pathKey(path);
  return errors.get(key) ?? [...errors].find(([k]) => k.startsWith(`${key}.`))?.[1];
}

/** A field's label: the schema's own (schema-common `about`), else its key in words (a channel's own option). */
export const labelFor = (schema: z.ZodType | null, key: string): string =>
  (schema && fieldMeta(schema).label) || labelOf(key);

/** "intervalSec" -> "Interval (s)", "ipv6Compare" -> "IPv6 compare": for keys the schema does not name. */
export function labelOf(key: string): string {
  const units: [RegExp, string][] = [
    [/Sec$/, ' (s)'],
    [/Ms$/, ' (ms)'],
    [/Days$/, ' (days)'],
    [/Hours$/, ' (hours)'],
  ];
  let unit = '';
  let base = key;
  for (const [re, u] of units)
    if (re.test(key)) {
      unit = u;
      base = key.replace(re, '');
    }
  const words = base
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bipv(\d)/g, 'IPv$1');
  return words.charAt(0).toUpperCase() + words.slice(1) + unit;
}
