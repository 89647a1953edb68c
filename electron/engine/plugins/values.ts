/**
 * A plugin's settings as it is given them: the manifest's values checked against its fields (each
 * of its type, the required ones there, no value for a field it does not declare) and its secret
 * fields resolved by the secrets module. A secret is only ever a reference ({ "env": NAME } or
 * { "file": PATH }): a value written out in the manifest is refused, so the file can be read by
 * anyone who may read the plugins folder without giving a secret away.
 */
import type { Reason } from '../../../shared/reason';
import { looksLikeSecretRef } from '../../../shared/settings/secret';
import { reason } from '../reason';
import { resolveSecretRefs, type SecretSource, unresolvedReason } from '../secrets/resolve';
import type { LoadedManifest } from './manifest';

export type PluginValue = string | number | boolean;

export type ValuesRead =
  { ok: true; settings: Record<string, PluginValue>; secrets: string[] } | { ok: false; reason: Reason };

/** The plugin's own settings, checked and with its secrets resolved; never throws. */
export function pluginSettings(plugin: LoadedManifest, source: SecretSource): ValuesRead {
  const { file, manifest } = plugin;
  const fields = manifest.settings;
  const bad = (field: string, problem: string): ValuesRead => ({
    ok: false,
    reason: reason('reason.plugin.manifestField', { file, field: `values.${field}`, problem }),
  });
  for (const key of Object.keys(manifest.values)) {
    if (!Object.hasOwn(fields, key)) return bad(key, 'unknown');
  }
  const settings: Record<string, PluginValue> = {};
  const secrets: string[] = [];
  for (const [key, field] of Object.entries(fields)) {
    const value = manifest.values[key];
    if (value === undefined) {
      if (field.required) return bad(key, 'missing');
      continue;
    }
    let plain: unknown = value;
    if (field.secret) {
      if (!looksLikeSecretRef(value)) return bad(key, 'secretInClear');
      const resolved = resolveSecretRefs({ [key]: value }, source);
      if (!resolved.ok)
        return { ok: false, reason: unresolvedReason({ ...resolved.unresolved, field: `${file}: values.${key}` }) };
      plain = resolved.value[key];
      secrets.push(...resolved.secrets);
    } else if (looksLikeSecretRef(value)) {
      // Resolved only where the manifest says secret, so a reference is never sent unread.
      return bad(key, 'notSecret');
    }
    if (typeof plain !== field.type) return bad(key, 'wrongType');
    settings[key] = plain as PluginValue;
  }
  return { ok: true, settings, secrets };
}
