/**
 * The plugins folder as Settings shows it (getPlugins): each manifest's name, kind, declared hosts
 * and fields, whether each field is given a value, what uses it, and why one cannot be used, in the
 * words the log says it (load.ts). Never a value: not a plain one, not a secret's reference, not
 * even the variable or file a reference names (an unresolved secret is said without it), so the
 * answer can be shown to whoever may read settings without giving a secret's whereabouts away.
 */
import type { PluginsReport, PluginView } from '../../../shared/contract/plugins';
import type { Reason } from '../../../shared/reason';
import { inEnglish, reason } from '../reason';
import { type PluginsRead, readManifests } from './load';
import type { LoadedManifest, PluginKind } from './manifest';

/** What uses a plugin of `kind` named `name`: source, channel or DNS record ids; empty when nothing does. */
export type PluginUsers = (name: string, kind: PluginKind) => string[];

/** A reason safe to show: an unresolved secret's reference (a variable's or file's name) left out. */
export function shownReason(r: Reason): Reason {
  if (r.code !== 'reason.secret.unresolved') return r;
  return reason('reason.plugin.secretUnresolved', { field: r.values.field ?? '', kind: r.values.kind ?? '' });
}

const errorOf = (r: Reason | undefined) => {
  const shown = r ? shownReason(r) : null;
  return {
    error: shown ? inEnglish(shown) : null,
    reason: shown ? { code: shown.code, values: { ...shown.values } } : null,
  };
};

function manifestView(m: LoadedManifest, why: Reason | undefined, users: PluginUsers): PluginView {
  const { manifest } = m;
  return {
    file: m.file,
    name: manifest.name,
    kind: manifest.kind,
    hosts: manifest.hosts.map(({ host, port, protocol }) => ({ host, port, protocol })),
    fields: Object.entries(manifest.settings).map(([name, f]) => ({
      name,
      type: f.type,
      required: f.required,
      secret: f.secret,
      set: Object.hasOwn(manifest.values, name),
    })),
    usedBy: why ? [] : users(manifest.name, manifest.kind),
    ...errorOf(why),
  };
}

/**
 * The report of `folder`: its manifests read again for their fields, each with the verdict of
 * `read` (the runtime's read, whose reasons the log says), so the page and the log agree.
 */
export function pluginsReport(folder: string | undefined, read: PluginsRead, users: PluginUsers): PluginsReport {
  if (folder === undefined) return { folder: null, plugins: [] };
  const { manifests, skipped } = readManifests(folder);
  const whyOf = (file: string) => read.skipped.find((s) => s.file === file)?.reason;
  const shown = new Set(manifests.map((m) => m.file));
  // The runtime's verdict first; a file it has not seen yet (added since) with this read's.
  const broken = [...read.skipped, ...skipped].filter(
    (s, i, all) => !shown.has(s.file) && all.findIndex((t) => t.file === s.file) === i,
  );
  const plugins: PluginView[] = [
    ...manifests.map((m) => manifestView(m, whyOf(m.file), users)),
    ...broken.map((s) => ({
      file: s.file,
      name: null,
      kind: null,
      hosts: [],
      fields: [],
      usedBy: [],
      ...errorOf(s.reason),
    })),
  ];
  return { folder, plugins: plugins.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}
