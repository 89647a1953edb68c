/**
 * Where each stored secret is sent (issue 50). A DDNS record's token goes to its API address
 * (deSEC's also to its REST address), an RFC 2136 TSIG key signs updates to its server, a
 * channel's token to its server or URL, the bot's token and the sign-in's client secret to the
 * Discord API address, the heartbeat's key to its ping URL, the ipinfo token to the identity
 * service, the fleet's password to its broker (which parts hold one: secret-holders.ts). A person
 * who may edit settings could point one of these elsewhere and so have IPWatch send the stored
 * secret to a host of their choosing; so a stored secret never follows a changed destination
 * (restoreSecrets refuses to carry it: secret-carry.ts), and such a change is one of the
 * dangerous changes (dangerousChanges, with the hook's program and arguments) that need an admin
 * who signed in recently.
 *
 * A destination is compared by scheme, host and port, as the one parse reads them
 * (destination-url.ts), the same reading the clients connect with (issue 58): a new path on the
 * same host is not a new destination, a host differing only in case is the same, and text that
 * parse refuses is a new destination (fail closed). Pure.
 */
import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { DDNS_SPECS } from './ddns-providers';
import type { DestinationWord } from './ddns-providers/spec';
import { DEFAULT_PORTS, hostProblem, readUrl } from './destination-url';
import { type FieldInForce, settingsInForce } from './in-force';
import type { Settings } from './index';
import { describeSecretRef, secretRefSchema } from './secret';
import {
  HOLDER_WORDS,
  type HolderItem,
  holderItems,
  type SecretHolder,
  secretsIn,
  secretWords,
} from './secret-holders';
import { signInChanges } from './sign-in-changes';

export type { SecretHolder } from './secret-holders';

export interface Destination {
  /** The item's field (relative path) whose value says where the secret goes: `apiBase`, `host`. */
  field: string;
  /** Its words: "API address", "SMTP server". */
  label: string;
  /**
   * scheme://host:port in lower case; a reference as JSON; text the one parse refuses as
   * `unreadable "<text>"`: a destination of its own (fail closed), never "nowhere".
   */
  origin: string;
  /** What a person is shown: the host, or the value as given when it cannot be read. */
  host: string;
}

type Item = Record<string, unknown>;
/** One destination of an item: the field, its label, how to read it (default when the field is absent). */
interface Spec {
  field: string;
  label: string;
  read: (item: Item) => Where;
}
type Where = Pick<Destination, 'origin' | 'host'>;

const isObj = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A reference: where it points is not known here, so it is a destination of its own. */
const opaque = (v: unknown): Where => ({
  origin: JSON.stringify(v ?? null),
  host: typeof v === 'string' ? v : 'a value given by reference',
});

/**
 * Text the one parse refuses (destination-url.ts): a client could read it as any host, so it is
 * a destination of its own, never "nowhere" (issue 58: `mqtt://127.0.0.1:41885\x` was ignored
 * here as no address while mqtt.js connected to 127.0.0.1:41885 with the stored password).
 */
const unreadable = (text: string): Where => ({ origin: `unreadable ${JSON.stringify(text)}`, host: text });

/** scheme://host:port of a URL as the one parse reads it (readUrl), lower case, the scheme's port when none is given. */
export function urlOrigin(v: unknown, fallback?: string): Where {
  const text = v === undefined || v === null || v === '' ? fallback : v;
  if (typeof text !== 'string') return opaque(text);
  const r = readUrl(text);
  if (!r.ok) return unreadable(text);
  const { scheme, host, port } = r.url;
  return { origin: `${scheme}://${host}:${port}`, host };
}

/** A destination's English words for messages (the Settings page says them in its language). */
const named = (word: DestinationWord): string => SAYS[`settings.saysWord.destination.${word}`];

/** A server named by host and port fields rather than a URL (RFC 2136, SMTP). */
const serverOrigin = (scheme: string, host: unknown, port: unknown): Where => {
  if (typeof host !== 'string') return opaque(host);
  if (hostProblem(host) !== null) return unreadable(host);
  const h = host.toLowerCase().replace(/\.$/, '');
  return { origin: `${scheme}://${h}:${typeof port === 'number' ? port : DEFAULT_PORTS[scheme]}`, host: h };
};

