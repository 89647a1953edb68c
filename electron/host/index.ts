/**
 * The host: what the app (electron/main.ts, electron/shell/) and the headless runner
 * (electron/headless.ts, electron/headless/) both need to run the engine on a data folder.
 * Plain Node: nothing here imports 'electron'.
 * - data-dir.ts: where the data folder is by default.
 * - settings.json or settings.yaml, and a profile over it (settings-source.ts; settings-doc.ts keeps
 *   a YAML file's comments through every edit): loaded and checked with the IPWATCH_* overrides (settings-file.ts, env.ts);
 *   followed while the engine runs (follow-settings.ts: the watcher, the reloader of reload.ts
 *   and the API's access of settings-api.ts); written on the engine's behalf (settings-write.ts).
 * - open-store.ts: the history store, opened under the data folder's lock when it writes.
 * - runner-lines.ts: the lines a runner prints about engine events, and how they read;
 *   ddns-lines.ts: its line on each change of a dynamic DNS record's state.
 * - secret-moves.ts, secret-files.ts: typed secrets leave settings.json (a headless runner's go to
 *   files of their own, the app's to its vault).
 * - first-run.ts: whether a new data folder still waits for the dashboard's first-run steps.
 * - listen-failure.ts: why the API could not listen (a taken port...), naming the setting to change.
 * - process-guard.ts: an unhandled rejection or uncaught exception, once monitoring runs, is
 *   reported to the runtime (logged with its part, counted, in Health) instead of ending the process.
 */
export { defaultDataDir } from './data-dir';
export { printDdnsChanges } from './ddns-lines';
export { openFirstRun } from './first-run';
export { identityLookupFor, identityServiceFor } from './identity';
export { type FollowedSettings, followSettingsFile } from './follow-settings';
export { listenFailure } from './listen-failure';
export { lockDataFolder, openStoreFor, type StoreAccess } from './open-store';
export { fatalLine, guardProcess, type ProcessGuard } from './process-guard';
export { fileSecretsAccess } from './secret-files';
export { createPrinter, createReadableLog } from './readable-log';
export { formatReadable, type RunnerLine } from './runner-lines';
export { inForceWords, loadSettingsFile, type LoadResult, parseSettingsText, settingsPath } from './settings-file';
export { PROFILE_ENV, readSnapshot, resolveSource, type SettingsSource } from './settings-source';
export { formatOf } from './settings-doc';
export { editSettingsFile, settingsWriters } from './settings-write';
export { upgradeSettingsAtStart } from './settings-upgrade';
