/**
 * Which language the bot speaks to whom: a member in their own Discord locale, a channel post in
 * the channel's. Pure; Discord's locale codes are read by shared/i18n/languages.ts.
 *
 *   member's locale | server's locale | app's | the reply
 *   ----------------+-----------------+-------+----------
 *   de              | id              | en    | de
 *   fr              | id              | en    | id  (a locale we do not speak passes on)
 *   fr              | fr              | de    | de
 *
 *   channel setting | server's preferred locale | app's | the post
 *   ----------------+---------------------------+-------+---------
 *   id              | de                        | en    | id
 *   (none)          | de                        | en    | de
 *   (none)          | fr, or unknown            | id    | id
 */
import { discordLanguage, type Language } from '../../../shared/i18n/languages';

/** A reply's language: `interaction.locale`, else `guild_locale`, else the app's. */
export const memberLanguage = (
  locale: string | null | undefined,
  guildLocale: string | null | undefined,
  app: Language,
): Language => discordLanguage(locale, discordLanguage(guildLocale, app));

/** A post's language: the `discord-bot` channel's own setting, else the server's preferred locale, else the app's. */
export const postLanguage = (
  channel: Language | undefined,
  preferredLocale: string | null | undefined,
  app: Language,
): Language => channel ?? discordLanguage(preferredLocale, app);