const url = (field: string, label: string, fallback?: string): Spec => ({
  field,
  label,
  read: (item) => urlOrigin(item[field], fallback),
});

/** Per DDNS provider, where its secret goes, as its file says (ddns-providers/<id>.ts); the defaults are the schema's. */
const RECORD_DESTINATIONS: Record<string, Spec[]> = Object.fromEntries(
  DDNS_SPECS.map((p) => [
    p.id,
    p.destinations.map((d): Spec =>
      d.serverPort
        ? {
            field: d.field,
            label: named(d.word),
            read: (r) => serverOrigin(d.serverPort!.scheme, r[d.field], r[d.serverPort!.port]),
          }
        : url(d.field, named(d.word), d.fallback),
    ),
  ]),
);

/** Per channel type (shared/settings/channel-options.ts); desktop and the bot's channel send nowhere of their own. */
const CHANNEL_DESTINATIONS: Record<string, Spec[]> = {
  'discord-webhook': [url('url', named('webhookUrl'))],
  slack: [url('url', named('webhookUrl'))],
  teams: [url('url', named('workflowUrl'))],
  telegram: [url('apiBase', named('botApiServer'), 'https://api.telegram.org')],
  ntfy: [url('server', named('server'), 'https://ntfy.sh')],
  gotify: [url('url', named('server'))],
  webhook: [url('url', named('url'))],
  email: [
    {
      field: 'host',
      label: named('smtpServer'),
      read: (c) => serverOrigin(c.secure === true ? 'smtps' : 'smtp', c.host, c.port),
    },
  ],
  mqtt: [url('url', named('broker'))],
  pushover: [url('apiBase', named('apiServer'), 'https://api.pushover.net')],
  apprise: [url('url', named('appriseServer'))],
  twilio: [url('apiBase', named('apiServer'), 'https://api.twilio.com')],
  matrix: [url('homeserver', named('homeserver'))],
  signal: [url('url', named('signalApi'))],
  bark: [url('server', named('server'), 'https://api.day.app')],
  // A plugin's hosts are its manifest's (egress/inventory.ts), not the channel's settings.
  plugin: [],
};

const IDENTITY_BASES: Record<string, string> = { ipinfo: 'https://ipinfo.io', 'ifconfig.co': 'https://ifconfig.co' };

function specs(kind: SecretHolder, item: Item): Spec[] {
  switch (kind) {
    case 'record':
      return RECORD_DESTINATIONS[String(item.provider)] ?? [];
    case 'channel':
      return CHANNEL_DESTINATIONS[String(item.type)] ?? [];
    case 'heartbeat':
      return [url('url', named('pingUrl'))];
    case 'discord':
      return [url('apiBase', named('apiAddress'), 'https://discord.com/api')];
    case 'sign-in':
      // The client secret goes to the bot's Discord API address (holderItems puts it beside the secret).
      return [url('apiBase', named('discordApiAddress'), 'https://discord.com/api')];
    case 'identity': {
      const base = IDENTITY_BASES[String(item.provider)];
      return base ? [url('url', named('address'), base)] : [];
    }
    case 'fleet':
      return [url('brokerUrl', named('brokerAddress'))];
  }
}

/** Where an item of `kind` sends its secrets (none for a kind that sends nowhere). */
export function destinationsOf(kind: SecretHolder, item: unknown): Destination[] {
  if (!isObj(item)) return [];
  return specs(kind, item).map((s) => ({ field: s.field, label: s.label, ...s.read(item) }));
}

export interface Move {
  field: string;
  label: string;
  was: string;
  now: string;
}

/** Shown as hosts when the host changed, else as scheme://host:port (a new port or scheme on the same host). */
function shown(before: Destination, after: Destination): { was: string; now: string } {
  return before.host !== after.host ? { was: before.host, now: after.host } : { was: before.origin, now: after.origin };
}

