/**
 * Which settings files are in force in a data folder, and the settings they give together.
 *
 * - The base: settings.yaml when it is there, settings.json otherwise (created with the defaults
 *   when neither is). When both are there settings.yaml wins and settings.json is named as ignored,
 *   with a warning, at every start.
 * - A profile (`--profile NAME` or IPWATCH_PROFILE): settings.NAME.yaml (or settings.NAME.json)
 *   merged over the base, maps key by key, a list or a value replaced whole. NAME is 1 to 64
 *   letters, digits, - and _: never a path.
 * - The IPWATCH_* variables go over both, then the shared schema checks the whole, as for
 *   settings.json alone. Which files are in force is decided at start; an edit of them is followed.
 *
 * What the runner reads is a snapshot of the files' texts (`SnapshotText`): the base's text alone
 * without a profile (so it is settings.json's text as before), and the two texts joined by a NUL
 * with one. Neither JSON nor YAML may hold a raw NUL, so the join is never ambiguous, and the
 * reloader and the watcher keep comparing one string.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { english } from '../../shared/i18n/translators';
import { parseSettings, type Settings } from '../../shared/settings';
import { applyEnv } from './env';
import { type Key, placed, placeOf, type Raw, readSettingsDoc, type SettingsDoc } from './settings-doc';

export interface SettingsSource {
  dataDir: string;
  /** The base file in force. */
  base: string;
  /** settings.json when settings.yaml is in force beside it. */
  ignored: string | null;
  profile: { name: string; file: string } | null;
}

/** A snapshot of the files in force: the base's text, then NUL and the profile's text when there is one. */
export type SnapshotText = string;

export const PROFILE_ENV = 'IPWATCH_PROFILE';
const PROFILE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

type Parsed<T> = ({ ok: true } & T) | { ok: false; errors: string[] };

/** The profile asked for (`explicit`, else IPWATCH_PROFILE), checked; null for none. */
export function profileName(env: NodeJS.ProcessEnv, explicit?: string | null): Parsed<{ name: string | null }> {
  const name = explicit ?? env[PROFILE_ENV] ?? '';
  if (name === '') return { ok: true, name: null };
  if (!PROFILE_NAME.test(name))
    return { ok: false, errors: [english.t('settingsFile.profileName', { name: name.slice(0, 80) })] };
  return { ok: true, name };
}

/** The files in force in `dataDir` (see the file's top); a profile without a file is an error naming it. */
export function resolveSource(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  explicit?: string | null,
): Parsed<{ source: SettingsSource }> {
  const named = profileName(env, explicit);
  if (!named.ok) return named;
  const json = path.join(dataDir, 'settings.json');
  const yaml = path.join(dataDir, 'settings.yaml');
  const hasYaml = existsSync(yaml);
  const base = hasYaml ? yaml : json;
  const ignored = hasYaml && existsSync(json) ? json : null;
  if (named.name === null) return { ok: true, source: { dataDir, base, ignored, profile: null } };
  const pYaml = path.join(dataDir, `settings.${named.name}.yaml`);
  const pJson = path.join(dataDir, `settings.${named.name}.json`);
  const file = existsSync(pYaml) ? pYaml : existsSync(pJson) ? pJson : null;
  if (file === null)
    return {
      ok: false,
      errors: [english.t('settingsFile.profileMissing', { name: named.name, yaml: pYaml, json: pJson })],
    };
  return { ok: true, source: { dataDir, base, ignored, profile: { name: named.name, file } } };
}

/** The source of a lone file (the base, no profile): what the code before profiles read. */
export const fileSource = (file: string): SettingsSource => ({
  dataDir: path.dirname(file),
  base: file,
  ignored: null,
  profile: null,
});

/** The files a watcher of the source follows, by their names in the data folder. */
export const watchedNames = (s: SettingsSource): string[] =>
  [s.base, s.profile?.file].filter((f): f is string => !!f).map((f) => path.basename(f));

/** Reads the source's files into one snapshot (see the file's top). */
export async function readSnapshot(s: SettingsSource): Promise<SnapshotText> {
  const base = await readFile(s.base, 'utf8');
  return s.profile ? `${base}\0${await readFile(s.profile.file, 'utf8')}` : base;
}

