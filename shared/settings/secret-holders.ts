/**
 * The parts of the settings that hold a secret and send it somewhere (issue 50): DDNS records and
 * notification channels by id, the heartbeat, the Discord bot, Discord sign-in, the identity
 * service and the fleet, each with a key that follows it across an edit; the secrets each holds;
 * and their words for messages. Where each sends is destinations.ts. Pure.
 */
import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { mapSecrets } from './secret';

/** The kinds of settings item that hold a secret and send it somewhere. */
export type SecretHolder = 'record' | 'channel' | 'heartbeat' | 'discord' | 'sign-in' | 'identity' | 'fleet';

type Item = Record<string, unknown>;

const isObj = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How an item is called in messages: `the record`, and with its name `the record "home"`. */
export const HOLDER_WORDS: Record<SecretHolder, string> = {
  record: SAYS['settings.saysWord.holder.record'],
  channel: SAYS['settings.saysWord.holder.channel'],
  heartbeat: SAYS['settings.saysWord.holder.heartbeat'],
  discord: SAYS['settings.saysWord.holder.discord'],
  'sign-in': SAYS['settings.saysWord.holder.sign-in'],
  identity: SAYS['settings.saysWord.holder.identity'],
  fleet: SAYS['settings.saysWord.holder.fleet'],
};

/** One item of the settings that holds secrets: its kind, a key that follows it across edits, its path. */
export interface HolderItem {
  kind: SecretHolder;
  /** `ddns.records/home`, `notifications.channels/alerts`, `heartbeat`: the same item before and after an edit. */
  key: string;
  path: string[];
  /** Its id, for a record or channel. */
  id?: string;
  item: unknown;
}

const listed = (kind: SecretHolder, list: unknown, at: string[]): HolderItem[] =>
  Array.isArray(list)
    ? list.flatMap((item, i) =>
        isObj(item) && typeof item.id === 'string'
          ? [{ kind, key: `${at.join('.')}/${item.id}`, path: [...at, String(i)], id: item.id, item }]
          : [],
      )
    : [];

/** Every item of the settings (as parsed, or as an edit sent them) that sends a secret somewhere. */
export function holderItems(settings: unknown): HolderItem[] {
  const s = isObj(settings) ? settings : {};
  const at = (k: string) => (isObj(s[k]) ? s[k] : {});
  const single = (kind: SecretHolder, key: string): HolderItem[] =>
    isObj(s[key]) ? [{ kind, key, path: [key], item: s[key] }] : [];
  return [
    ...listed('record', at('ddns').records, ['ddns', 'records']),
    ...listed('channel', at('notifications').channels, ['notifications', 'channels']),
    ...single('heartbeat', 'heartbeat'),
    ...single('discord', 'discord'),
    ...signIn(s),
    ...single('identity', 'identity'),
    ...single('fleet', 'fleet'),
  ];
}

/**
 * Sign in with Discord (`api.signIn.discord`): its client secret is traded at the bot's Discord
 * API address (`discord.apiBase`), another part of the settings, so the item is seen with that
 * address beside its own fields.
 */
function signIn(s: Item): HolderItem[] {
  const api = isObj(s.api) ? s.api : {};
  const own = isObj(api.signIn) && isObj(api.signIn.discord) ? api.signIn.discord : null;
  if (!own) return [];
  const apiBase = isObj(s.discord) ? s.discord.apiBase : undefined;
  return [
    { kind: 'sign-in', key: 'api.signIn.discord', path: ['api', 'signIn', 'discord'], item: { ...own, apiBase } },
  ];
}

/** The secrets an item holds (non-empty values and references), as paths relative to the item. */
export function secretsIn(item: unknown): { path: string[]; value: string | Record<string, unknown> }[] {
  const found: { path: string[]; value: string | Record<string, unknown> }[] = [];
  mapSecrets(item, (value, path) => {
    if (value !== '') found.push({ path, value });
    return value;
  });
  return found;
}

/** A secret's words from its field: `token`, `password`, `header Authorization`. */
export function secretWords(path: readonly string[]): string {
  const last = path[path.length - 1] ?? 'secret';
  if (path.length >= 2 && /^headers$/i.test(path[path.length - 2]!)) return `header ${last}`;
  const words: Record<string, string> = {
    pass: 'password',
    userKey: 'user key',
    appriseUrls: 'Apprise URLs',
    authToken: 'auth token',
    accessToken: 'access token',
    deviceKey: 'device key',
    apiKey: 'API key',
    url: 'URL',
  };
  return words[last] ?? last;
}
