/**
 * The inventory (issue 63): every destination IPWatch may contact for the given settings, from one
 * pure function, so the gate (gate.ts), `ipwatch egress`, the API and docs/privacy.md all read the
 * same list. A destination is a host, or a role the engine learns at run time (the gateway, a DNS
 * server of the system, the name servers of a DDNS zone, the router that answered an SSDP search),
 * with its port, protocol, purpose (a catalogue message, egress.purpose.*), the setting that turns
 * it on, and at most how often it is contacted.
 *
 *   family                        | on while                                  | at most
 *   ------------------------------+-------------------------------------------+-----------------
 *   built-in web sources          | sources.builtIn, egress.echo, not disabled| once per check
 *   built-in STUN sources         | sources.builtIn, egress.stun              | once per check
 *   built-in DNS sources          | sources.builtIn, egress.dnsDetection      | once per check
 *   your own sources              | sources.custom                            | once per check
 *   the router watch              | router.enabled                            | router.pollMinutes
 *   what you configured           | configured.ts (channels, DDNS, monitors..)| its own schedule
 *   a DNS server of the system    | any destination above named by a host name| per lookup
 *   ... a DDNS record's zone walk | the record's enabled (NS of its names)    | per look at it
 *   the environment's proxy       | HTTPS_PROXY / HTTP_PROXY / ALL_PROXY set  | per request
 *   a plugin's hosts              | its manifest in the plugins folder        | per call (a source's: per check)
 *
 * "Once per check" is at most once per monitor.intervalSec, plus the checks a network change or a
 * wake from sleep starts. Pure.
 */
import type { DeclaredDestination } from '../../../shared/contract/egress';
import { parseAddress } from '../../../shared/ip';
import type { Settings } from '../../../shared/settings';
import { readUrl } from '../../../shared/settings/destination-url';
import { recordName, zoneWalk } from '../ddns/zone-servers';
import { isLocalName } from '../net/egress-match';
import type { LoadedManifest } from '../plugins/manifest';
import { NATPMP_PORT } from '../router/natpmp-codec';
import { SSDP_GROUP, SSDP_PORT } from '../router/ssdp-message';
import { chosenBuiltIns, FAMILY_SWITCH, type SourceSpec } from '../sources/builtins';
import { configuredDestinations, type RevealReference } from './configured';

export interface EgressFacts {
  /** The DNS servers of the system (its resolver's, as /etc/resolv.conf names them). */
  dnsServers: readonly string[];
  /**
   * The proxies the environment names (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY), as host and port, with
   * the variables naming each: net/proxy-env.ts `proxiesNamed`, what the HTTP client reads.
   */
  proxies: readonly { host: string; port: number; variables?: readonly string[] }[];
  /**
   * The value of a secret reference in this machine's environment or files, for an address given
   * by reference (configured.ts); without it such an address is declared with no host.
   */
  reveal?: RevealReference;
  /** The plugins in the plugins folder (plugins/load.ts): each declares the hosts it contacts. */
  plugins?: readonly LoadedManifest[];
}

/** Where a source's server or URL points: host and port as the clients read them, or null. */
export function sourceTarget(
  spec: Pick<SourceSpec, 'kind'> & ({ url: string } | { server: string } | { interface: string }),
) {
  // The interface source reads the machine's own interfaces: nothing leaves.
  if ('interface' in spec) return null;
  if ('url' in spec) {
    const read = readUrl(spec.url);
    return read.ok ? { host: read.url.hostname, port: read.url.port, protocol: 'tcp' as const } : null;
  }
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(spec.server);
  return m ? { host: m[1]!.toLowerCase(), port: Number(m[2]), protocol: 'udp' as const } : null;
}

const FAMILY_PURPOSE = { http: 'echo', stun: 'stun', dns: 'dnsDetection' } as const;

function sources(settings: Settings): DeclaredDestination[] {
  const watched = (family: 4 | 6) => (family === 4 ? settings.monitor.ipv4 : settings.monitor.ipv6);
  const everySec = settings.monitor.intervalSec;
  // Where the family's checks leave from (issue 76), when chosen.
  const from = (family: 4 | 6) => {
    const chosen = settings.monitor[family === 4 ? 'fromV4' : 'fromV6'].trim();
    return chosen ? { from: chosen } : {};
  };
  const builtIn = chosenBuiltIns(settings).flatMap((s): DeclaredDestination[] => {
    const to = sourceTarget(s);
    if (!to || !watched(s.family)) return [];
    const setting = `egress.${FAMILY_SWITCH[s.kind]}`;
    const purpose = FAMILY_PURPOSE[s.kind];
    return [{ id: `source:${s.id}`, role: 'host', ...to, purpose, setting, everySec, ...from(s.family) }];
  });
  const custom = settings.sources.custom.flatMap((c): DeclaredDestination[] => {
    const to = sourceTarget(c);
    if (!to || !watched(c.family)) return [];
    const setting = 'sources.custom';
    return [
      { id: `source:${c.id}`, role: 'entered', ...to, purpose: 'customSource', setting, everySec, ...from(c.family) },
    ];
  });
  return [...builtIn, ...custom];
}

