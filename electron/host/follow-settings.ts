/**
 * settings.json followed while an engine runs on it, the same in the app and the headless
 * runner: an edit made by hand (seen by the watcher), through the API (the settings access) or
 * by the engine itself (settings-write.ts, then the watcher) is applied by one reloader, one at
 * a time, and logged, printed and audited once.
 */
import type { Settings } from '../../shared/settings';
import type { SettingsAccess } from '../engine/api/settings-access';
import { createReloader, type ReloadDeps } from './reload';
import { createSettingsAccess } from './settings-api';
import { settingsPath, watchSettingsFile } from './settings-file';
import { fileSource, type SettingsSource } from './settings-source';

export interface FollowOptions extends Omit<ReloadDeps, 'file'> {
  dataDir: string;
  /** The settings in force, and the text they were loaded from ('' when the file was not valid). */
  settings: Settings;
  text: string;
  /** The files in force (settings-source.ts); settings.json alone when not given. */
  source?: SettingsSource;
}

export interface FollowedSettings {
  /** The API's way to the settings: edits it writes are applied by the same reloader. */
  access: SettingsAccess;
  /** Stops watching, then waits for an edit under way: after it, no edit reaches the runtime. */
  close(): Promise<void>;
}

export function followSettingsFile(o: FollowOptions): FollowedSettings {
  const { dataDir, settings, text, ...deps } = o;
  const source = o.source ?? fileSource(settingsPath(dataDir));
  const reloader = createReloader({ ...deps, file: source.base, source }, settings);
  const watcher = watchSettingsFile(
    dataDir,
    text,
    (next) => void reloader.reload(next),
    (err) => deps.logger.error('cannot watch the settings files; edits now need a restart', { error: err.message }),
    150,
    source,
  );
  return {
    access: createSettingsAccess(dataDir, deps.env, reloader, source),
    async close() {
      watcher.close();
      await reloader.settled();
    },
  };
}
