/**
 * Change posts: each notice as a rich embed in every guild channel that subscribed to its
 * event, masked per guild, with a button that shows /ip. The outbox gives ordering, retries,
 * Retry-After and expiry; here a message nonce with `enforce_nonce` makes a repeated attempt
 * return the message already posted instead of a second one (discord-api-docs
 * docs/resources/Message.md, "Create Message": `nonce` up to 25 characters).
 */
import { createHash } from 'node:crypto';

import type { Translator } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
import type { GuildSettings } from '../../../shared/settings/discord';
import type { Delivery, Message, Notice, SendResult } from '../services';
import { buttonId } from './commands/define';
import { commandName } from './commands/localise';
import { button, COLOR, embed, row, stamp } from './format';

export const nonceFor = (key: string, channelId: string): string =>
  createHash('sha256').update(`${key}\n${channelId}`).digest('base64url').slice(0, 25);

/**
 * The message body of one notice, in the words rendered for its guild (mask, time zone,
 * language); the button's label in that language too (`words`, English unless given).
 */
export function postBody(notice: Notice, m: Message, nonce: string, words: Translator = english) {
  return {
    embeds: [
      embed({
        title: m.title,
        description: `${m.summary}\n${stamp(notice.at, 'f')} (${stamp(notice.at)})`,
        color: COLOR[m.tone],
        fields: m.fields.map((f) => ({ name: f.name, value: f.value, inline: f.value.length < 40 })),
        timestamp: new Date(notice.at).toISOString(),
        // The reference finds this post again after a restart (see `alreadyPosted`).
        footer: { text: `IPWatch · ref ${nonce}` },
      }),
    ],
    // Another site's news is not this machine's: its button shows that site, not this machine's /ip.
    components: [
      row(
        'site' in notice
          ? button(buttonId('siteshow', notice.site), words.t('bot.post.showSite', { site: notice.site }), 1)
          : button(buttonId('ipshow'), words.t('bot.post.showIp', { ip: commandName(words, 'ip') }), 1),
      ),
    ],
    allowed_mentions: { parse: [] },
    nonce,
    enforce_nonce: true,
  };
}

/** The guilds a notice goes to: those with a channel whose events include it (a test goes to all). */
export const targets = (guilds: GuildSettings[], d: Delivery): GuildSettings[] =>
  guilds.filter((g) => g.channel !== null && (d.notice.kind === 'test' || g.events.includes(d.notice.kind as never)));

/**
 * Whether a recent message of the bot in the channel carries this nonce's reference. Discord
 * honours `enforce_nonce` for a few minutes only, so a notice whose first attempt may have
 * reached Discord longer ago than that (a lost answer, then a restart or a long outage) is
 * looked up before it is posted again.
 */
export function alreadyPosted(messages: unknown, botId: string, nonce: string): boolean {
  if (!Array.isArray(messages)) return false;
  return messages.some(
    (m: { author?: { id?: string }; embeds?: { footer?: { text?: string } }[] }) =>
      m.author?.id === botId && (m.embeds ?? []).some((e) => e.footer?.text?.endsWith(`ref ${nonce}`) === true),
  );
}

export interface PostError {
  status?: number;
  code?: number | string;
  retryAfterMs?: number;
  message: string;
}

/** How a failed post counts for the outbox. Missing permissions are retried (an admin may fix them). */
export function postResult(e: PostError, where: string): SendResult {
  if (e.retryAfterMs !== undefined)
    return {
      ok: false,
      kind: 'transient',
      error: `${where}: rate limited`,
      retryAfterMs: e.retryAfterMs,
      throttled: true,
    };
  if (e.code === 50013 || e.code === 50001)
    return {
      ok: false,
      kind: 'transient',
      error: `${where}: the bot lacks permissions (View Channel, Send Messages, Embed Links)`,
    };
  if (e.code === 10003)
    return { ok: false, kind: 'misconfigured', error: `${where}: Discord does not know this channel` };
  if (e.status === 401) return { ok: false, kind: 'misconfigured', error: 'Discord rejected the bot token' };
  if (e.status !== undefined && e.status >= 400 && e.status < 500 && e.status !== 408)
    return { ok: false, kind: 'rejected', error: `${where}: ${e.message}` };
  return { ok: false, kind: 'transient', error: `${where}: ${e.message}` };
}
