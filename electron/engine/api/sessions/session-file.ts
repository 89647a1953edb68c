/**
 * The sessions file's shape (DATA_DIR/sessions.json, version 1) and its reader: an unreadable
 * file is set aside as sessions.json.bad, never lost; one bad entry drops that session alone.
 */
import { readFile, rename } from 'node:fs/promises';

import * as z from 'zod/mini';

import type { Logger } from '../../logger';
import { ROLES } from '../access/principal';
import { discordFactsSchema } from './discord-facts';

/** The longest browser or system name kept ("Samsung Internet 1234"). */
export const NAME_MAX = 40;
/** The longest address kept: an IPv6 address with a zone. */
export const ADDRESS_MAX = 64;

export const storedSchema = z.object({
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  name: z.string().check(z.maxLength(200)),
  role: z.enum(ROLES),
  createdAt: z.number().check(z.int()),
  lastSeenAt: z.number().check(z.int()),
  /** The sign-in came from this host over loopback; absent (older files): not on this host. */
  onHost: z.optional(z.boolean()),
  /** The session's own short random id, to list and revoke it by; absent in older files: given one on read. */
  sid: z.optional(z.string().check(z.regex(/^s[0-9a-f]{12}$/))),
  /** A Discord sign-in's member facts and access token (discord-sign-in/follow.ts); never listed. */
  discord: z.optional(discordFactsSchema),
  /**
   * A token sign-in: the mark of the token's value then (token-file.ts tokenMark, not the hash),
   * so a rotation ends the session even when made while the runner was stopped (issue 59).
   */
  mark: z.optional(z.string().check(z.regex(/^[0-9a-f]{16}$/))),
  /**
   * Where the browser signed in from (issue 75): the browser and system its User-Agent named
   * (user-agent.ts: a name from a table and a major version, never the header's text) and the
   * socket's address. Absent in older files: unknown.
   */
  browser: z.optional(z.string().check(z.maxLength(NAME_MAX))),
  system: z.optional(z.string().check(z.maxLength(NAME_MAX))),
  address: z.optional(z.string().check(z.maxLength(ADDRESS_MAX))),
});
export type Kept = z.infer<typeof storedSchema>;
export const fileSchema = z.object({ version: z.literal(1), sessions: z.array(z.unknown()) });

/** The sessions kept in `file`; none when it does not exist. */
export async function readSessions(file: string, logger: Logger): Promise<Kept[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  try {
    const parsed = fileSchema.parse(JSON.parse(text));
    // One bad entry (a role from a newer version) drops that session, not the others.
    return parsed.sessions.flatMap((s) => {
      const r = storedSchema.safeParse(s);
      return r.success ? [r.data] : [];
    });
  } catch (err) {
    const aside = `${file}.bad`;
    await rename(file, aside).catch(() => undefined);
    logger.warn('the sessions file could not be read; everyone signs in again', {
      file,
      keptAs: aside,
      error: String(err),
    });
    return [];
  }
}
