/**
 * The egress lab's verdict (issue 63): every frame the runner's namespace sent, compared with what
 * the runner itself says it may contact (`ipwatch egress --json`: declared) and did (contacted,
 * lookups). Pure.
 *
 *   frame                                      | compared as
 *   -------------------------------------------+-------------------------------------------------
 *   TCP or UDP to an address and port          | a destination: declared when an entry of that
 *                                              | protocol and port names the address, or a name
 *                                              | the lab's resolver answered with it, or is the
 *                                              | gateway (the lab's), or is a role (local router,
 *                                              | zone servers) the runner's contacts claim for it
 *   ... to a system-dns entry, with questions  | each question name must be a host name declared,
 *                                              | or, an NS question, a name a system-dns entry
 *                                              | says it is asked NS of (`nsNames`: a DDNS
 *                                              | record's zone walk, ddns/zone-servers.ts)
 *   IGMP / MLD report or leave                 | each group it joins: a declared multicast host
 *                                              | (SSDP's 239.255.255.250); an MLD report of only
 *                                              | solicited-node groups (ff02::1:ffXX:XXXX) is the
 *                                              | kernel's neighbour discovery
 *   ICMP error (unreachable, too big...)       | the kernel's answer to a peer: compared as a
 *                                              | packet to the datagram's source it quotes
 *   ICMPv6 133-136 to ff02::/16 or link-local  | the kernel's router and neighbour discovery
 *   ARP request for the gateway                | the kernel's neighbour resolution
 *   anything else (ICMP echo, other EtherType) | undeclared
 *
 * The kernel's own frames are counted apart and named, never dropped unseen.
 */
import type { DeclaredDestination, EgressReport } from '../../shared/contract/egress';
import type { LabFrame, Transport } from './egress-lab-pcap';

export interface LabFacts {
  /** The gateway's addresses (the runner's namespace's default routes). */
  gateway: readonly string[];
  /** What the lab's resolver answered: address -> the names answered with it. */
  names: ReadonlyMap<string, readonly string[]>;
}

export interface Tally {
  /** `udp 198.18.3.12:443 (api.ipify.org)`, `igmp 239.255.255.250`, `kernel: ...`. */
  to: string;
  count: number;
  /** The inventory entries it matched (empty when undeclared). */
  declared: string[];
}

export interface LabVerdict {
  destinations: Tally[];
  /** Frames the kernel sends for itself, by what they are. */
  kernel: Tally[];
  /** Frames and lookups outside the inventory: must be empty. */
  undeclared: Tally[];
  /** The names asked of the system's resolver, each with the entries that declare it. */
  lookups: Tally[];
}

const bare = (host: string) =>
  host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');

/** A destination the frame stands for: address, port (null for a group), transport, and how it was found. */
interface Target {
  host: string;
  port: number | null;
  transport: Transport;
  via: 'sent' | 'answer' | 'group';
  /** An ICMP message's type (an echo request, say), for the words. */
  type?: number;
}

function targetsOf(f: LabFrame): Target[] | string {
  if (f.kind === 'other') return `EtherType 0x${f.etherType.toString(16)}`;
  if (f.kind === 'arp') return `ARP who-has ${f.arpTarget}`;
  const t = f.transport!;
  if (f.quoted) return [{ host: f.quoted.src, port: f.quoted.sport, transport: f.quoted.transport, via: 'answer' }];
  if (t === 'igmp' || (t === 'icmp6' && [131, 132, 143].includes(f.type!)))
    return f.groups.map((g) => ({ host: g, port: null, transport: 'udp' as const, via: 'group' as const }));
  const type = f.type === null ? {} : { type: f.type };
  return [{ host: f.dst, port: f.dport, transport: t, via: 'sent', ...type }];
}

/** Why a frame is the kernel's own, or null. */
function kernelOwn(f: LabFrame, facts: LabFacts): string | null {
  if (f.kind === 'arp' && facts.gateway.includes(f.arpTarget ?? ''))
    return `ARP who-has the gateway ${f.arpTarget} (neighbour resolution)`;
  if (f.transport !== 'icmp6') return null;
  const linkScope = f.dst.startsWith('ff02:') || f.dst.startsWith('fe80:');
  if (f.type! >= 133 && f.type! <= 136 && linkScope) return `ICMPv6 type ${f.type} (router/neighbour discovery)`;
  const solicitedNode = (g: string) => g.startsWith('ff02::1:ff');
  if ([131, 143].includes(f.type!) && f.groups.length > 0 && f.groups.every(solicitedNode))
    return 'MLD report of solicited-node groups (neighbour discovery)';
  return null;
}

function hostMatches(d: DeclaredDestination, hosts: readonly string[]): boolean {
  return d.host !== null && hosts.includes(bare(d.host));
}

/** The entries declaring `target`, given the names answered for its address and the runner's contacts. */
function declaring(target: Target, report: EgressReport, facts: LabFacts): DeclaredDestination[] {
  const hosts = [target.host, ...(facts.names.get(target.host) ?? [])];
  if (target.via === 'group') return report.declared.filter((d) => d.role === 'host' && hostMatches(d, hosts));
  const claimed = report.contacted.find(
    (c) => c.host === target.host && c.port === target.port && c.protocol === target.transport,
  );
  return report.declared.filter((d) => {
    if (d.protocol !== target.transport || (d.port !== null && d.port !== target.port)) return false;
    switch (d.role) {
      case 'host':
      case 'entered':
      case 'system-dns':
        return hostMatches(d, hosts);
      case 'gateway':
        return facts.gateway.includes(target.host);
      case 'local-router':
      case 'zone-servers':
        return claimed?.declared.includes(d.id) ?? false;
    }
  });
}

