/**
 * The app's settings: electron-store on DATA_DIR/settings.json, the very file the headless
 * runner reads (created with the defaults and validated by host/settings-file.ts,
 * then applied live by its watcher and reloader, so an edit from the UI, the bot or a text
 * editor takes one path). Every write from the app is validated by the shared schema
 * (with its migrations and the IPWATCH_* overrides) before it replaces the file, which
 * stays owner-only. electron-store imports electron, hence this lives in the shell.
 */
import Store from 'electron-store';

import type { Settings } from '../../shared/settings';
import { editSettingsFile, formatOf, loadSettingsFile, parseSettingsText, resolveSource, settingsPath } from '../host';

type Raw = Record<string, unknown>;
type Written = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export interface SettingsStore {
  readonly file: string;
  /** The file's content as written (no defaults filled in, no environment applied). */
  raw(): Raw;
  /** Validates `next` as the whole file and writes it; the file is untouched when invalid. */
  write(next: Raw): Written;
  /**
   * Applies `edit` to a copy of the file's content, then writes it as write() does; a file that
   * cannot be read (not JSON) is refused, with the reason, and left as it is.
   */
  update(edit: (raw: Raw) => Raw): Written;
  /**
   * update() for whichever settings files are in force: settings.json alone through the store;
   * settings.yaml or a profile through the host's one writer (host/settings-write.ts), so a
   * YAML file keeps its comments and a profile's fields stay in the profile.
   */
  edit(edit: (raw: Raw) => Raw): Promise<Written>;
}

export function openSettingsStore(dataDir: string, env: NodeJS.ProcessEnv): SettingsStore {
  const file = settingsPath(dataDir);
  // Opened at the first use, not here: electron-store reads the file as it opens, and a file
  // that is not JSON must not stop the app, which runs on the defaults until it is fixed.
  let opened: Store<Raw> | null = null;
  const store = () =>
    (opened ??= new Store<Raw>({
      cwd: dataDir,
      name: 'settings',
      configFileMode: 0o600,
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
      serialize: (value) => `${JSON.stringify(value, null, 2)}\n`,
      // Windows Notepad may save UTF-8 with a byte-order mark.
      deserialize: (text) => JSON.parse(text.replace(/^\uFEFF/, '')) as Raw,
    }));
  const raw = () => structuredClone(store().store);
  const write: SettingsStore['write'] = (next) => {
    const checked = parseSettingsText(JSON.stringify(next), file, env);
    if (!checked.ok) return checked;
    store().store = next;
    return { ok: true, settings: checked.settings };
  };
  const update: SettingsStore['update'] = (edit) => {
    let current: Raw;
    try {
      current = raw();
    } catch (err) {
      return { ok: false, errors: [`${file}: ${err instanceof Error ? err.message : String(err)}`] };
    }
    return write(edit(current));
  };
  return {
    file,
    raw,
    write,
    update,
    async edit(edit) {
      const resolved = resolveSource(dataDir, env);
      if (!resolved.ok) return resolved;
      if (formatOf(resolved.source.base) === 'json' && !resolved.source.profile) return update(edit);
      try {
        await editSettingsFile(dataDir, env, (current) => {
          const next = edit(structuredClone(current));
          for (const k of Object.keys(current)) delete current[k];
          Object.assign(current, next);
        });
      } catch (err) {
        return { ok: false, errors: [err instanceof Error ? err.message : String(err)] };
      }
      const loaded = await loadSettingsFile(dataDir, env);
      return loaded.ok ? { ok: true, settings: loaded.settings } : { ok: false, errors: loaded.errors };
    },
  };
}
