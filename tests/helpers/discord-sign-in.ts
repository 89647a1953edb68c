/**
 * A browser signing in with Discord through the stand-in (tests/fakes/discord-oauth.ts), as the
 * three redirects go: the runner's start, Discord's approval, the runner's callback with the state
 * cookie. Answers the session cookie pair (`ipwatch_session=...`).
 */
import { expect } from 'vitest';

import type { DiscordOAuthFake } from '../fakes/discord-oauth';

export const cookieOf = (res: Response, name: string): string | null =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0] ?? null;

/** Signs in at `base` (the runner's URL) as this stand-in user; the session cookie. */
export async function signInWithDiscord(base: string, discord: DiscordOAuthFake, userId: string): Promise<string> {
  discord.signInAs(userId);
  const start = await fetch(`${base}/api/v1/session/discord`, { redirect: 'manual' });
  expect(start.status, await start.clone().text()).toBe(302);
  const back = await fetch(start.headers.get('location')!, { redirect: 'manual' });
  const res = await fetch(back.headers.get('location')!, {
    redirect: 'manual',
    headers: { cookie: cookieOf(start, 'ipwatch_discord_state')! },
  });
  expect(res.status).toBe(302);
  return cookieOf(res, 'ipwatch_session')!;
}
