/**
 * The settings files in the data folder (settings.json, or settings.yaml beside it, and a
 * profile over either: settings-source.ts says which are in force): settings.json created with
 * defaults when neither is there, validated by the shared zod schema (after IPWATCH_* overrides),
 * and watched so a valid edit applies without a restart. A bad file is never rewritten. They may
 * hold secrets, so they are kept private to their owner (0600) on POSIX systems.
 */
import { existsSync, watch } from 'node:fs';
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { english } from '../../shared/i18n/translators';
import { defaultSettings, parseSettings, type Settings } from '../../shared/settings';
import { createFileAtomic } from '../engine/store/atomic-file';
import { applyEnv } from './env';
import { formatOf } from './settings-doc';
import { parseSettingsJson } from './settings-json';
import {
  fileSource,
  parseSnapshot,
  readSnapshot,
  resolveSource,
  type SettingsSource,
  type SnapshotResult,
  type SnapshotText,
  watchedNames,
} from './settings-source';

export { MAX_DEPTH, nestingBeyond, parseSettingsJson } from './settings-json';

export type LoadResult =
  | {
      ok: true;
      settings: Settings;
      /** The base settings file, and whether it was just created with the defaults. */
      file: string;
      /** The files in force: the base, a settings.json ignored beside settings.yaml, the profile. */
      source: SettingsSource;
      created: boolean;
      envApplied: string[];
      /** The snapshot the settings were read from (settings-source.ts): the watcher's starting point. */
      text: string;
      warnings: string[];
    }
  | { ok: false; errors: string[] };

type Parsed<T> = ({ ok: true } & T) | { ok: false; errors: string[] };

export const settingsPath = (dataDir: string): string => path.join(dataDir, 'settings.json');

const PRIVATE = 0o600;

export async function loadSettingsFile(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  profile?: string | null,
): Promise<LoadResult> {
  const file = settingsPath(dataDir);
  let created = false;
  if (!existsSync(file) && !existsSync(path.join(dataDir, 'settings.yaml'))) {
    await mkdir(dataDir, { recursive: true });
    // Never over a file that appeared meanwhile (another start, an editor): only the first is made.
    created = await createFileAtomic(file, Buffer.from(`${JSON.stringify(defaultSettings(), null, 2)}\n`, 'utf8'));
  }
  const resolved = resolveSource(dataDir, env, profile);
  if (!resolved.ok) return resolved;
  const { source } = resolved;
  const warnings: string[] = [];
  for (const f of [source.base, source.profile?.file]) {
    const warning = f ? await keepPrivate(f) : null;
    if (warning) warnings.push(warning);
  }
  if (source.ignored) warnings.push(english.t('settingsFile.ignored', { ignored: source.ignored, file: source.base }));
  const text = await readSnapshot(source);
  const result = parseInForce(source, text, env);
  return result.ok
    ? {
        ok: true,
        settings: result.settings,
        envApplied: result.envApplied,
        source,
        file: source.base,
        created,
        text,
        warnings,
      }
    : result;
}

/** The file in force said in words: "settings in force: FILE[, with the profile NAME from FILE over it]". */
export const inForceWords = (s: SettingsSource): string =>
  s.profile
    ? english.t('settingsFile.inForceProfile', { file: s.base, profile: s.profile.name, profileFile: s.profile.file })
    : english.t('settingsFile.inForce', { file: s.base });

export type InForceResult =
  { ok: true; settings: Settings; envApplied: string[] } | Extract<SnapshotResult, { ok: false }>;

/**
 * The settings a snapshot of the source gives. settings.json alone is read as it always was (its
 * errors as they were); YAML or a profile through settings-source.ts (errors with their line).
 */
export function parseInForce(source: SettingsSource, text: SnapshotText, env: NodeJS.ProcessEnv): InForceResult {
  if (formatOf(source.base) === 'yaml' || source.profile) return parseSnapshot(source, text, env);
  const r = parseSettingsText(text, source.base, env);
  return r.ok ? r : { ...r, fields: r.errors.map((e) => e.replace(`${source.base}: `, '')) };
}

/**
 * Tightens a settings file that others can read or write to 0600; returns the warning to
 * log, or null. Windows has no such modes (ACLs decide there), so it is left alone.
 */
export async function keepPrivate(file: string, platform: NodeJS.Platform = process.platform): Promise<string | null> {
  if (platform === 'win32') return null;
  const mode = (await stat(file)).mode & 0o777;
  if ((mode & 0o077) === 0) return null;
  const octal = (m: number) => m.toString(8).padStart(4, '0');
  try {
    await chmod(file, PRIVATE);
  } catch (err) {
    // Not the owner, say: worth a warning, not a refusal to run.
    return `${file} is open to other users (mode ${octal(mode)}) and it may hold secrets; making it ${octal(PRIVATE)} failed: ${String(err)}`;
  }
  return `${file} was open to other users (mode ${octal(mode)}); it may hold secrets, so it is now ${octal(PRIVATE)}`;
}

/** Reads the file as parseSettingsJson does. */
export async function readSettingsJson(file: string): Promise<Parsed<{ raw: Record<string, unknown> }>> {
  return parseSettingsJson(await readFile(file, 'utf8'), file);
}

/** The settings a text gives once the environment's IPWATCH_* overrides are on it, checked by the shared schema. */
export function parseSettingsText(
  text: string,
  file: string,
  env: NodeJS.ProcessEnv,
): Parsed<{ settings: Settings; envApplied: string[] }> {
  const json = parseSettingsJson(text, file);
  if (!json.ok) return json;
  try {
    const withEnv = applyEnv(json.raw, env);
    if (!withEnv.ok) return withEnv;
    const parsed = parseSettings(withEnv.value);
    if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => `${file}: ${e}`) };
    return { ok: true, settings: parsed.settings, envApplied: withEnv.applied };
  } catch (err) {
    // Whatever the checks trip over, the file is named and the caller keeps its settings.
    return { ok: false, errors: [`${file}: cannot be read as settings: ${String(err)}`] };
  }
}

export interface SettingsWatcher {
  /** Stops watching; an edit still in its debounce is dropped. */
  close(): void;
}

/**
 * Watches the folder (editors replace files by rename, which a file watch misses) and
 * calls back with each new snapshot of the source's files (settings-source.ts) that differs from
 * `initialText` (the snapshot the running settings came from) and from the previous one, debounced.
 */
export function watchSettingsFile(
  dataDir: string,
  initialText: string,
  onText: (text: string) => void,
  onError: (err: Error) => void,
  debounceMs = 150,
  source: SettingsSource = fileSource(settingsPath(dataDir)),
): SettingsWatcher {
  const names = watchedNames(source);
  let last = initialText;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const watcher = watch(dataDir, (_event, name) => {
    if (name !== null && !names.includes(name)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      readSnapshot(source).then(
        (t) => {
          if (closed || t === last) return;
          last = t;
          onText(t);
        },
        () => undefined, // mid-rename; the next event brings the new file
      );
    }, debounceMs);
  });
  // The folder can vanish or become unreadable; that must be reported, not crash the runner.
  watcher.on('error', onError);
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      watcher.close();
    },
  };
}
