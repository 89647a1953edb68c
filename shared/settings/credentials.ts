/**
 * The one table of the channel and DNS provider fields that act as credentials (issue 73): every
 * option of every notification channel type and every DDNS provider, each said to be one of
 *
 * - `secret`: a token or password. Every reader sees `{ set: true }` (contract/settings.ts
 *   maskSecrets, by the names in secret.ts's SECRET_KEY, which a test holds to this table); the
 *   logs mask its value.
 * - `credential`: not a password, yet whoever knows it can read or send (an ntfy topic on a public
 *   server, an Apprise configuration key). An admin sees and edits it; a viewer sees `{ set: true }`
 *   and the logs, status, outbox, exports and audit rows mask its value.
 * - `sending-url`: the URL the channel sends to, whose path may be its secret (url-paths.ts): a
 *   viewer sees its host only, the logs mask the path, unless the channel says `urlIsPublic`.
 * - `url`: an address whose only credential is a token's shape in it (a password in its userinfo,
 *   `?token=`): those parts are masked for all (secret.ts URL_TOKENS), the userinfo hidden from a viewer.
 * - `plain`: not a credential.
 *
 * The tables are typed by each schema's own fields, so a field added to a channel or provider
 * without its line here does not compile. Pure.
 */
import type { ChannelType } from '../notify-types';
import type { ChannelOptions } from './channel-options';
import type { DdnsProviderId } from './ddns';
import { DDNS_SPECS } from './ddns-providers';
import type { CredentialKind, FieldKinds } from './field-kinds';

export type { CredentialKind, FieldKinds } from './field-kinds';

/** Every notification channel type's options. */
export const CHANNEL_CREDENTIALS = {
  desktop: {},
  'discord-bot': { bot: 'plain' },
  'discord-webhook': { url: 'sending-url', username: 'plain', avatarUrl: 'url' },
  slack: { url: 'sending-url' },
  telegram: { token: 'secret', chatId: 'plain', apiBase: 'url', silent: 'plain' },
  ntfy: { topic: 'credential', server: 'sending-url', token: 'secret', priority: 'plain' },
  gotify: { url: 'sending-url', token: 'secret', priority: 'plain' },
  webhook: {
    url: 'sending-url',
    urlIsPublic: 'plain',
    method: 'plain',
    headers: 'secret',
    secret: 'secret',
    signature: 'plain',
    template: 'plain',
    contentType: 'plain',
  },
  email: {
    host: 'plain',
    secure: 'plain',
    port: 'plain',
    auth: { user: 'plain', pass: 'secret' },
    from: 'plain',
    to: 'plain',
    subjectPrefix: 'plain',
    requireTLS: 'plain',
    rejectUnauthorized: 'plain',
  },
  mqtt: {
    url: 'url',
    username: 'plain',
    password: 'secret',
    node: 'plain',
    baseTopic: 'plain',
    discovery: 'plain',
    discoveryPrefix: 'plain',
    qos: 'plain',
    clientId: 'plain',
  },
  teams: { url: 'sending-url' },
  pushover: {
    token: 'secret',
    userKey: 'secret',
    device: 'plain',
    priority: 'plain',
    sound: 'plain',
    url: 'url',
    apiBase: 'url',
  },
  apprise: { url: 'sending-url', configKey: 'credential', appriseUrls: 'secret', tag: 'plain' },
  twilio: { accountSid: 'plain', authToken: 'secret', from: 'plain', to: 'plain', apiBase: 'url' },
  matrix: { homeserver: 'url', room: 'plain', accessToken: 'secret', notice: 'plain' },
  signal: { url: 'url', number: 'plain', recipients: 'plain' },
  bark: { server: 'url', deviceKey: 'secret', group: 'plain', level: 'plain' },
  plugin: { plugin: 'plain' },
} as const satisfies { [T in ChannelType]: FieldKinds<ChannelOptions<T>> };

export { DDNS_COMMON_FIELDS } from './ddns-providers/spec';

/** Every DNS provider's own fields, each provider's file saying its own (ddns-providers/<id>.ts, typed by its schema). */
export const DDNS_CREDENTIALS = Object.fromEntries(DDNS_SPECS.map((s) => [s.id, s.kinds])) as unknown as {
  readonly [P in DdnsProviderId]: Kinds;
};

type Kinds = { readonly [field: string]: CredentialKind | Kinds };

/** The dotted fields (`auth.pass`) of a table's entry that are of `kind`. */
export function fieldsOfKind(kinds: Kinds, kind: CredentialKind, at: readonly string[] = []): string[][] {
  return Object.entries(kinds).flatMap(([field, k]) =>
    typeof k === 'string' ? (k === kind ? [[...at, field]] : []) : fieldsOfKind(k, kind, [...at, field]),
  );
}

/** A channel type's (or a record provider's) kinds; none for a type the tables do not know. */
export function channelKinds(type: unknown): Kinds {
  return (CHANNEL_CREDENTIALS as Record<string, Kinds>)[String(type)] ?? {};
}
export function recordKinds(provider: unknown): Kinds {
  return (DDNS_CREDENTIALS as Record<string, Kinds>)[String(provider)] ?? {};
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const getIn = (o: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, k) => (isObj(v) ? v[k] : undefined), o);

/**
 * The values of a channel's (or record's) `credential` fields, as set: what the logs must mask
 * (a value given by reference is resolved before, so only strings count).
 */
export function credentialValues(kinds: Kinds, options: Record<string, unknown>): string[] {
  return fieldsOfKind(kinds, 'credential')
    .map((path) => getIn(options, path))
    .filter((v): v is string => typeof v === 'string' && v !== '');
}

/** A copy of `item` with each of its `credential` fields that holds a value as the marker `{ set: true }`. */
export function markCredentials(kinds: Kinds, item: Record<string, unknown>): Record<string, unknown> {
  let out = item;
  for (const path of fieldsOfKind(kinds, 'credential')) {
    const v = getIn(out, path);
    if (v === undefined || v === '' || (isObj(v) && 'set' in v)) continue;
    out = setIn(out, path, { set: true });
  }
  return out;
}

function setIn(o: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return o;
  const inner = o[head];
  return { ...o, [head]: rest.length === 0 ? value : setIn(isObj(inner) ? inner : {}, rest, value) };
}
