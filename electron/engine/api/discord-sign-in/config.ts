/**
 * The sign-in's configuration in force, from the settings: `api.signIn.discord` (the
 * application's id and secret, the admin ids and viewer roles) and the bot's `discord` part (the
 * servers it serves, Discord's address). Off (null) until both the id and the secret are set; a
 * secret reference that cannot be read is a reason in words, never the value.
 */
import type { EnvInForce } from '../../../../shared/contract/settings';
import type { Settings } from '../../../../shared/settings';
import { type DiscordSettings, guildSchema, normalizeApiBase } from '../../../../shared/settings/discord';
import type { SignInSettings } from '../../../../shared/settings/sign-in';
import type { Logger } from '../../logger';
import { resolveSecretRefs, type SecretSource } from '../../secrets/resolve';
import type { DiscordSignInConfig } from './callback';
import type { SignInRules } from './roles';

export type ConfigResult = { ok: true; config: DiscordSignInConfig | null } | { ok: false; reason: string };

export function discordSignInConfig(
  signIn: SignInSettings | undefined,
  discord: { servers: SignInRules['servers']; apiBase: string },
  secrets: SecretSource,
  userAgent: string,
): ConfigResult {
  const d = signIn?.discord;
  if (!d?.clientId || d.secret === null || d.secret === undefined) return { ok: true, config: null };
  const r = resolveSecretRefs({ secret: d.secret }, secrets);
  if (!r.ok) return { ok: false, reason: `api.signIn.discord.${r.reason}` };
  return {
    ok: true,
    config: {
      client: { clientId: d.clientId, secret: String(r.value.secret), apiBase: discord.apiBase, userAgent },
      rules: { servers: discord.servers, admins: d.admins, viewerRoles: d.viewerRoles },
    },
  };
}

/**
 * The configuration read from the stored settings at each use (a sign-in is rare; a changed
 * secret or server list counts at the next one). A reference that cannot be read turns
 * sign-in with Discord off, with a warning each time the reason changes.
 */
export function liveDiscordSignIn(
  read: () => Promise<{ settings: Pick<Settings, 'api' | 'discord'>; inForce?: EnvInForce[] }>,
  secrets: SecretSource,
  userAgent: string,
  logger: Logger,
): () => Promise<DiscordSignInConfig | null> {
  let warned = '';
  return async () => {
    const { settings, inForce } = await read();
    const r = discordSignInConfig(settings.api.signIn, discordInForce(settings.discord, inForce), secrets, userAgent);
    if (r.ok) return r.config;
    if (r.reason !== warned) logger.warn('sign in with Discord is off', { reason: r.reason });
    warned = r.reason;
    return null;
  };
}

/**
 * The served servers and Discord's address as the running bot has them: the stored settings
 * with the environment's overrides in force (IPWATCH_DISCORD_GUILDS, IPWATCH_DISCORD_API).
 */
export function discordInForce(
  stored: Pick<DiscordSettings, 'guilds' | 'apiBase'>,
  inForce: readonly EnvInForce[] = [],
): { servers: SignInRules['servers']; apiBase: string } {
  const value = (path: string): unknown => inForce.find((e) => e.path === path)?.value;
  const guilds = value('discord.guilds');
  const apiBase = value('discord.apiBase');
  // The environment's guilds are bare ids or partial guilds: the schema fills in the rest.
  const fromEnv = Array.isArray(guilds)
    ? guilds.flatMap((g) => {
        const r = guildSchema.safeParse(g);
        return r.success ? [r.data] : [];
      })
    : null;
  return {
    servers: fromEnv ?? stored.guilds,
    apiBase: typeof apiBase === 'string' ? normalizeApiBase(apiBase) : stored.apiBase,
  };
}
