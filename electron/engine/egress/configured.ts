/**
 * The destinations of what a person configured (issue 63): DDNS records, notification channels,
 * the heartbeat, the Discord bot and sign-in, the identity service, the fleet's broker, service
 * monitors and the speed test. Where each item sends is read as the secrets' guard reads it
 * (shared/settings/destinations.ts: the one parse, the schema's default addresses), so the list
 * and that guard never disagree on a host. Only items that are on are listed.
 *
 * An address given as a secret reference (`{ "env": NAME }`, `{ "file": PATH }`) is read as the
 * runtime reads it (`reveal`), so what is declared is where the item really sends; only the host
 * and port of the value are kept, never its path, query or token. A reference with no value
 * (unset, unreadable, or no `reveal` given) is declared as "the host you entered" with no host:
 * its item cannot send without the value anyway. Pure, given `reveal`.
 */
import type { DeclaredDestination, EgressPurpose } from '../../../shared/contract/egress';
import type { Settings } from '../../../shared/settings';
import { readUrl } from '../../../shared/settings/destination-url';
import { destinationsOf } from '../../../shared/settings/destinations';
import { botsOf } from '../../../shared/settings/discord';
import { looksLikeSecretRef } from '../../../shared/settings/secret';
import { type HolderItem, holderItems } from '../../../shared/settings/secret-holders';
import { recordName, zoneWalk } from '../ddns/zone-servers';

type Item = Record<string, unknown>;

/** The value a secret reference stands for, as the runtime resolves it; null when it has none. */
export type RevealReference = (ref: Record<string, unknown>) => string | null;

/** Discord's gateway (the bot's WebSocket); discord.js asks /gateway/bot for it, and this is its answer. */
export const DISCORD_GATEWAY_HOST = 'gateway.discord.gg';
/**
 * Where the bot resumes a session: READY's resume_gateway_url, a host of Discord's own that READY
 * names (wss://gateway-us-east1-b.discord.gg); any name under discord.gg (net/egress-match.ts).
 */
export const DISCORD_RESUME_HOSTS = '*.discord.gg';

/** Whether a holder item is switched on, so that it sends anything at all. */
function isOn(h: HolderItem, settings: Settings): boolean {
  const item = h.item as Item;
  switch (h.kind) {
    case 'record':
    case 'channel':
      return item.enabled !== false;
    case 'heartbeat':
      return settings.heartbeat.enabled && settings.heartbeat.url !== '';
    case 'discord':
      return anyBot(settings);
    case 'fleet':
      return settings.fleet.publish || settings.fleet.watch;
    case 'sign-in':
      return settings.api.signIn.discord.clientId !== null && settings.api.signIn.discord.secret !== null;
    case 'identity':
      return true;
  }
}

/** Whether any bot (the first or one of `discord.bots`) has a token: then Discord is reached. */
const anyBot = (settings: Settings): boolean => botsOf(settings.discord).some((b) => b.token !== null);

function purposeOf(h: HolderItem): EgressPurpose {
  const item = h.item as Item;
  if (h.kind === 'record') return item.provider === 'rfc2136' ? 'ddnsUpdate' : 'ddnsApi';
  return (
    {
      channel: 'channel',
      heartbeat: 'heartbeat',
      discord: 'discordBot',
      'sign-in': 'signIn',
      identity: 'identity',
      fleet: 'fleet',
    } as const
  )[h.kind];
}

const SETTING: Record<HolderItem['kind'], string> = {
  record: 'ddns.records',
  channel: 'notifications.channels',
  heartbeat: 'heartbeat.enabled',
  discord: 'discord.token',
  'sign-in': 'api.signIn.discord',
  identity: 'identity.provider',
  fleet: 'fleet.publish, fleet.watch',
};

/** host and port of `scheme://host:port`; null for a reference or text the one parse refuses (its host is not known here). */
function hostPort(origin: string): { host: string; port: number } | null {
  const m = /^[a-z0-9+.-]+:\/\/(\[[^\]]+\]|[^:/]+):(\d+)$/.exec(origin);
  return m ? { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) } : null;
}

/** The item with its destination fields given by reference replaced by their values (when known). */
function withAddressesRead(h: HolderItem, reveal: RevealReference | undefined): Item {
  const item = h.item as Item;
  if (!reveal) return item;
  const read = { ...item };
  for (const { field } of destinationsOf(h.kind, item)) {
    const ref = item[field];
    const value = looksLikeSecretRef(ref) ? reveal(ref) : null;
    if (value !== null) read[field] = value;
  }
  return read;
}

