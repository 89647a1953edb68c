/**
 * Settings through the contract: what a read returns (the settings with every secret value
 * replaced by a marker, and the list of secrets, each only "set" or "not set") and what a
 * write answers (the fields it applied, or field-level errors from the shared schema, which
 * IPC hands over as a value and HTTP as 422).
 * A write that sends a marker back keeps the stored value. Pure.
 */
import * as z from 'zod/mini';

import type { SecretHolder } from '../settings/destinations';
import { describeSecretRef, mapSecrets, secretRefSchema } from '../settings/secret';
import { carriedSecretErrors } from '../settings/secret-carry';
import { hostOnly, userinfoHidden } from '../settings/url-paths';
import { described } from './described';

export { mapSecrets } from '../settings/secret';

/**
 * What stands in for a secret in a settings read: `{ set: true }` (with `from` when it is a
 * reference), or `{ set: false }` for an empty one. Sent back with `set: true`, it keeps the stored value.
 */
export interface SecretMarker {
  set: boolean;
  from?: string;
}
export const isSecretMarker = (v: unknown): v is SecretMarker =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as { set?: unknown }).set === 'boolean' &&
  Object.keys(v).every((k) => k === 'set' || k === 'from');

export const secretInfoSchema = z.object({
  /** Dotted path of the field, e.g. `notifications.channels.2.token`. */
  path: z.string(),
  state: z.enum(['set', 'not set']),
  /** Where a secret given by reference comes from ("environment variable SMTP_PASS"); never the value. */
  from: z.optional(z.string()),
});
export type SecretInfo = z.output<typeof secretInfoSchema>;

/** Where the OpenAPI document keeps the settings schema, with every field's label and help (api/openapi/openapi-settings.ts). */
export const SETTINGS_SCHEMA_REF = '#/components/schemas/Settings';

/**
 * The settings object on the wire: checked by the shared schema in the handler (so a bad value
 * is a field error, not a refused body), documented as that schema.
 */
const settingsObject = (description: string) =>
  z.record(z.string(), z.unknown()).check(z.meta({ description, $ref: SETTINGS_SCHEMA_REF }));

export const settingsViewSchema = z.object({
  /** The settings (defaults filled in), every secret replaced by a marker: `{ "set": true }` or `{ "set": false }`. */
  settings: settingsObject(
    'The settings, defaults filled in; every secret replaced by { "set": true } or { "set": false }.',
  ),
  secrets: z.array(secretInfoSchema),
  /** Fields set by IPWATCH_* environment variables: they win over the stored value. */
  envOverrides: z.array(z.string()),
  /** The value in force of each field the environment sets, and the variable (no value for a secret). */
  inForce: described(
    z.optional(z.array(z.object({ path: z.string(), from: z.string(), value: z.optional(z.unknown()) }))),
    'the value in force of each field an IPWATCH_* variable sets, and that variable (a secret: no value)',
  ),
  /** The settings files in force, by their names in the data folder (electron/host/settings-source.ts). */
  files: described(
    z.optional(
      z.object({
        base: z.string(),
        profile: z.optional(z.object({ name: z.string(), file: z.string() })),
        ignored: z.optional(z.string()),
      }),
    ),
    'the settings files in force, by name in the data folder: the base (settings.json or settings.yaml), a profile merged over it, and a settings.json ignored beside settings.yaml',
  ),
  /** Fields that apply only after a restart, as dotted paths (`api.port`). */
  restartFields: described(z.array(z.string()), 'fields that apply only after a restart, as dotted paths (api.port)'),
});
export type SettingsView = z.output<typeof settingsViewSchema>;
export type EnvInForce = NonNullable<SettingsView['inForce']>[number];

export const settingsWriteInputSchema = z.strictObject({
  /** The whole settings object, as a read returned it and the user edited it. */
  settings: settingsObject(
    'The whole settings, as a read returned them and then edited; a secret sent back as { "set": true } keeps its value.',
  ),
});

export const fieldErrorSchema = z.object({
  path: described(z.string(), 'the dotted path of the field, e.g. monitor.intervalSec; (root) for the whole'),
  message: z.string(),
});
export type FieldError = z.output<typeof fieldErrorSchema>;

/** Stored, and applied at once (`live`) or waiting for a restart (`restart`). */
export const settingsSavedSchema = z.object({
  ok: z.literal(true),
  settings: settingsViewSchema,
  live: described(z.array(z.string()), 'the changed fields that apply now'),
  restart: described(z.array(z.string()), 'the changed fields that apply after a restart'),
});

/** Refused, nothing changed: each bad field with its reason. Over HTTP: 422 (SETTINGS_REFUSAL). */
export const settingsRefusedSchema = z.object({ ok: z.literal(false), errors: z.array(fieldErrorSchema) });

export const settingsWriteResultSchema = z.discriminatedUnion('ok', [settingsSavedSchema, settingsRefusedSchema]);
export type SettingsWriteResult = z.output<typeof settingsWriteResultSchema>;

