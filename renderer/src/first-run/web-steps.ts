/**
 * The web dashboard's first-run steps over a settings draft (the settings as GET /settings
 * shows them, secrets as markers): what to watch, a notification channel (the Settings page's
 * own channel forms edit the draft's channels), the Discord bot, a host name kept pointing here
 * (dynamic DNS: the Settings page's own record forms edit the draft's records).
 * The draft is saved once, at the end, through the same saveSettings as the Settings page, so
 * the engine's schema has the last word; its field errors lead back to their step. Pure.
 */
import type { MessageId, Translator } from '../../../shared/i18n/translator';

export type Draft = Record<string, unknown>;

/** The steps: each one's title (a message) and the settings' paths it edits. */
export const STEPS: readonly { title: MessageId; prefix: string }[] = [
  { title: 'web.firstRun.step.watch', prefix: 'monitor.' },
  { title: 'web.firstRun.step.notify', prefix: 'notifications.' },
  { title: 'web.firstRun.step.discord', prefix: 'discord.' },
  { title: 'web.firstRun.step.ddns', prefix: 'ddns.' },
];

const obj = (v: unknown): Draft => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Draft) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The step a setting's path belongs to: `discord.guilds.0.id` is the Discord step's; others the last. */
export function stepOf(path: string): number {
  const i = STEPS.findIndex((s) => `${path}.`.startsWith(s.prefix));
  return i >= 0 ? i : STEPS.length - 1;
}

export function families(draft: Draft): { ipv4: boolean; ipv6: boolean } {
  const m = obj(draft.monitor);
  return { ipv4: m.ipv4 !== false, ipv6: m.ipv6 !== false };
}

export function withFamilies(draft: Draft, f: { ipv4: boolean; ipv6: boolean }): Draft {
  return { ...draft, monitor: { ...obj(draft.monitor), ...f } };
}

/** The first step's own rule, said before anything is sent. */
export const familiesProblem = (f: { ipv4: boolean; ipv6: boolean }, words: Translator): string | null =>
  f.ipv4 || f.ipv6 ? null : words.t('web.firstRun.familiesProblem');

export interface DiscordChoice {
  /** The token as SecretInput edits it: the stored marker, a new value, a reference, or null for none. */
  token: unknown;
  /** The server (guild) and the channel to post in; '' for none. */
  guildId: string;
  channelId: string;
}

/** The Discord step as the settings hold it: the first guild is the one the step edits. */
export function discordOf(draft: Draft): DiscordChoice {
  const d = obj(draft.discord);
  const first = obj(list(d.guilds)[0]);
  return {
    token: d.token ?? null,
    guildId: typeof first.id === 'string' ? first.id : '',
    channelId: typeof first.channel === 'string' ? first.channel : '',
  };
}

/**
 * The draft with the Discord step's choice: the token as edited; a server id sets the first
 * guild (keeping its other settings), none removes it.
 */
export function withDiscord(draft: Draft, c: DiscordChoice): Draft {
  const d = obj(draft.discord);
  const guilds = list(d.guilds);
  const guildId = c.guildId.trim();
  const first = obj(guilds[0]);
  const nextGuilds = guildId
    ? [{ ...first, id: guildId, channel: c.channelId.trim() || null }, ...guilds.slice(1)]
    : guilds.slice(1);
  return { ...draft, discord: { ...d, token: c.token, guilds: nextGuilds } };
}

const DISCORD_FIELDS: Record<string, MessageId> = {
  'discord.token': 'web.firstRun.botToken',
  'discord.guilds.0.id': 'web.firstRun.serverId',
  'discord.guilds.0.channel': 'web.firstRun.channelId',
};

/** A field error in words for the step's summary: "ntfy: topic: required", "Server ID: expected a Discord id...". */
export function describeError(draft: Draft, path: string, message: string, words: Translator): string {
  const channel = /^notifications\.channels\.(\d+)\.(.+)$/.exec(path);
  if (channel) {
    const id = obj(list(obj(draft.notifications).channels)[Number(channel[1])]).id;
    const name = typeof id === 'string' && id ? id : words.t('web.firstRun.newChannel');
    return words.t('web.firstRun.fieldProblem', { name, field: channel[2]!, message });
  }
  const record = /^ddns\.records\.(\d+)\.(.+)$/.exec(path);
  if (record) {
    const id = obj(list(obj(draft.ddns).records)[Number(record[1])]).id;
    const name = typeof id === 'string' && id ? id : words.t('web.firstRun.newRecord');
    return words.t('web.firstRun.fieldProblem', { name, field: record[2]!, message });
  }
  const field = DISCORD_FIELDS[path];
  return words.t('web.firstRun.problem', { field: field ? words.t(field) : path, message });
}