export function splitSnapshot(s: SettingsSource, text: SnapshotText): { base: string; profile: string | null } {
  if (!s.profile) return { base: text, profile: null };
  const at = text.indexOf('\0');
  return at < 0 ? { base: text, profile: '' } : { base: text.slice(0, at), profile: text.slice(at + 1) };
}

export const joinSnapshot = (base: string, profile: string | null): SnapshotText =>
  profile === null ? base : `${base}\0${profile}`;

export interface SnapshotDocs {
  base: SettingsDoc;
  profile: SettingsDoc | null;
  /** The profile over the base, before the environment. */
  merged: Raw;
}

/** The snapshot's files read as documents and merged; errors name the file and the line. */
export function readSnapshotDocs(s: SettingsSource, text: SnapshotText): Parsed<{ docs: SnapshotDocs }> {
  const parts = splitSnapshot(s, text);
  const base = readSettingsDoc(parts.base, s.base);
  const profile = s.profile && parts.profile !== null ? readSettingsDoc(parts.profile, s.profile.file) : null;
  const errors = [...(base.ok ? [] : base.errors), ...(profile && !profile.ok ? profile.errors : [])];
  if (!base.ok || (profile && !profile.ok)) return { ok: false, errors };
  const p = profile?.ok ? profile.doc : null;
  return { ok: true, docs: { base: base.doc, profile: p, merged: p ? mergeOver(base.doc.raw, p.raw) : base.doc.raw } };
}

/** `over` on `under`: maps merged key by key, anything else (a list, a value) replaced whole. */
export function mergeOver(under: Raw, over: Raw): Raw {
  const out: Raw = { ...under };
  for (const [k, v] of Object.entries(over)) {
    const u = out[k];
    out[k] = isPlain(u) && isPlain(v) ? mergeOver(u, v) : v;
  }
  return out;
}

const isPlain = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The document a change of `path` goes to: the profile's when the profile sets that field (or a
 * list or value holding it), the base's otherwise.
 */
export function targetOf(docs: Pick<SnapshotDocs, 'base' | 'profile'>, path: readonly Key[]): SettingsDoc {
  if (!docs.profile) return docs.base;
  let node: unknown = docs.profile.raw;
  for (const k of path) {
    if (!isPlain(node) || !(String(k) in node)) return docs.base;
    node = node[String(k)];
    if (!isPlain(node)) return docs.profile;
  }
  return docs.profile;
}

export type SnapshotResult =
  | { ok: true; settings: Settings; envApplied: string[]; docs: SnapshotDocs }
  | { ok: false; errors: string[]; fields?: string[] };

/**
 * The settings a snapshot gives with the environment's overrides, checked by the shared schema.
 * `errors` name the file, line and field; `fields` are the same schema errors as `field: problem`
 * alone, the form the API answers with (the Settings page puts each beside its field).
 */
export function parseSnapshot(s: SettingsSource, text: SnapshotText, env: NodeJS.ProcessEnv): SnapshotResult {
  const read = readSnapshotDocs(s, text);
  if (!read.ok) return read;
  const { docs } = read;
  try {
    const withEnv = applyEnv(structuredClone(docs.merged), env);
    if (!withEnv.ok) return withEnv;
    const parsed = parseSettings(withEnv.value);
    if (parsed.ok) return { ok: true, settings: parsed.settings, envApplied: withEnv.applied, docs };
    return { ok: false, errors: parsed.errors.map((e) => locate(docs, e)), fields: parsed.errors };
  } catch (err) {
    // Whatever the checks trip over, the file is named and the caller keeps its settings.
    return { ok: false, errors: [placed(s.base, english.t('settingsFile.unreadable', { detail: String(err) }))] };
  }
}

/** A schema error (`a.b.0.c: problem`, shared/settings formatIssues) placed in the file and line that set the field. */
function locate(docs: SnapshotDocs, error: string): string {
  const at = error.indexOf(': ');
  const field = at < 0 ? '' : error.slice(0, at);
  const problem = at < 0 ? error : error.slice(at + 2);
  const path: Key[] =
    field === '' || field === '(root)' ? [] : field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const doc = targetOf(docs, path);
  const words = english.t('settingsFile.field', { field: field || '(root)', problem });
  return placed(doc.file, words, placeOf(doc, path) ?? undefined);
}
