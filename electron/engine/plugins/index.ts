/**
 * electron/engine/plugins: a user's program as a source, a channel or a DNS provider (docs/plugins.md).
 * The manifests of the plugins folder read and checked (manifest.ts, load.ts), their values checked
 * and their secrets resolved (values.ts), the environment a program starts with (plugin-env.ts), and
 * one call: a process per call over JSON lines, bounded in time and output like the change hook, whose
 * process code it runs (call.ts). Each kind's adapter lives with its kind: sources/plugin.ts,
 * notify/channels/plugin.ts, ddns/plugin.ts; the runtime reads the folder (runtime/plugins.ts).
 */
export { callPlugin, type CallResult, type PluginCall, type PluginOp } from './call';
export {
  findPlugin,
  ofKind,
  pluginsFolderIn,
  readManifests,
  readPlugins,
  type PluginsRead,
  type ReadyPlugin,
} from './load';
export { type LoadedManifest, type PluginKind, readManifest } from './manifest';
