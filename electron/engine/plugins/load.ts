/**
 * The plugins folder read: every `*.json` in it a manifest (manifest.ts), its values checked and its
 * secrets resolved (values.ts). A manifest that cannot be used is left out with its reason, and the
 * others are kept: one wrong file never switches off the rest. Two manifests of one name keep the
 * first by file name, so which one runs never depends on the order the system lists them in.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import type { Reason } from '../../../shared/reason';
import { reason } from '../reason';
import type { SecretSource } from '../secrets/resolve';
import { type LoadedManifest, type PluginKind, readManifest } from './manifest';
import { pluginSettings, type PluginValue } from './values';

/** The plugins folder of a data folder: the one place manifests are read from. */
export const pluginsFolderIn = (dataDir: string): string => path.join(dataDir, 'plugins');

/** Manifests read from the folder at most; a folder of thousands is not a plugins folder. */
export const MAX_MANIFESTS = 64;

/** A plugin ready to call: its manifest, and its settings with its own secrets resolved. */
export interface ReadyPlugin extends LoadedManifest {
  settings: Record<string, PluginValue>;
  /** Its secret values, for the redactor: masked wherever IPWatch prints or stores text. */
  secrets: string[];
}

export interface PluginsRead {
  plugins: ReadyPlugin[];
  /** The manifests left out, each with why. */
  skipped: { file: string; reason: Reason }[];
}

/** The manifests of the plugins folder, each checked, one per name; a missing folder has none. Never throws. */
export function readManifests(folder: string): { manifests: LoadedManifest[]; skipped: PluginsRead['skipped'] } {
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return { manifests: [], skipped: [] };
  }
  const manifests: LoadedManifest[] = [];
  const skipped: PluginsRead['skipped'] = [];
  const taken = new Set<string>();
  for (const file of names.slice(0, MAX_MANIFESTS)) {
    const read = readManifest(folder, file);
    if (!read.ok) {
      skipped.push({ file, reason: read.reason });
      continue;
    }
    const { name } = read.plugin.manifest;
    if (taken.has(name)) {
      skipped.push({ file, reason: reason('reason.plugin.nameTaken', { file, name }) });
      continue;
    }
    taken.add(name);
    manifests.push(read.plugin);
  }
  return { manifests, skipped };
}

/** The plugins ready to call: their manifests read, their values checked and secrets resolved. Never throws. */
export function readPlugins(folder: string, secrets: SecretSource): PluginsRead {
  const { manifests, skipped } = readManifests(folder);
  const out: PluginsRead = { plugins: [], skipped };
  for (const plugin of manifests) {
    const values = pluginSettings(plugin, secrets);
    if (values.ok) out.plugins.push({ ...plugin, settings: values.settings, secrets: values.secrets });
    else out.skipped.push({ file: plugin.file, reason: values.reason });
  }
  return out;
}

/** The plugins of one kind. */
export const ofKind = (read: PluginsRead, kind: PluginKind): ReadyPlugin[] =>
  read.plugins.filter((p) => p.manifest.kind === kind);

/** One plugin by name, of the kind asked: it, or why not. */
export function findPlugin(
  read: PluginsRead,
  name: string,
  kind: PluginKind,
): { ok: true; plugin: ReadyPlugin } | { ok: false; reason: Reason } {
  const found = read.plugins.find((p) => p.manifest.name === name);
  if (!found) {
    const skipped = read.skipped.find((s) => s.file === `${name}.json`);
    return { ok: false, reason: skipped?.reason ?? reason('reason.plugin.notFound', { name }) };
  }
  if (found.manifest.kind !== kind)
    return { ok: false, reason: reason('reason.plugin.wrongKind', { name, wanted: kind }) };
  return { ok: true, plugin: found };
}