/** The router watch: NAT-PMP and PCP at the gateway, the SSDP search, and the UPnP router's own address. */
function router(settings: Settings): DeclaredDestination[] {
  if (!settings.router.enabled) return [];
  const everySec = settings.router.pollMinutes * 60;
  const base = { setting: 'router.enabled', everySec } as const;
  return [
    {
      id: 'router:nat-pmp',
      role: 'gateway',
      host: null,
      port: NATPMP_PORT,
      protocol: 'udp',
      purpose: 'routerPortMapping',
      ...base,
    },
    {
      id: 'router:ssdp',
      role: 'host',
      host: SSDP_GROUP,
      port: SSDP_PORT,
      protocol: 'udp',
      purpose: 'routerDiscovery',
      ...base,
    },
    {
      id: 'router:ssdp-gateway',
      role: 'gateway',
      host: null,
      port: SSDP_PORT,
      protocol: 'udp',
      purpose: 'routerDiscovery',
      ...base,
    },
    {
      id: 'router:upnp',
      role: 'local-router',
      host: null,
      port: null,
      protocol: 'tcp',
      purpose: 'routerUpnp',
      ...base,
    },
  ];
}

/** The system's DNS servers, each with its number (system-dns:1...); one unknown when the system names none. */
const systemServers = (facts: EgressFacts) =>
  (facts.dnsServers.length > 0 ? facts.dnsServers : [null]).map((host, i) => ({ host, n: i + 1 }));

/**
 * A DDNS record's zone walk (ddns/zone-servers.ts): the proof asks the system's DNS servers for
 * the NS records of the record's zone, or, with no zone in its settings, of its name and each name
 * above it, at each look at the record. UDP, and TCP for an answer too long for it.
 */
function zoneWalks(settings: Settings, facts: EgressFacts): DeclaredDestination[] {
  return settings.ddns.records
    .filter((r) => r.enabled)
    .flatMap((r) =>
      systemServers(facts).flatMap(({ host, n }) =>
        (['udp', 'tcp'] as const).map((protocol): DeclaredDestination => ({
          id: `ddns:zone-walk:${r.id}:${n}:${protocol}`,
          role: 'system-dns',
          host,
          port: 53,
          protocol,
          purpose: 'ddnsZoneWalk',
          setting: `ddns.records (${r.id})`,
          everySec: null,
          nsNames: zoneWalk(recordName(r)),
        })),
      ),
    );
}

/**
 * A host you entered that only a local network answers (net/egress-match.ts `isLocalName`) is
 * declared local: it may resolve to a local address. Any other name reaching one is refused with
 * egress.enforce (DNS rebinding); an address written out is compared as it is.
 */
const markLocal = (listed: DeclaredDestination[]): DeclaredDestination[] =>
  listed.map((d) => (d.role === 'entered' && d.host !== null && isLocalName(d.host) ? { ...d, local: true } : d));

/**
 * The hosts each plugin's manifest declares. IPWatch does not make these connections (the plugin's
 * own program does, outside the gate), so they are listed for the user to see, from the manifest.
 */
function plugins(settings: Settings, facts: EgressFacts): DeclaredDestination[] {
  return (facts.plugins ?? []).flatMap(({ file, manifest }) =>
    manifest.hosts.map((h, i): DeclaredDestination => ({
      id: `plugin:${manifest.name}:${i + 1}`,
      role: 'entered',
      host: h.host.replace(/^\[|\]$/g, '').toLowerCase(),
      port: h.port,
      protocol: h.protocol,
      purpose: 'plugin',
      setting: `plugins/${file}`,
      everySec: manifest.kind === 'source' ? settings.monitor.intervalSec : null,
    })),
  );
}

/** Every destination IPWatch may contact for `settings`, given what the engine knows of this machine. */
export function declaredDestinations(settings: Settings, facts: EgressFacts): DeclaredDestination[] {
  const listed = [
    ...sources(settings),
    ...router(settings),
    ...configuredDestinations(settings, facts.reveal),
    ...plugins(settings, facts),
  ];
  const named =
    listed.some((d) => d.host !== null && parseAddress(d.host) === null) ||
    listed.some((d) => d.role === 'zone-servers');
  const lookups: DeclaredDestination[] = !named
    ? []
    : systemServers(facts).map(({ host, n }) => ({
        id: `system-dns:${n}`,
        role: 'system-dns',
        host,
        port: 53,
        protocol: 'udp',
        purpose: 'systemDns',
        setting: 'the destinations above named by a host name',
        everySec: null,
      }));
  // The environment's own choice: a proxy on this machine or its network is where it is meant to be.
  const proxies = facts.proxies.map((p, i): DeclaredDestination => ({
    id: `proxy:${i + 1}`,
    role: 'host',
    host: p.host,
    port: p.port,
    protocol: 'tcp',
    purpose: 'proxy',
    setting: p.variables?.length ? p.variables.join(' / ') : 'HTTPS_PROXY / HTTP_PROXY / ALL_PROXY',
    everySec: null,
    local: true,
  }));
  return [...markLocal(listed), ...lookups, ...zoneWalks(settings, facts), ...proxies];
}
