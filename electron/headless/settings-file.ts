/**
 * settings.json in the data folder: created with defaults when absent, validated by the
 * shared zod schema (after IPWATCH_* overrides), and watched so a valid edit applies
 * without a restart. A bad file is never rewritten.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { mkdir, readFile, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';

import { defaultSettings, parseSettings, type Settings } from '../../shared/settings';
import { applyEnv } from './env';

export type LoadResult =
  { ok: true; settings: Settings; created: boolean; envApplied: string[] } | { ok: false; errors: string[] };

export const settingsPath = (dataDir: string): string => path.join(dataDir, 'settings.json');

export async function loadSettingsFile(dataDir: string, env: NodeJS.ProcessEnv): Promise<LoadResult> {
  const file = settingsPath(dataDir);
  let created = false;
  if (!existsSync(file)) {
    await mkdir(dataDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(defaultSettings(), null, 2)}\n`, { flag: 'wx' });
    await rename(tmp, file);
    created = true;
  }
  const text = await readFile(file, 'utf8');
  const result = parseSettingsText(text, file, env);
  return result.ok ? { ...result, created } : result;
}

export function parseSettingsText(text: string, file: string, env: NodeJS.ProcessEnv): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`${file}: not valid JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: [`${file}: expected a JSON object`] };
  const withEnv = applyEnv(raw as Record<string, unknown>, env);
  if (!withEnv.ok) return withEnv;
  const parsed = parseSettings(withEnv.value);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => `${file}: ${e}`) };
  return { ok: true, settings: parsed.settings, created: false, envApplied: withEnv.applied };
}

/**
 * Watches the folder (editors replace files by rename, which a file watch misses) and
 * calls back with each distinct new content, debounced.
 */
export function watchSettingsFile(dataDir: string, onText: (text: string) => void, debounceMs = 150): FSWatcher {
  const file = settingsPath(dataDir);
  let last: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  void readFile(file, 'utf8').then(
    (t) => (last ??= t),
    () => undefined,
  );
  const watcher = watch(dataDir, (_event, name) => {
    if (name !== null && name !== 'settings.json') return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      readFile(file, 'utf8').then(
        (t) => {
          if (t === last) return;
          last = t;
          onText(t);
        },
        () => undefined, // mid-rename; the next event brings the new file
      );
    }, debounceMs);
  });
  return watcher;
}
