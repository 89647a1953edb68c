/**
 * Discord's own rules that we check before Discord refuses us, shared by the webhook
 * channel and (later) the bot. Pure.
 *
 * Sources: discord-api-docs, docs/resources/Webhook.md ("Create Webhook": a webhook name is
 * valid if it does not contain the substrings `clyde` or `discord`, case-insensitive, and
 * follows the nickname guidelines, except that it may be up to 80 characters) and
 * docs/resources/User.md ("Usernames and Nicknames": names are trimmed; nicknames have at
 * least 1 character).
 */

const FORBIDDEN = ['clyde', 'discord'] as const;

/** Why Discord would refuse this webhook username, or null when it is fine. */
export function webhookUsernameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length < 1) return 'must not be empty';
  if (trimmed.length > 80) return 'must be at most 80 characters';
  const lower = trimmed.toLowerCase();
  const bad = FORBIDDEN.find((w) => lower.includes(w));
  return bad ? `Discord refuses webhook names that contain "${bad}" (in any case)` : null;
}

/**
 * The versioned form of a webhook URL. Discord shows webhook URLs without a version
 * (`/api/webhooks/ID/TOKEN`), and an unversioned path is served as API v6, whose 429
 * answers count in milliseconds where v8 and later count in seconds. Any host is rewritten
 * (discord.com, discordapp.com, ptb., canary., a local stand-in), and so is an explicit old
 * version. `wait=true` makes Discord answer with the saved message instead of a bare 204.
 */
export function versionedWebhookUrl(url: string, version = 10): string {
  const u = new URL(url);
  u.pathname = u.pathname.replace(/\/api(?:\/v\d+)?\/webhooks\//, `/api/v${version}/webhooks/`);
  u.searchParams.set('wait', 'true');
  return u.toString();
}
