/**
 * Reads the settings' zod schema at run time so the form shows every setting with the schema's
 * own bounds, choices and messages: nothing about a field is written twice. Pure.
 */
import type { z } from 'zod';

export type Path = (string | number)[];

export type FieldShape =
  | { kind: 'number'; min: number | null; max: number | null; int: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: (string | number)[] }
  | { kind: 'string' }
  | { kind: 'object'; fields: [string, z.ZodType][] }
  | { kind: 'array'; element: z.ZodType }
  | { kind: 'other' };

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; format?: string } } }[];
}

const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Past .default(), .optional() and refinements to the schema that says what the value is. */
export function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (;;) {
    const d = def(cur);
    if (
      (d.type === 'default' || d.type === 'optional' || d.type === 'prefault' || d.type === 'nullable') &&
      d.innerType
    )
      cur = d.innerType;
    else if (d.type === 'pipe' && d.in) cur = d.in;
    else return cur;
  }
}

export function shapeOf(schema: z.ZodType): FieldShape {
  const s = unwrap(schema);
  const d = def(s);
  switch (d.type) {
    case 'number': {
      const n = s as unknown as { minValue: number | null; maxValue: number | null; isInt?: boolean };
      const int = (d.checks ?? []).some((c) => c._zod.def.format === 'safeint' || c._zod.def.check === 'number_format');
      return { kind: 'number', min: finite(n.minValue), max: finite(n.maxValue), int: int || !!n.isInt };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', options: Object.values(d.entries ?? {}) };
    case 'string':
      return { kind: 'string' };
    case 'object':
      return { kind: 'object', fields: Object.entries(d.shape ?? {}) };
    case 'array':
      return { kind: 'array', element: d.element! };
    case 'literal':
      return { kind: 'enum', options: (d.values ?? []).filter(isChoice) };
    case 'union': {
      // A union of literals (family: 4 | 6) is a choice like an enum.
      const parts = (d.options ?? []).map((o) => def(unwrap(o)));
      if (parts.length && parts.every((p) => p.type === 'literal'))
        return { kind: 'enum', options: parts.flatMap((p) => (p.values ?? []).filter(isChoice)) };
      return { kind: 'other' };
    }
    default:
      return { kind: 'other' };
  }
}

const isChoice = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

const finite = (n: number | null | undefined): number | null =>
  typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : null;

/** The schema of one field of an object schema (null when there is no such field). */
export function fieldSchema(schema: z.ZodType, key: string): z.ZodType | null {
  const shape = shapeOf(schema);
  if (shape.kind !== 'object') return null;
  return shape.fields.find(([k]) => k === key)?.[1] ?? null;
}

/** The option of a discriminated union whose `key` literal is `value` (the custom source kinds). */
export function unionOption(schema: z.ZodType, key: string, value: string): z.ZodType | null {
  const d = def(unwrap(schema));
  for (const o of d.options ?? []) {
    const lit = fieldSchema(o, key);
    if (lit && (def(lit).values ?? []).includes(value)) return o;
  }
  return null;
}

export const pathKey = (p: Path): string => p.join('.');

export function getAt(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const k of path) cur = cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[k] : undefined;
  return cur;
}

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

/** "intervalSec" -> "Interval (s)", "ipv6Compare" -> "IPv6 compare". */
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
