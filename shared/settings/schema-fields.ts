/**
 * Reads a zod schema at run time: what kind of value a field holds (its bounds, choices,
 * whether it may be null), its label and help (schema-common `about`), and every field of a
 * settings object. The Settings page draws its form from this, scripts/settings-docs.ts the
 * table of docs/settings.md, and the restart rule its list of fields. Pure.
 */
import { globalRegistry } from 'zod/v4/core';
import type * as z from 'zod/v4/core';

import type { MessageId } from '../i18n/catalogues/en';
import type { Translator } from '../i18n/translator';
import { type MetaKind, metaKey } from './meta-keys';

export type Path = (string | number)[];

/** The value at `path` in `obj`, or undefined where the path leaves it. */
export function getAt(obj: unknown, path: readonly PropertyKey[]): unknown {
  let cur = obj;
  for (const k of path) cur = cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[k] : undefined;
  return cur;
}

/** A plain value a list can hold and one input can edit. */
export type ScalarShape =
  | { kind: 'number'; min: number | null; max: number | null; int: boolean; nullable?: true }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: (string | number)[] }
  | { kind: 'string'; nullable?: true };

export type FieldShape =
  | ScalarShape
  | { kind: 'object'; fields: [string, z.$ZodType][] }
  /** A list of plain values (ids, events): `element` says what each is. */
  | { kind: 'list'; element: ScalarShape; max: number | null }
  /** A secret: its value, or a reference (`{ "env": ... }`, `{ "file": ... }`); reads show only whether it is set. */
  | { kind: 'secret'; nullable?: true }
  /** A list of objects (custom sources, channels, guilds): each needs an editor of its own. */
  | { kind: 'array'; element: z.$ZodType }
  | { kind: 'other' };

interface Def {
  type: string;
  innerType?: z.$ZodType;
  in?: z.$ZodType;
  out?: z.$ZodType;
  element?: z.$ZodType;
  shape?: Record<string, z.$ZodType>;
  options?: z.$ZodType[];
  /** A discriminated union's tag field. */
  discriminator?: string;
  entries?: Record<string, string>;
  values?: unknown[];
  defaultValue?: unknown;
  /** A check's own kind, where the schema is also a check (z.int()). */
  check?: string;
  format?: string;
  value?: number;
  checks?: { _zod: { def: { check: string; format?: string; maximum?: number; value?: number } } }[];
}

const def = (s: z.$ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['default', 'optional', 'prefault', 'nullable', 'readonly', 'catch']);

/** The layers from the outside in: .default(), .optional(), .nullable(), a preprocess, to the schema that says what the value is. */
function layers(s: z.$ZodType): z.$ZodType[] {
  const out = [s];
  for (;;) {
    const d = def(out[out.length - 1]!);
    let next: z.$ZodType | undefined;
    if (WRAPPERS.has(d.type)) next = d.innerType;
    // A preprocess is a pipe from a transform to the schema; a refined pipe checks its input schema.
    else if (d.type === 'pipe') next = d.in && def(d.in).type === 'transform' ? d.out : d.in;
    if (!next) return out;
    out.push(next);
  }
}

/** Past .default(), .optional(), .nullable() and preprocessing to the schema that says what the value is. */
export const unwrap = (s: z.$ZodType): z.$ZodType => layers(s).at(-1)!;

/** True when null is a valid value (`.nullable()` anywhere in the wrappers). */
export const isNullable = (s: z.$ZodType): boolean => layers(s).some((l) => def(l).type === 'nullable');

/** True when the field may be left out (`.optional()` without a default): an emptied input removes it. */
export const isOptional = (s: z.$ZodType): boolean =>
  layers(s).some((l) => def(l).type === 'optional') && !layers(s).some((l) => def(l).type === 'default');

/** The value used when the field is absent, or undefined. */
export function defaultOf(s: z.$ZodType): unknown {
  const d = layers(s).find((l) => def(l).type === 'default');
  if (!d) return undefined;
  const v = def(d).defaultValue;
  return typeof v === 'function' ? (v as () => unknown)() : v;
}

export interface FieldMeta {
  /** The field's name for people, as the form and the docs show it. */
  label?: string;
  /** One line on what it does. */
  help?: string;
  /** Words for each choice of an enum, by value. */
  choices?: Record<string, string>;
}

