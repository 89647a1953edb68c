/**
 * The runtime's plugins (plugins/): the plugins folder read when a part asks (at start and at each
 * settings change, so a manifest added or edited is in force at the next one), each manifest left
 * out said in the log in words, and every plugin's secrets given to the redactor so they are
 * masked wherever IPWatch prints or stores text.
 */
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { callPlugin, type CallResult, type PluginOp } from '../plugins/call';
import { findPlugin, ofKind, type PluginsRead, readPlugins } from '../plugins/load';
import type { PluginKind } from '../plugins/manifest';
import { inEnglish } from '../reason';
import type { Redactor } from '../secrets/redact';
import { processSecrets, type SecretSource } from '../secrets/resolve';
import { type PluginSourceSpec, pluginSourceId } from '../sources/plugin';

const NONE: PluginsRead = { plugins: [], skipped: [] };

/** Reads the plugins folder on each call; no folder, no plugins. */
export function pluginsReader(
  opts: { pluginsFolder?: string; secrets?: SecretSource; logger: Logger },
  redactor: Redactor,
): () => PluginsRead {
  const folder = opts.pluginsFolder;
  if (folder === undefined) return () => NONE;
  const logger = opts.logger.child('plugins');
  // Several parts read the folder at each settings change: a manifest left out is said once, until it changes.
  let said = new Set<string>();
  return () => {
    const read = readPlugins(folder, opts.secrets ?? processSecrets);
    for (const p of read.plugins) redactor.add(p.secrets);
    const now = new Set<string>();
    for (const s of read.skipped) {
      const words = inEnglish(s.reason);
      now.add(words);
      if (!said.has(words)) logger.warn(`plugin left out: ${words}`, { file: s.file });
    }
    said = now;
    return read;
  };
}

/** The source plugins as sources: each its own provider, named for the plugin. */
export function pluginSourceSpecs(read: PluginsRead, clock: Clock): PluginSourceSpec[] {
  return ofKind(read, 'source').map((p) => {
    const id = pluginSourceId(p.manifest.name);
    return { kind: 'plugin', id, provider: id, family: p.manifest.family, plugin: p, settings: p.settings, clock };
  });
}

/**
 * Calls a plugin of `kind` by name, as the folder is now: a channel's or a DNS record's settings
 * name their plugin, and one missing (or left out for a wrong manifest) says why, `missing`.
 */
export function pluginCaller(read: () => PluginsRead, kind: PluginKind, clock: Clock, logger?: Logger) {
  return async <O extends PluginOp>(
    name: string,
    op: O,
    body: Record<string, unknown>,
    signal: AbortSignal,
  ): Promise<CallResult | (CallResult & { ok: false; missing: true })> => {
    const found = findPlugin(read(), name, kind);
    if (!found.ok) return { ok: false, reason: found.reason, retry: false, missing: true };
    const r = await callPlugin({ plugin: found.plugin, settings: found.plugin.settings, op, body, clock, signal });
    // What it wrote on its standard error, for whoever debugs it; the logger masks its secrets.
    if (!r.ok && r.stderr) logger?.debug(`plugin ${name}: its standard error`, { stderr: r.stderr });
    return r;
  };
}