const label = (t: Target, facts: LabFacts) => {
  const names = facts.names.get(t.host);
  const where = t.port === null ? t.host : t.host.includes(':') ? `[${t.host}]:${t.port}` : `${t.host}:${t.port}`;
  const kind = t.via === 'group' ? 'joins group' : t.via === 'answer' ? `${t.transport} answer to` : t.transport;
  const type = t.type === undefined ? '' : ` (type ${t.type})`;
  return `${kind} ${where}${names ? ` (${names.join(', ')})` : ''}${type}`;
};

function count(into: Map<string, Tally>, to: string, declared: string[]): void {
  const t = into.get(to) ?? { to, count: 0, declared };
  t.count += 1;
  into.set(to, t);
}

/** Compares every frame with the runner's report: see the table above. */
export function compareWithInventory(frames: readonly LabFrame[], report: EgressReport, facts: LabFacts): LabVerdict {
  const destinations = new Map<string, Tally>();
  const kernel = new Map<string, Tally>();
  const undeclared = new Map<string, Tally>();
  const lookups = new Map<string, Tally>();
  const declaredNames = (q: LabFrame['questions'][number]) =>
    report.declared
      .filter(
        (d) =>
          (d.host !== null && bare(d.host) === q.name) ||
          (q.type === 'NS' && d.role === 'system-dns' && (d.nsNames ?? []).map(bare).includes(q.name)),
      )
      .map((d) => d.id);
  for (const f of frames) {
    const own = kernelOwn(f, facts);
    if (own) {
      count(kernel, own, []);
      continue;
    }
    const targets = targetsOf(f);
    if (typeof targets === 'string' || targets.length === 0) {
      count(undeclared, typeof targets === 'string' ? targets : `${f.transport} ${f.dst} (type ${f.type})`, []);
      continue;
    }
    for (const target of targets) {
      const found = declaring(target, report, facts);
      const to = label(target, facts);
      count(
        found.length ? destinations : undeclared,
        to,
        found.map((d) => d.id),
      );
      if (!found.some((d) => d.role === 'system-dns')) continue;
      for (const q of f.questions) {
        const ids = declaredNames(q);
        count(lookups, `${q.name} ${q.type}`, ids);
        if (ids.length === 0) count(undeclared, `DNS question for ${q.name} (${q.type})`, []);
      }
    }
  }
  const list = (m: Map<string, Tally>) => [...m.values()].sort((a, b) => a.to.localeCompare(b.to));
  return {
    destinations: list(destinations),
    kernel: list(kernel),
    undeclared: list(undeclared),
    lookups: list(lookups),
  };
}

/** Where the runner's own report and the capture disagree (each list must be empty). */
export interface ListedCheck {
  /** Destinations sent to before the report was taken that its contacts do not list. */
  notContacted: string[];
  /** Contacts the report lists that no frame went to. */
  neverSeen: string[];
  /** Names asked of the resolver before the report was taken that its lookups do not list. */
  lookupsNotListed: string[];
  /** Lookups the report lists that no query asked. */
  lookupsNeverAsked: string[];
}

/**
 * Whether the runner's report lists what the capture saw, the issue's "the Connections page and
 * `ipwatch egress --json` list the same as the lab observed": both ways, each frame sent before
 * the report was taken (later ones may be new), each contact and lookup it lists (their frames
 * follow within the capture, which ends after the report).
 */
export function compareWithContacts(frames: readonly LabFrame[], report: EgressReport, facts: LabFacts): ListedCheck {
  const key = (transport: string, host: string, port: number | null) => `${transport} ${host} ${port}`;
  const contacted = new Set(
    report.contacted.filter((c) => c.lastResult !== 'refused').map((c) => key(c.protocol, c.host, c.port)),
  );
  // Every name asked of the system's resolver, through whichever client, is in the gate's lookups.
  const listedNames = new Set(report.lookups.map((l) => l.name));
  const seen = new Set<string>();
  const asked = new Set<string>();
  const notContacted = new Set<string>();
  const lookupsNotListed = new Set<string>();
  for (const f of frames) {
    const targets = kernelOwn(f, facts) ? [] : targetsOf(f);
    if (typeof targets === 'string') continue;
    const before = f.at * 1000 <= report.at;
    for (const t of targets.filter((x) => x.via === 'sent')) {
      if (declaring(t, report, facts).some((d) => d.role === 'system-dns')) {
        for (const { name } of f.questions) {
          asked.add(name);
          if (before && !listedNames.has(name)) lookupsNotListed.add(name);
        }
        continue;
      }
      const keys = [t.host, ...(facts.names.get(t.host) ?? [])].map((h) => key(t.transport, h, t.port));
      for (const k of keys) seen.add(k);
      if (before && !keys.some((k) => contacted.has(k))) notContacted.add(label(t, facts));
    }
  }
  return {
    notContacted: [...notContacted].sort(),
    neverSeen: [...contacted].filter((k) => !seen.has(k)).sort(),
    lookupsNotListed: [...lookupsNotListed].sort(),
    lookupsNeverAsked: [...listedNames].filter((n) => !asked.has(n)).sort(),
  };
}

/** The tallies as lines for the test's output: count, destination, the entries it matched. */
export function tallyLines(title: string, tallies: readonly Tally[]): string {
  const rows = tallies.map(
    (t) => `  ${String(t.count).padStart(5)}  ${t.to}${t.declared.length ? `  <- ${t.declared.join(', ')}` : ''}`,
  );
  return [`${title} (${tallies.length}):`, ...rows].join('\n');
}