/**
 * The destinations of `after` that `before` did not send to (by scheme, host and port), each with
 * what it was: the destination of the same field, else the item's first, else "nowhere" (an
 * identity service switched on, a channel of a kind that sent nowhere: a stored secret would
 * otherwise wait there for an address set beforehand). None when `before` is absent (a new item
 * has no stored secret to carry). Text the one parse cannot read counts as a new destination
 * (fail closed): a client may read it as some host.
 */
export function movedDestinations(kind: SecretHolder, before: unknown, after: unknown): Move[] {
  if (!isObj(before)) return [];
  const was = destinationsOf(kind, before);
  const origins = new Set(was.map((d) => d.origin));
  return destinationsOf(kind, after)
    .filter((d) => !origins.has(d.origin))
    .map((d) => {
      const old = was.find((w) => w.field === d.field) ?? was[0];
      return { field: d.field, label: d.label, ...(old ? shown(old, d) : { was: 'nowhere', now: d.host }) };
    });
}

const itemName = (h: HolderItem) => (h.id === undefined ? HOLDER_WORDS[h.kind] : `${HOLDER_WORDS[h.kind]} "${h.id}"`);

const refWords = (v: unknown): string | null => {
  const ref = secretRefSchema.safeParse(v);
  return ref.success ? describeSecretRef(ref.data) : null;
};

const valueAt = (item: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, k) => (isObj(node) || Array.isArray(node) ? (node as Item)[k] : undefined), item);

/** The dangerous changes of one secret-holding item: a new destination, or a secret now read from elsewhere on the host. */
function itemChanges(h: HolderItem, old: HolderItem | undefined): string[] {
  const secrets = secretsIn(h.item);
  if (secrets.length === 0) return [];
  const name = itemName(h);
  const out = old
    ? movedDestinations(h.kind, old.item, h.item).map((m) => `the ${m.label} of ${name} (was ${m.was}, now ${m.now})`)
    : [];
  for (const s of secrets) {
    const from = refWords(s.value);
    if (from === null || JSON.stringify(valueAt(old?.item, s.path)) === JSON.stringify(s.value)) continue;
    const to = destinationsOf(h.kind, h.item).map((d) => d.host);
    const where = to.length ? ` and sends it to ${to.join(' and ')}` : '';
    out.push(`the ${secretWords(s.path)} of ${name} now reads ${from}${where}`);
  }
  return out;
}

/**
 * The changes between two settings that need an admin who signed in within minutes (issue 50),
 * in words, one each; none when there are none:
 *
 * | change                                                          | dangerous |
 * | the hook's program (to anything but none)                       | yes       |
 * | the hook's arguments, while it has a program                    | yes       |
 * | where an item holding a secret sends it (host, scheme or port)  | yes       |
 * | a secret now read from a reference (env or file) it did not read| yes       |
 * | where a secret the environment gives (IPWATCH_DISCORD_TOKEN) goes| yes       |
 * | text the one parse refuses, where an address was (fail closed)  | yes       |
 * | a new path on the same host; a host differing only in case      | no        |
 * | a new item with a secret typed in; an item without a secret     | no        |
 * | who may sign in, or how (sign-in-changes.ts has its own table)  | yes       |
 *
 * A new item reusing a removed item's id is compared with that item, so it counts as a change
 * when it sends elsewhere. `inForce` is what the environment sets (in-force.ts): a secret it gives
 * is guarded like a stored one, and a field it sets is compared as it is in force.
 */
export function dangerousChanges(stored: Settings, edited: Settings, inForce: readonly FieldInForce[] = []): string[] {
  const before = settingsInForce(stored, inForce);
  const after = settingsInForce(edited, inForce);
  const out: string[] = [];
  const hook = { was: before.hook.program, now: after.hook.program };
  if (hook.now !== '' && hook.now !== hook.was)
    out.push(`the hook's program (was ${hook.was || 'none'}, now ${hook.now})`);
  if (hook.now !== '' && JSON.stringify(before.hook.args) !== JSON.stringify(after.hook.args))
    out.push("the hook's arguments");
  const was = new Map(holderItems(before).map((h) => [h.key, h]));
  for (const h of holderItems(after)) out.push(...itemChanges(h, was.get(h.key)));
  out.push(...signInChanges(before, after));
  return out;
}