/**
 * How HTTP answers a refused settings write: 422 with the error body, the field errors as its
 * `issues` (a body that is not a settings object at all gets 400 `invalid_input` before that).
 */
export const SETTINGS_REFUSAL = { status: 422, code: 'invalid_settings', accepted: settingsSavedSchema } as const;

type Json = unknown;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The settings with every secret (see mapSecrets) replaced by its marker, and the secrets found. */
export function maskSecrets(settings: Json): { settings: Json; secrets: SecretInfo[] } {
  const secrets: SecretInfo[] = [];
  const masked = mapSecrets(settings, (v, path) => {
    const at = path.join('.');
    if (typeof v !== 'string') {
      const ref = secretRefSchema.safeParse(v);
      const from = ref.success ? { from: describeSecretRef(ref.data) } : {};
      secrets.push({ path: at, state: 'set', ...from });
      return { set: true, ...from };
    }
    secrets.push({ path: at, state: v === '' ? 'not set' : 'set' });
    return { set: v !== '' };
  });
  return { settings: masked, secrets };
}

/**
 * Is `shown` what a viewer sees of the stored `stored` (viewer-settings.ts: a sending URL as its host
 * and `/…` or with `…@`, an address with its userinfo as `…`)? Such a value sent back keeps the stored one.
 */
const shownToViewerAs = (stored: string, shown: string): boolean =>
  shown !== stored &&
  (((shown.endsWith('/…') || shown.includes('://…@')) && shown === hostOnly(stored)) ||
    shown === userinfoHidden(stored));

/**
 * Puts the stored value back wherever an edit still holds a `{ set: true }` marker (`{ set: false }`
 * means empty), or what a viewer is shown of it (shownToViewerAs). Arrays are matched by
 * index, except arrays of objects with ids (channels, sources), matched by id, so removing
 * one channel does not hand its neighbour's secret to another. A marker with no stored
 * value to keep is an error for that field, and so is one whose item now sends elsewhere (a
 * record's API address on another host: shared/settings/secret-carry.ts), as a stored secret
 * never follows a changed destination. `scope` says what `edited` is: the whole settings, or
 * one record or channel (a Test of an item being edited). `moved` repeats the errors of secrets
 * refused for a changed destination (a Test answers them as HTTP 400).
 */
export function restoreSecrets(
  edited: Json,
  stored: Json,
  scope: 'settings' | SecretHolder,
): { value: Json; errors: FieldError[]; moved: FieldError[] } {
  const errors: FieldError[] = [];
  const kept: string[] = [];
  const walk = (v: Json, old: Json, path: string[]): Json => {
    if (isSecretMarker(v)) {
      if (!v.set) return '';
      if (old === undefined || isSecretMarker(old)) {
        errors.push({ path: path.join('.'), message: 'no stored secret to keep; enter the value' });
        return v;
      }
      kept.push(path.join('.'));
      return old;
    }
    if (typeof v === 'string' && typeof old === 'string' && shownToViewerAs(old, v)) {
      kept.push(path.join('.'));
      return old;
    }
    if (Array.isArray(v)) {
      const olds = Array.isArray(old) ? old : [];
      return v.map((x, i) => {
        const id = isObj(x) ? x.id : undefined;
        const match = id === undefined ? olds[i] : olds.find((o) => isObj(o) && o.id === id);
        return walk(x, match, [...path, String(i)]);
      });
    }
    if (isObj(v)) {
      const o = isObj(old) ? old : {};
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, o[k], [...path, k])]));
    }
    return v;
  };
  const value = walk(edited, stored, []);
  const moved = carriedSecretErrors(scope, stored, value, kept);
  return { value, errors: [...errors, ...moved], moved };
}

/**
 * What restoreSecrets would refuse for a changed destination, known where only the markers are
 * (the Settings page: its draft against the settings as read), so the form says it at the
 * secret's field before anything is sent.
 */
export function movedSecretErrors(edited: Json, saved: Json, scope: 'settings' | SecretHolder): FieldError[] {
  const kept: string[] = [];
  const walk = (v: Json, path: string[]): void => {
    if (isSecretMarker(v)) {
      if (v.set) kept.push(path.join('.'));
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)]));
    else if (isObj(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(edited, []);
  return carriedSecretErrors(scope, saved, edited, kept);
}

/** `path.to.field: reason` lines (formatIssues) as field errors. */
export function toFieldErrors(lines: string[]): FieldError[] {
  return lines.map((line) => {
    const m = /^([^\s:]+): (.*)$/s.exec(line);
    return m ? { path: m[1]!, message: m[2]! } : { path: '(root)', message: line };
  });
}

/** Field errors as one line: `token: enter the token again: ...; url: ...`. */
export const fieldErrorText = (errors: readonly FieldError[]): string =>
  errors.map((e) => `${e.path}: ${e.message}`).join('; ');
