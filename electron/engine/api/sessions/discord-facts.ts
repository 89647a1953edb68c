/**
 * What a Discord session keeps of its sign-in (issue 50), so that it can follow the member:
 * the user's servers with their permissions, their roles in the served ones, and the OAuth2
 * access token with its end. Kept in sessions.json only (0600); the token is a secret: it never
 * reaches a log, the list of sessions, the API or the audit log.
 */
import * as z from 'zod/mini';

export const discordFactsSchema = z.object({
  guilds: z
    .array(
      z.object({
        id: z.string().check(z.maxLength(32)),
        permissions: z.string().check(z.maxLength(32)),
        name: z.nullable(z.string().check(z.maxLength(100))),
      }),
    )
    .check(z.maxLength(200)),
  memberRoles: z.record(
    z.string().check(z.maxLength(32)),
    z.array(z.string().check(z.maxLength(32))).check(z.maxLength(250)),
  ),
  /** Discord's access token (Bearer), to ask again who the member is. */
  accessToken: z.string().check(z.minLength(1), z.maxLength(512)),
  /** When the access token ends (Discord: 7 days after the sign-in). */
  tokenExpiresAt: z.number().check(z.int()),
  /** When Discord was last asked (the sign-in, or a re-check tried); at most once an hour. */
  checkedAt: z.number().check(z.int()),
});
export type DiscordFacts = z.infer<typeof discordFactsSchema>;