/**
 * The label and help given with `about` (the outermost wins, so a use can rename a shared schema),
 * in `words`' language when given (metaIn), else the schema's own English.
 */
export function fieldMeta(s: z.$ZodType, words?: Translator): FieldMeta {
  for (const l of layers(s)) {
    const m = globalRegistry.get(l);
    if (m?.title || m?.description) {
      const meta = { label: m.title, help: m.description, ...(m.choices ? { choices: m.choices } : {}) };
      return words ? metaIn(meta, words) : meta;
    }
  }
  return {};
}

/**
 * One of the settings' English words (a label, a help line, a choice's name) in `words`' language,
 * looked up by its key (meta-keys.ts). The cast is checked by tests/scripts/settings-words.test.ts:
 * every text the schema gives has its key in the English catalogue, and de/ and id/ have every key.
 */
export const settingWord = (kind: MetaKind, english: string, words: Translator): string =>
  words.t(metaKey(kind, english) as MessageId);

/** A field's words in `words`' language; what the schema leaves out stays out. */
export function metaIn(meta: FieldMeta, words: Translator): FieldMeta {
  const out: FieldMeta = {};
  if (meta.label) out.label = settingWord('label', meta.label, words);
  if (meta.help) out.help = settingWord('help', meta.help, words);
  if (meta.choices)
    out.choices = Object.fromEntries(
      Object.entries(meta.choices).map(([v, c]) => [v, settingWord('choice', c, words)]),
    );
  return out;
}

