/**
 * `api.signIn`: how people sign in to the dashboard besides the API token (issue 50).
 * Sign in with Discord (OAuth2, docs/api.md "Sign in with Discord") is on when both the
 * application's client id and its secret are set. Who may sign in:
 * - admin: the members of a server the bot serves (`discord.guilds`) who hold Manage Server,
 *   and the users listed in `admins`;
 * - viewer: the members of the roles listed in `viewerRoles` (in a server the bot serves);
 * - nobody else.
 * Discord's addresses are `discord.apiBase` (`https://discord.com/api`), the bot's setting.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { snowflakeSchema } from './discord';
import { about, withMeta } from './schema-common';
import { secretRefSchema } from './secret';

export const discordSignInSchema = z.strictObject({
  clientId: withMeta(
    z._default(z.nullable(snowflakeSchema), null),
    about('Application id', 'Discord Developer Portal, your application, OAuth2: Client ID. Empty: off.'),
  ),
  /** Named `secret` so the settings' secret rules (shared/settings/secret.ts) mask it everywhere. */
  secret: withMeta(
    z._default(z.nullable(z.union([z.string().check(z.minLength(1)), secretRefSchema])), null),
    about('Client secret', 'OAuth2: Client Secret (or a reference to it). Empty: off.'),
  ),
  admins: withMeta(
    z._default(z.array(snowflakeSchema).check(z.maxLength(100)), []),
    about('Admin user ids', 'Discord users who sign in as admin, besides Manage Server in a served server.'),
  ),
  viewerRoles: withMeta(
    z._default(z.array(snowflakeSchema).check(z.maxLength(100)), []),
    about('Viewer role ids', 'Members of these roles (in a server the bot serves) sign in as viewers.'),
  ),
});
export type DiscordSignInSettings = z.infer<typeof discordSignInSchema>;

export const signInSettingsSchema = z.strictObject({
  discord: withMeta(
    z._default(discordSignInSchema, () => discordSignInSchema.parse({})),
    about('Sign in with Discord', 'Who may sign in to the dashboard with their Discord account, and as what.'),
  ),
});
export type SignInSettings = z.infer<typeof signInSettingsSchema>;
export const defaultSignInSettings = (): SignInSettings => signInSettingsSchema.parse({});
