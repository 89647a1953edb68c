/**
 * Resolves secret references (`{ "env": NAME }`, `{ "file": PATH }`, see shared/settings/secret.ts)
 * in a settings subtree, and lists the secret values found, so the redactor can mask them.
 * Used for each notification channel's options; the Discord bot reuses it for its token.
 */
import { readFileSync } from 'node:fs';

import type { Reason } from '../../../shared/reason';
import {
  describeSecretRef,
  looksLikeSecretRef,
  SECRET_KEY,
  SECRET_MAP_KEY,
  secretRefSchema,
  urlSecrets,
} from '../../../shared/settings/secret';
import { reason } from '../reason';

/** Where references are looked up; tests pass their own environment. */
export interface SecretSource {
  env: NodeJS.ProcessEnv;
  readFile(path: string): string;
}

export const processSecrets: SecretSource = { env: process.env, readFile: (p) => readFileSync(p, 'utf8') };

/**
 * A reference not resolved, in facts: the field, and the reference's kind and name, or its
 * schema's `said` when it is not a reference at all (issue 62: a reader says it in its language).
 */
export interface UnresolvedRef {
  field: string;
  kind: 'env' | 'file' | 'bad';
  name: string;
}

export type ResolveResult =
  | { ok: true; value: Record<string, unknown>; secrets: string[] }
  | { ok: false; reason: string; unresolved: UnresolvedRef };

/** Replaces every reference in `options` by its value; a missing one names the field and the reference. */
export function resolveSecretRefs(options: Record<string, unknown>, source: SecretSource): ResolveResult {
  const secrets: string[] = [];
  const walk = (v: unknown, path: string[], secretByName: boolean): unknown => {
    if (looksLikeSecretRef(v)) {
      const ref = secretRefSchema.safeParse(v);
      const field = path.join('.') || '(options)';
      if (!ref.success) {
        const said = ref.error.issues[0]?.message ?? 'bad secret reference';
        throw new RefError(`${field}: ${said}`, { field, kind: 'bad', name: said });
      }
      const value = readRef(ref.data, source);
      if (value === null)
        throw new RefError(`${field}: ${describeSecretRef(ref.data)} ${missing(ref.data)}`, {
          field,
          ...('env' in ref.data ? { kind: 'env', name: ref.data.env } : { kind: 'file', name: ref.data.file }),
        });
      secrets.push(value);
      return value;
    }
    if (typeof v === 'string') {
      if (secretByName) secrets.push(v);
      secrets.push(...urlSecrets(v));
      return v;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, String(i)], secretByName));
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          walk(x, [...path, k], secretByName || SECRET_KEY.test(k) || SECRET_MAP_KEY.test(k)),
        ]),
      );
    }
    return v;
  };
  try {
    return { ok: true, value: walk(options, [], false) as Record<string, unknown>, secrets };
  } catch (err) {
    if (err instanceof RefError) return { ok: false, reason: err.message, unresolved: err.unresolved };
    throw err;
  }
}

/** A reference not resolved, as a reason (its English is the result's `reason`). */
export const unresolvedReason = (u: UnresolvedRef): Reason =>
  reason('reason.secret.unresolved', { field: u.field, kind: u.kind, name: u.name });

class RefError extends Error {
  constructor(
    message: string,
    readonly unresolved: UnresolvedRef,
  ) {
    super(message);
  }
}

const missing = (ref: { env: string } | { file: string }) =>
  'env' in ref ? 'is not set' : 'cannot be read (missing, unreadable or empty)';

/** The referenced value, or null when the variable is unset/empty or the file cannot be read. */
function readRef(ref: { env: string } | { file: string }, source: SecretSource): string | null {
  if ('env' in ref) {
    const v = source.env[ref.env];
    return v === undefined || v === '' ? null : v;
  }
  try {
    // One trailing newline is what `echo secret > file` adds; the secret is what precedes it.
    const v = source.readFile(ref.file).replace(/\r?\n$/, '');
    return v === '' ? null : v;
  } catch {
    return null;
  }
}
