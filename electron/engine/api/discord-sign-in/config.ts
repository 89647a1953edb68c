/**
 * The sign-in's configuration in force, from the settings: `api.signIn.discord` (the
 * application's id and secret, the admin ids and viewer roles) and the bot's `discord` part (the
 * servers it serves, Discord's address). Off (null) until both the id and the secret are set; a
 * secret reference that cannot be read is a reason in words, never the value.
 */
import type { DiscordSettings } from '../../../../shared/settings/discord';
import type { SignInSettings } from '../../../../shared/settings/sign-in';
import { resolveSecretRefs, type SecretSource } from '../../secrets/resolve';
import type { DiscordSignInConfig } from './callback';

export type ConfigResult = { ok: true; config: DiscordSignInConfig | null } | { ok: false; reason: string };

export function discordSignInConfig(
  signIn: SignInSettings | undefined,
  discord: Pick<DiscordSettings, 'guilds' | 'apiBase'>,
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
      rules: { servers: discord.guilds.map((g) => g.id), admins: d.admins, viewerRoles: d.viewerRoles },
    },
  };
}
