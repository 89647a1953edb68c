/**
 * IPWATCH_* environment overrides, applied on top of settings.json. Each variable maps to
 * one settings field; a bad value is an error that names the variable. docs/settings.md lists them.
 */
import type { EnvInForce } from '../../shared/contract/settings';
import { guildSchema } from '../../shared/settings/discord';
import { SECRET_KEY } from '../../shared/settings/secret';

export interface EnvOverride {
  name: string;
  path: readonly string[];
  parse: (raw: string) => unknown;
  doc: string;
}

const bool = (raw: string): boolean => {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new Error('expected true/false (1/0, yes/no, on/off)');
};
const int = (raw: string): number => {
  if (!/^-?\d+$/.test(raw.trim())) throw new Error('expected a whole number');
  return Number(raw.trim());
};
const text = (raw: string): string => raw.trim();
const list = (raw: string): string[] =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * `GUILD[:CHANNEL],...`: the guilds the bot serves, each with its notification channel, read as
 * the settings schema reads a guild (its defaults in: who may do what), so the value in force
 * (envInForce) is whole like a stored one.
 */
const guilds = (raw: string): unknown[] =>
  list(raw).map((item) => {
    const [id, channel, more] = item.split(':').map((s) => s.trim());
    if (!id || more !== undefined || !/^\d{17,20}$/.test(id) || (channel && !/^\d{17,20}$/.test(channel)))
      throw new Error(`expected GUILD_ID[:CHANNEL_ID] Discord ids, got "${item}"`);
    return guildSchema.parse({ id, channel: channel || null });
  });

export const ENV_OVERRIDES: readonly EnvOverride[] = [
  {
    name: 'IPWATCH_INTERVAL_SEC',
    path: ['monitor', 'intervalSec'],
    parse: int,
    doc: 'seconds between checks (min 10)',
  },
  { name: 'IPWATCH_IPV4', path: ['monitor', 'ipv4'], parse: bool, doc: 'watch IPv4' },
  { name: 'IPWATCH_IPV6', path: ['monitor', 'ipv6'], parse: bool, doc: 'watch IPv6' },
  { name: 'IPWATCH_IPV6_COMPARE', path: ['monitor', 'ipv6Compare'], parse: text, doc: 'prefix64 or full' },
  { name: 'IPWATCH_QUORUM', path: ['monitor', 'quorum'], parse: int, doc: 'agreeing providers needed' },
  { name: 'IPWATCH_TIMEOUT_MS', path: ['monitor', 'timeoutMs'], parse: int, doc: 'per-request timeout' },
  { name: 'IPWATCH_NETWORK_WATCH', path: ['monitor', 'networkWatch'], parse: bool, doc: 'check on interface changes' },
  { name: 'IPWATCH_BUILTIN_SOURCES', path: ['sources', 'builtIn'], parse: bool, doc: 'use the built-in sources' },
  { name: 'IPWATCH_DISABLED_SOURCES', path: ['sources', 'disabled'], parse: list, doc: 'comma-separated built-in ids' },
  { name: 'IPWATCH_DISCORD_TOKEN', path: ['discord', 'token'], parse: text, doc: 'the Discord bot token' },
  {
    name: 'IPWATCH_DISCORD_GUILDS',
    path: ['discord', 'guilds'],
    parse: guilds,
    doc: 'comma-separated GUILD_ID[:CHANNEL_ID] the bot serves (replaces discord.guilds)',
  },
  {
    name: 'IPWATCH_DISCORD_REGISTRATION',
    path: ['discord', 'registration'],
    parse: text,
    doc: 'guild (instant) or global',
  },
  { name: 'IPWATCH_DISCORD_API', path: ['discord', 'apiBase'], parse: text, doc: "Discord's REST base URL" },
  { name: 'IPWATCH_LOG_LEVEL', path: ['log', 'level'], parse: text, doc: 'debug, info, warn or error' },
  { name: 'IPWATCH_API', path: ['api', 'enabled'], parse: bool, doc: 'serve the API and dashboard' },
  { name: 'IPWATCH_API_PORT', path: ['api', 'port'], parse: int, doc: 'port of the API and dashboard' },
  { name: 'IPWATCH_API_LAN', path: ['api', 'lan'], parse: bool, doc: 'listen on the local network too' },
  {
    name: 'IPWATCH_API_REQUEST_TIMEOUT_SEC',
    path: ['api', 'requestTimeoutSec'],
    parse: int,
    doc: 'seconds a request may take to arrive, headers and body',
  },
  { name: 'IPWATCH_ROUTER', path: ['router', 'enabled'], parse: bool, doc: 'ask the home router for its address' },
];

export type EnvResult =
  { ok: true; value: Record<string, unknown>; applied: string[] } | { ok: false; errors: string[] };

/** Returns a copy of `raw` settings with the environment's overrides set. */
export function applyEnv(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): EnvResult {
  const value = structuredClone(raw);
  const errors: string[] = [];
  const applied: string[] = [];
  for (const o of ENV_OVERRIDES) {
    const v = env[o.name];
    if (v === undefined || v === '') continue;
    try {
      setPath(value, o.path, o.parse(v));
      applied.push(o.name);
    } catch (err) {
      errors.push(`${o.name}=${JSON.stringify(v)}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value, applied };
}

/**
 * What the environment sets, field by field, for the settings view: the value in force beside
 * the stored one. A secret's value (the Discord token) is never given, only that it is set.
 */
export function envInForce(env: NodeJS.ProcessEnv): EnvInForce[] {
  return ENV_OVERRIDES.flatMap((o) => {
    const raw = env[o.name];
    if (raw === undefined || raw === '') return [];
    const path = o.path.join('.');
    if (SECRET_KEY.test(o.path[o.path.length - 1]!)) return [{ path, from: o.name }];
    try {
      return [{ path, from: o.name, value: o.parse(raw) }];
    } catch {
      // A bad value stops the runner at start (applyEnv), so a running one never has one.
      return [];
    }
  });
}

function setPath(target: Record<string, unknown>, path: readonly string[], v: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = v;
}