function holders(settings: Settings, reveal: RevealReference | undefined): DeclaredDestination[] {
  return holderItems(settings)
    .filter((h) => isOn(h, settings))
    .flatMap((h) =>
      destinationsOf(h.kind, withAddressesRead(h, reveal)).flatMap((d): DeclaredDestination[] => {
        const at = hostPort(d.origin);
        const id = `${h.kind}:${h.id ?? h.kind}${d.field === 'restBase' ? ':rest' : ''}`;
        const purpose = purposeOf(h);
        const one = {
          id,
          role: 'entered',
          host: at?.host ?? null,
          port: at?.port ?? null,
          protocol: 'tcp',
          purpose,
          setting: h.id === undefined ? SETTING[h.kind] : `${SETTING[h.kind]} (${h.id})`,
          everySec: h.kind === 'heartbeat' ? settings.heartbeat.intervalSec : null,
          ...(h.kind === 'record' ? recordFrom(h.item as Item, settings) : {}),
        } as const;
        // An RFC 2136 update goes over UDP first, and over TCP when the answer does not fit.
        return purpose === 'ddnsUpdate' ? [{ ...one, id: `${id}:udp`, protocol: 'udp' }, one] : [one];
      }),
    );
}

/**
 * What the parts reach beyond the items' own addresses: the zones' name servers, Discord's gateway.
 * The zones' servers are the addresses the NS names of these zones resolved to (`nsNames`: each
 * enabled record's zone walk; the egress gate learns them from ddns/propagation.ts), no other host.
 */
function beyond(settings: Settings): DeclaredDestination[] {
  const out: DeclaredDestination[] = [];
  const records = settings.ddns.records.filter((r) => r.enabled);
  const nsNames = [...new Set(records.flatMap((r) => zoneWalk(recordName(r))))];
  if (records.length > 0)
    for (const protocol of ['udp', 'tcp'] as const)
      out.push({
        id: `ddns:zone-servers:${protocol}`,
        role: 'zone-servers',
        host: null,
        port: 53,
        protocol,
        purpose: 'ddnsProof',
        setting: 'ddns.records',
        everySec: null,
        nsNames,
      });
  // With the stand-in (tests/fakes/discord) the gateway is at discord.apiBase's host and port, the
  // REST's entry; a real Discord names these.
  if (anyBot(settings))
    for (const [id, host] of [
      ['discord:gateway', DISCORD_GATEWAY_HOST],
      ['discord:gateway-resume', DISCORD_RESUME_HOSTS],
    ] as const)
      out.push({
        id,
        role: 'host',
        host,
        port: 443,
        protocol: 'tcp',
        purpose: 'discordBot',
        setting: 'discord.token',
        everySec: null,
      });
  return out;
}

function monitors(settings: Settings): DeclaredDestination[] {
  return settings.monitors.items
    .filter((m) => m.enabled)
    .flatMap((m): DeclaredDestination[] => {
      const base = {
        id: `monitor:${m.id}`,
        role: 'entered',
        purpose: 'serviceMonitor',
        setting: `monitors.items (${m.id})`,
        everySec: m.intervalSec,
      } as const;
      if (m.type === 'tcp') return [{ ...base, host: m.host.toLowerCase(), port: m.port, protocol: 'tcp' }];
      if (m.type === 'http') {
        const read = readUrl(m.url);
        return read.ok ? [{ ...base, host: read.url.hostname, port: read.url.port, protocol: 'tcp' }] : [];
      }
      const server = m.server ? /^\[?([^\]]+?)\]?:(\d+)$/.exec(m.server) : null;
      // Without a server of its own, the name is asked of the system's resolver (listed with the lookups).
      return server ? [{ ...base, host: server[1]!.toLowerCase(), port: Number(server[2]), protocol: 'udp' }] : [];
    });
}

function speedTest(settings: Settings): DeclaredDestination[] {
  const s = settings.speedTest;
  const read = readUrl(s.server);
  if (!s.enabled || !read.ok) return [];
  const everySec = s.everyHours > 0 ? s.everyHours * 3600 : null;
  return [
    {
      id: 'speed-test',
      role: 'entered',
      host: read.url.hostname,
      port: read.url.port,
      protocol: 'tcp',
      purpose: 'speedTest',
      setting: 'speedTest.enabled',
      everySec,
    },
  ];
}

/** The path's target (issue 77): tracepath's and traceroute's UDP probes, their ports chosen by the tool. */
function pathTarget(settings: Settings): DeclaredDestination[] {
  const p = settings.path;
  if (!p.enabled) return [];
  const base = { role: 'entered', port: null, protocol: 'udp', purpose: 'path', setting: 'path.enabled' } as const;
  return [{ ...base, id: 'path', host: p.target, everySec: null }];
}

/** Every destination of what the settings configure, each item that is on; `reveal` reads its references. */
export function configuredDestinations(settings: Settings, reveal?: RevealReference): DeclaredDestination[] {
  return [
    ...holders(settings, reveal),
    ...beyond(settings),
    ...monitors(settings),
    ...speedTest(settings),
    ...pathTarget(settings),
  ];
}

/** Where a DNS record's updates leave from (ddns/leave-from.ts): its own `from`, else the monitor's for its type. */
function recordFrom(item: Item, settings: Settings): { from?: string } {
  const own = typeof item.from === 'string' ? item.from.trim() : '';
  const chosen = own || settings.monitor[item.type === 'AAAA' ? 'fromV6' : 'fromV4'].trim();
  return chosen ? { from: chosen } : {};
}