export function shapeOf(schema: z.$ZodType): FieldShape {
  const s = unwrap(schema);
  const d = def(s);
  const nullable = isNullable(schema) ? ({ nullable: true } as const) : {};
  switch (d.type) {
    case 'number': {
      const b = bounds(s);
      const int = (d.checks ?? []).some((c) => c._zod.def.format === 'safeint' || c._zod.def.check === 'number_format');
      return { kind: 'number', min: finite(b.min), max: finite(b.max), int: int || b.int, ...nullable };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', options: Object.values(d.entries ?? {}) };
    case 'string':
      return { kind: 'string', ...nullable };
    case 'object':
      return { kind: 'object', fields: Object.entries(d.shape ?? {}) };
    case 'array': {
      const element = shapeOf(d.element!);
      const max = (d.checks ?? []).find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum ?? null;
      return isScalar(element) ? { kind: 'list', element, max } : { kind: 'array', element: d.element! };
    }
    case 'literal':
      return { kind: 'enum', options: (d.values ?? []).filter(isChoice) };
    case 'union': {
      // A union of literals (family: 4 | 6) is a choice like an enum.
      const parts = (d.options ?? []).map((o) => def(unwrap(o)));
      if (parts.length && parts.every((p) => p.type === 'literal'))
        return { kind: 'enum', options: parts.flatMap((p) => (p.values ?? []).filter(isChoice)) };
      if (parts.some((p) => p.type === 'string') && (d.options ?? []).some(isSecretRef))
        return { kind: 'secret', ...nullable };
      return { kind: 'other' };
    }
    default:
      return { kind: 'other' };
  }
}

/**
 * A number's bounds and whether it is whole, folded from its checks as classic zod's `minValue`,
 * `maxValue` and `isInt` did (zod/mini has neither, and its bag no longer holds the bounds).
 */
function bounds(s: z.$ZodType): { min: number; max: number; int: boolean } {
  const d = def(s);
  let min = -Infinity;
  let max = Infinity;
  let int = false;
  // A format schema (z.int()) is its own first check.
  for (const c of [...(d.check ? [{ _zod: { def: d } }] : []), ...(d.checks ?? [])]) {
    const k = c._zod.def;
    if (k.check === 'greater_than') min = Math.max(min, k.value ?? -Infinity);
    else if (k.check === 'less_than') max = Math.min(max, k.value ?? Infinity);
    else if (k.check === 'number_format' && k.format?.includes('int')) int = true;
    else if (k.check === 'multiple_of' && Number.isSafeInteger(k.value)) int = true;
  }
  return { min, max, int };
}

/** `{ "env": ... } | { "file": ... }` (shared/settings/secret.ts secretRefSchema): objects of one key, env or file. */
const isSecretRef = (s: z.$ZodType): boolean => {
  const options = unionOptions(s);
  return (
    options.length > 0 &&
    options.every((o) => {
      const keys = Object.keys(def(unwrap(o)).shape ?? {});
      return keys.length === 1 && (keys[0] === 'env' || keys[0] === 'file');
    })
  );
};

const isScalar = (s: FieldShape): s is ScalarShape =>
  s.kind === 'number' || s.kind === 'boolean' || s.kind === 'enum' || s.kind === 'string';

const isChoice = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

const finite = (n: number | null | undefined): number | null =>
  typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : null;

/** The schema of one field of an object schema (null when there is no such field). */
export function fieldSchema(schema: z.$ZodType, key: string): z.$ZodType | null {
  const shape = shapeOf(schema);
  if (shape.kind !== 'object') return null;
  return shape.fields.find(([k]) => k === key)?.[1] ?? null;
}

/** The options of a union (the custom source kinds), or none. */
export const unionOptions = (schema: z.$ZodType): z.$ZodType[] => {
  const d = def(unwrap(schema));
  return d.type === 'union' ? (d.options ?? []) : [];
};

/** The option of a discriminated union whose `key` literal is `value` (the custom source kinds). */
export function unionOption(schema: z.$ZodType, key: string, value: string): z.$ZodType | null {
  for (const o of unionOptions(schema)) {
    const lit = fieldSchema(o, key);
    if (lit && (def(unwrap(lit)).values ?? []).includes(value)) return o;
  }
  return null;
}

export interface Leaf {
  /** Dotted path; items of a list of objects as `name[]` (`sources.custom[].url`). */
  path: string;
  schema: z.$ZodType;
  shape: FieldShape;
  meta: FieldMeta;
  /** In a list of alternatives (the custom source kinds): the ones that have this field, when not all do. */
  only?: string[];
}

/**
 * Every setting in an object schema, depth first: an object's fields in turn, then the fields of
 * the items of a list of objects, and of each alternative of a union of objects (a field the
 * alternatives share is listed once, with the first one's schema).
 */
export function leavesOf(schema: z.$ZodType, path = ''): Leaf[] {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  const shape = shapeOf(schema);
  if (shape.kind !== 'object') return [];
  return shape.fields.flatMap(([k, s]): Leaf[] => {
    const inner = shapeOf(s);
    if (inner.kind === 'object') return leavesOf(s, at(k));
    const self: Leaf = { path: at(k), schema: s, shape: inner, meta: fieldMeta(s) };
    if (inner.kind === 'array') return [self, ...itemLeaves(inner.element, `${at(k)}[]`)];
    return [self];
  });
}

function itemLeaves(item: z.$ZodType, path: string): Leaf[] {
  const options = unionOptions(item);
  if (options.length === 0) return leavesOf(item, path);
  // The alternatives are named by their discriminator (a DDNS record's `provider`, not its `type`).
  const discriminator = def(unwrap(item)).discriminator;
  const tag = (o: z.$ZodType) => {
    const named = discriminator ? fieldSchema(o, discriminator) : null;
    const kind = shapeOf(named ?? fieldSchema(o, 'kind') ?? fieldSchema(o, 'type') ?? item);
    return kind.kind === 'enum' ? String(kind.options[0]) : '?';
  };
  const byPath = new Map<string, { leaf: Leaf; tags: string[] }>();
  for (const o of options)
    for (const leaf of leavesOf(o, path)) {
      const seen = byPath.get(leaf.path);
      if (!seen) byPath.set(leaf.path, { leaf, tags: [tag(o)] });
      else {
        seen.tags.push(tag(o));
        // The discriminator (kind) is one literal per alternative: together they are the choice.
        if (seen.leaf.shape.kind === 'enum' && leaf.shape.kind === 'enum')
          seen.leaf = {
            ...seen.leaf,
            shape: { kind: 'enum', options: [...new Set([...seen.leaf.shape.options, ...leaf.shape.options])] },
            meta: { ...seen.leaf.meta, choices: { ...seen.leaf.meta.choices, ...leaf.meta.choices } },
          };
      }
    }
  return [...byPath.values()].map(({ leaf, tags }) => (tags.length < options.length ? { ...leaf, only: tags } : leaf));
}
