/**
 * The form's side of the settings schema: reading and writing a draft by path, the schema's own
 * messages by path, and a field's label and help. What a field is (bounds, choices, label) is read
 * from the schema itself (shared/settings/schema-fields.ts), so nothing about a field is written twice. Pure.
 */
import type * as z from 'zod/v4/core';
import { safeParse } from 'zod/v4/core';

import type { Translator } from '../../../shared/i18n/translator';
import {
  fieldMeta,
  fieldSchema,
  getAt,
  metaIn,
  type Path,
  shapeOf,
  unionOptions,
  unwrap,
} from '../../../shared/settings/schema-fields';
import { type FieldFacts, factsOfText, type IssueFacts, issueWords, unitOf } from './issue-words';

export {
  type FieldShape,
  fieldMeta,
  fieldSchema,
  getAt,
  isNullable,
  isOptional,
  metaIn,
  type Path,
  type ScalarShape,
  shapeOf,
  unionOption,
  unwrap,
} from '../../../shared/settings/schema-fields';

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

/**
 * The schema of the field at `path` in `root`, following the value where the schema branches
 * (a custom source's kind picks its alternative), or null where the schema does not say.
 */
export function schemaAt(root: z.$ZodType, path: readonly PropertyKey[], value: unknown): z.$ZodType | null {
  let s: z.$ZodType | null = root;
  for (let i = 0; s && i < path.length; i++) {
    const here = getAt(value, path.slice(0, i));
    const key = path[i];
    const options = alternatives(s);
    if (options.length) s = options.find((o) => fitsLiterals(o, here) && fieldSchema(o, String(key))) ?? null;
    if (!s) return null;
    const inner: { type: string; element?: z.$ZodType } = (
      unwrap(s) as unknown as { _zod: { def: { type: string; element?: z.$ZodType } } }
    )._zod.def;
    s = inner.type === 'array' ? (inner.element ?? null) : fieldSchema(s, String(key));
  }
  return s;
}

/** A union's alternatives, nested unions flattened (a secret: a string, or `{ env }` or `{ file }`). */
const alternatives = (s: z.$ZodType): z.$ZodType[] =>
  unionOptions(s).flatMap((o) => (unionOptions(o).length ? alternatives(o) : [o]));

/**
 * An alternative whose single-value fields (`kind: 'http'`) all match the value's; one the value
 * leaves out may be left out (a DDNS record's `algorithm`, which has a default).
 */
function fitsLiterals(option: z.$ZodType, value: unknown): boolean {
  const shape = shapeOf(option);
  if (shape.kind !== 'object') return false;
  return shape.fields.every(([k, f]) => {
    const inner = shapeOf(f);
    if (inner.kind !== 'enum' || inner.options.length !== 1) return true;
    const v = getAt(value, [k]);
    return v === inner.options[0] || (v === undefined && safeParse(f, undefined).success);
  });
}

/**
 * What the words need to know of the field at `path`: its label and choices (in `words`' language
 * when given), its unit (read from the English label) and value.
 */
export function fieldFacts(
  root: z.$ZodType | null,
  path: readonly PropertyKey[],
  value: unknown,
  words?: Translator,
): FieldFacts {
  const s = root ? schemaAt(root, path, value) : null;
  const english = s ? fieldMeta(s) : {};
  const meta = words ? metaIn(english, words) : english;
  const key = path.length ? String(path[path.length - 1]) : undefined;
  return { label: meta.label, unit: unitOf(english.label, key), choices: meta.choices, input: getAt(value, path) };
}

type IssueLike = Omit<IssueFacts, 'message'> & { path: readonly PropertyKey[]; message: string };

/** zod issues keyed by dotted path, the first message of each, as given. */
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

/**
 * zod issues keyed by dotted path, the first of each, said in words (issue-words.ts) in `words`'
 * language: the field's label and unit from `schema`, what was typed from `value`.
 */
export function wordedErrors(
  issues: readonly IssueLike[],
  schema: z.$ZodType,
  value: unknown,
  words: Translator,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of issues) {
    const key = i.path.map(String).join('.');
    if (!out.has(key))
      out.set(key, issueWords(i.code ? i : factsOfText(i.message), fieldFacts(schema, i.path, value, words), words));
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
export function clientErrors(schema: z.$ZodType, draft: unknown): Map<string, string> {
  const r = safeParse(schema, draft);
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

/**
 * A field's label: the schema's own (schema-common `about`), in `words`' language when given; else
 * its key in words. Every setting and every channel's option has a schema label
 * (tests/renderer/field-words.test.tsx), so the page never shows labelOf's English.
 */
export const labelFor = (schema: z.$ZodType | null, key: string, words?: Translator): string =>
  (schema && fieldMeta(schema, words).label) || labelOf(key);

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
