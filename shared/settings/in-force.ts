/**
 * The settings in force, as the destination rule must see them (issue 58): the stored settings
 * with what the environment sets on top (electron/host/env.ts, IPWATCH_*). A secret the
 * environment gives (IPWATCH_DISCORD_TOKEN) is shown to the rule as the reference it is,
 * `{ "env": "IPWATCH_DISCORD_TOKEN" }`, so moving where it goes (discord.apiBase) is a dangerous
 * change like moving a stored token; a value the environment sets (IPWATCH_DISCORD_API) is the
 * one in force, so editing the stored one moves nothing. Pure.
 */

/** One field the environment sets: its dotted path, the variable, and its value (none for a secret). */
export interface FieldInForce {
  path: string;
  from: string;
  value?: unknown;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of `settings` with each field the environment sets put in: its value, or for a secret its reference. */
export function settingsInForce<T>(settings: T, inForce: readonly FieldInForce[] = []): T {
  if (inForce.length === 0 || !isObj(settings)) return settings;
  const out = structuredClone(settings) as Record<string, unknown>;
  for (const f of inForce) {
    const keys = f.path.split('.');
    let node = out;
    for (const k of keys.slice(0, -1)) {
      if (!isObj(node[k])) node[k] = {};
      node = node[k] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]!] = 'value' in f ? f.value : { env: f.from };
  }
  return out as T;
}
