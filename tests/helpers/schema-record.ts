/**
 * "The same schema after a rewrite" (issue 61: zod to zod/mini). For every zod schema a module
 * exports, this reads what it publishes and what it accepts:
 * - its JSON Schema (input and output, with the metadata the Settings page and the OpenAPI
 *   document read), through zod/v4/core's `toJSONSchema`, which reads classic and mini alike;
 * - its answer to a corpus of inputs: the seeds that parse, and each seed with one leaf replaced
 *   by each probe below (wrong types, edges, texts over the bounds) or one key added, the data
 *   parsed or the issues (code, path and the words a person reads).
 * The answers are kept as SHA-256 digests of their canonical JSON (a file of the whole
 * outputs would be megabytes); the JSON Schemas are kept whole, so a review reads them.
 * `IPWATCH_RECORD_SCHEMAS=1` writes the record (from the code before a rewrite); otherwise
 * `compareWithRecord` says which schema and which input answers otherwise.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

import * as core from 'zod/v4/core';

/** What a leaf is replaced by: each type zod tells apart, and the edges schemas bound. */
const PROBES: readonly unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'x',
  'x'.repeat(70),
  'x'.repeat(600),
  'https://example.com/',
  '1.2.3.4',
  '2001:db8::1',
  -1,
  0,
  1,
  1.5,
  65536,
  2 ** 53,
  true,
  false,
  [],
  ['x'],
  {},
  { x: 1 },
];
/** Seeds tried when the caller names none: what a default-filled schema accepts. */
const EMPTY_SEEDS: readonly unknown[] = [undefined, {}, [], '', 0, false];
const MAX_INPUTS = 4000;

export type Schemas = Record<string, core.$ZodType>;

/** The zod schemas among a module's exports, by export name. */
export function schemasOf(mod: Record<string, unknown>): Schemas {
  const out: Schemas = {};
  for (const [name, v] of Object.entries(mod))
    if (v instanceof core.$ZodType || (typeof v === 'object' && v !== null && '_zod' in v))
      out[name] = v as core.$ZodType;
  return out;
}

const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => {
    if (x === undefined) return '(undefined)';
    if (typeof x === 'bigint') return `(bigint ${x})`;
    if (x instanceof Map) return { '(map)': [...x.entries()] };
    if (x instanceof Set) return { '(set)': [...x.values()] };
    if (x && typeof x === 'object' && !Array.isArray(x))
      return Object.fromEntries(Object.keys(x).map((k) => [k, (x as Record<string, unknown>)[k]]));
    return x;
  }) ?? '(undefined)';

/** One leaf replaced, or a key added, at each place in `seed` (depth-first, bounded). */
function variants(seed: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown, rebuild: (x: unknown) => unknown, depth: number): void => {
    for (const p of PROBES) out.push(rebuild(p));
    if (depth > 8 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      if (v.length) walk(v[0], (x) => rebuild([x, ...v.slice(1)]), depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    out.push(rebuild({ ...o, zzExtra: 1 }));
    for (const k of Object.keys(o)) {
      const { [k]: _gone, ...without } = o;
      out.push(rebuild(without));
      walk(o[k], (x) => rebuild({ ...o, [k]: x }), depth + 1);
    }
  };
  walk(seed, (x) => x, 0);
  return out;
}

function answer(schema: core.$ZodType, input: unknown): string {
  let r: ReturnType<typeof core.safeParse>;
  try {
    r = core.safeParse(schema, input);
  } catch (e) {
    return `threw ${String(e)}`;
  }
  if (r.success) return canonical({ data: r.data });
  return canonical({ issues: r.error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })) });
}

function jsonSchemas(schema: core.$ZodType): unknown {
  const one = (io: 'input' | 'output') => {
    try {
      return core.toJSONSchema(schema, { io, unrepresentable: 'any' });
    } catch (e) {
      return `not representable: ${String(e)}`;
    }
  };
  return { input: one('input'), output: one('output') };
}

const digest = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

export interface SchemaRecord {
  jsonSchema: unknown;
  /** How many seeds parsed: 0 means the corpus is the bare probes (name seeds for it). */
  seedsParsed: number;
  /** How many inputs were asked; their answers' digests, in order. */
  inputs: number;
  answers: string[];
}

/** Reads one schema: its JSON Schemas and its answers to the corpus grown from `seeds`. */
export function readSchema(
  schema: core.$ZodType,
  seeds: readonly unknown[] = [],
): SchemaRecord & { corpus: unknown[] } {
  const ok = [...seeds, ...EMPTY_SEEDS].filter((s) => core.safeParse(schema, s).success);
  const corpus = [...seeds, ...ok.slice(0, 3).flatMap((s) => variants(s))].slice(0, MAX_INPUTS);
  if (!ok.length) corpus.push(...PROBES);
  return {
    jsonSchema: jsonSchemas(schema),
    seedsParsed: ok.length,
    inputs: corpus.length,
    answers: corpus.map((c) => digest(answer(schema, c))),
    corpus,
  };
}

/**
 * Compares every schema with the record in `file`, or writes the record (IPWATCH_RECORD_SCHEMAS=1).
 * Returns lines naming each difference (empty: the same).
 */
export function compareWithRecord(file: string, schemas: Schemas, seeds: Record<string, unknown[]> = {}): string[] {
  const now = Object.fromEntries(Object.entries(schemas).map(([n, s]) => [n, readSchema(s, seeds[n])]));
  if (process.env['IPWATCH_RECORD_SCHEMAS'] === '1') {
    const kept = Object.fromEntries(Object.entries(now).map(([n, { corpus: _c, ...r }]) => [n, r]));
    writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`);
    return [];
  }
  const was = JSON.parse(readFileSync(file, 'utf8')) as Record<string, SchemaRecord>;
  const problems: string[] = [];
  for (const name of new Set([...Object.keys(was), ...Object.keys(now)])) {
    const a = was[name];
    const b = now[name];
    if (!a || !b) {
      problems.push(`${name}: ${a ? 'no longer exported' : 'not in the record'}`);
      continue;
    }
    if (canonical(a.jsonSchema) !== canonical(b.jsonSchema)) problems.push(`${name}: its JSON Schema differs`);
    if (a.inputs !== b.inputs) problems.push(`${name}: ${b.inputs} inputs against ${a.inputs} recorded`);
    const i = a.answers.findIndex((d, k) => d !== b.answers[k]);
    if (i >= 0)
      problems.push(
        `${name}: input ${i} (${canonical(b.corpus[i]).slice(0, 300)}) now answers ${answer(schemas[name]!, b.corpus[i]).slice(0, 600)}`,
      );
  }
  return problems;
}
