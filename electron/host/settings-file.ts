/**
 * settings.json in the data folder: created with defaults when absent, validated by the
 * shared zod schema (after IPWATCH_* overrides), and watched so a valid edit applies
 * without a restart. A bad file is never rewritten. It may hold secrets, so it is kept
 * private to its owner (0600) on POSIX systems.
 */
import { existsSync, watch } from 'node:fs';
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { defaultSettings, parseSettings, type Settings } from '../../shared/settings';
import { createFileAtomic } from '../engine/store/atomic-file';
import { applyEnv } from './env';

export type LoadResult =
  | {
      ok: true;
      settings: Settings;
      /** The settings file, and whether it was just created with the defaults. */
      file: string;
      created: boolean;
      envApplied: string[];
      /** The text the settings were read from: the watcher's starting point. */
      text: string;
      warnings: string[];
    }
  | { ok: false; errors: string[] };

type Parsed<T> = ({ ok: true } & T) | { ok: false; errors: string[] };

export const settingsPath = (dataDir: string): string => path.join(dataDir, 'settings.json');

/** Deeper nesting is never a real settings file, and would overflow the stack of the checks after parsing. */
export const MAX_DEPTH = 64;
const PRIVATE = 0o600;

export async function loadSettingsFile(dataDir: string, env: NodeJS.ProcessEnv): Promise<LoadResult> {
  const file = settingsPath(dataDir);
  let created = false;
  if (!existsSync(file)) {
    await mkdir(dataDir, { recursive: true });
    // Never over a file that appeared meanwhile (another start, an editor): only the first is made.
    created = await createFileAtomic(file, Buffer.from(`${JSON.stringify(defaultSettings(), null, 2)}\n`, 'utf8'));
  }
  const warning = await keepPrivate(file);
  const text = await readFile(file, 'utf8');
  const result = parseSettingsText(text, file, env);
  return result.ok ? { ...result, file, created, text, warnings: warning ? [warning] : [] } : result;
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

/**
 * settings.json's text as a JSON object, as it is written (no defaults, no environment): a
 * byte-order mark dropped, nesting and syntax checked, every error naming the file. Every
 * reader of the file goes through here.
 */
export function parseSettingsJson(text: string, file: string): Parsed<{ raw: Record<string, unknown> }> {
  // Windows Notepad may save UTF-8 with a byte-order mark; JSON.parse refuses it.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const tooDeep = nestingBeyond(body, MAX_DEPTH);
  if (tooDeep !== null)
    return { ok: false, errors: [`${file}: nested more than ${MAX_DEPTH} levels deep (line ${tooDeep})`] };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    return { ok: false, errors: [`${file}: not valid JSON: ${jsonErrorText(err)}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: [`${file}: expected a JSON object`] };
  return { ok: true, raw: raw as Record<string, unknown> };
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

/** The line where nesting first goes beyond `max` levels, or null. Strings are skipped. */
export function nestingBeyond(text: string, max: number): number | null {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > max) return line;
    } else if (c === '}' || c === ']') depth--;
  }
  return null;
}

/** JSON.parse's reason without the quoted excerpt newer Node versions add: it may contain a secret. */
function jsonErrorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/,?\s*".*"(\.\.\.)?\s+is not valid JSON$/s, '').trim() || 'not valid JSON';
}

export interface SettingsWatcher {
  /** Stops watching; an edit still in its debounce is dropped. */
  close(): void;
}

/**
 * Watches the folder (editors replace files by rename, which a file watch misses) and
 * calls back with each new content that differs from `initialText` (the text the running
 * settings came from) and from the previous one, debounced.
 */
export function watchSettingsFile(
  dataDir: string,
  initialText: string,
  onText: (text: string) => void,
  onError: (err: Error) => void,
  debounceMs = 150,
): SettingsWatcher {
  const file = settingsPath(dataDir);
  let last = initialText;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const watcher = watch(dataDir, (_event, name) => {
    if (name !== null && name !== 'settings.json') return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      readFile(file, 'utf8').then(
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
