/**
 * NAT, the router, the network and its watch.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const network = {
  // A network's identity (shared/network-identity.ts): the flag, three outcomes.
  'identity.flag.vpn': 'VPN service',
  'identity.flag.hosting': 'hosting or cloud network',
  'identity.flagged': '{network} ({flag})',
  'identity.shift.sameBlock': 'Same address block ({block}), new network {to} (was {from})',
  'identity.shift.network': 'The network changed from {from} to {to}',
  'identity.shift.block': 'New address block {to} (was {from}), same network {asn}',

  // A NAT verdict (shared/nat.ts) and its change (shared/words/nat.ts): whether a forwarded port still reaches.
  'nat.label.direct': 'Direct',
  'nat.label.nat': 'Behind your router (NAT)',
  'nat.label.doubleNat': 'Double NAT',
  'nat.label.cgnat': 'Carrier-grade NAT',
  'nat.label.vpn': 'Through a VPN or another route',
  'nat.label.unknown': 'Unknown',
  'nat.detail.direct': 'This machine holds the public address itself: nothing to forward, only its firewall decides.',
  'nat.detail.nat': "One NAT, your router's: forward a port on the router to reach this machine from outside.",
  'nat.detail.doubleNat':
    "Your router's own external address is private: another router or modem sits in front of it. Forward the port on both, or put the first one in bridge mode.",
  'nat.detail.cgnat':
    'Your provider shares the public address between customers (CGNAT): no port forwarding can reach this machine. Ask the provider for a public IPv4 address, or use IPv6 or a tunnel.',
  'nat.detail.vpn':
    "Traffic to the internet leaves through a VPN, a proxy or another route, not your router's public address: a port forwarded on your router does not reach this machine that way. Forward the port where the traffic leaves (some VPN providers offer it), or let that service bypass the VPN.",
  'nat.detail.unknown':
    'The router did not report its external address (NAT-PMP, PCP and UPnP are off or absent there).',
  'nat.title.direct': 'Direct connection now (no NAT)',
  'nat.title.nat': 'Now behind your router (NAT)',
  'nat.title.doubleNat': 'Now behind double NAT',
  'nat.title.cgnat': 'Now behind carrier-grade NAT',
  'nat.title.vpn': 'Now through a VPN or another route',
  'nat.title.unknown': 'NAT no longer known',
  'nat.summary.cgnat':
    'Your provider moved you behind carrier-grade NAT (CGNAT): port forwarding from the internet stops working.',
  'nat.summary.vpn':
    "Traffic to the internet now leaves through a VPN or another route, not your router's address: a port forwarded on your router does not reach this machine that way.",
  'nat.summary.doubleNatFromCgnat':
    'You are out of carrier-grade NAT, but another router or modem sits in front of yours (double NAT): forward the port on both, or put the first in bridge mode.',
  'nat.summary.doubleNat':
    'Another router or modem now sits in front of yours (double NAT): a port forwarded on your router alone no longer reaches this machine.',
  'nat.summary.natFromCgnat':
    'You are out of carrier-grade NAT: your router holds a public address again, so a port forwarded on it reaches this machine.',
  'nat.summary.natFromDoubleNat':
    'The second NAT in front of your router is gone: a port forwarded on your router reaches this machine again.',
  'nat.summary.natFromVpn':
    'Traffic leaves through your router again, not a VPN or another route: a port forwarded on the router reaches this machine.',
  'nat.summary.nat':
    'This machine no longer holds the public address itself, your router does: forward a port on the router to reach it.',
  'nat.summary.direct':
    'This machine now holds the public address itself: no NAT in between, only its firewall decides what is reachable.',
  'nat.summary.unknown':
    'The router no longer reports its external address: the NAT in front of this machine is not known.',

  // How the monitor learns of a network change, and what the router says (shared/words/network.ts).
  'network.watch.netlink': 'seen at once (Linux netlink events)',
  'network.watch.routeSocket': 'seen at once (macOS routing socket)',
  'network.watch.pollBecause': 'polled, since {reason}',
  'network.watch.poll': 'polled (no event source on this system)',
  'network.watch.off': 'not watched: only the regular checks see them',

  // The path to the target (shared/path.ts): what changed since the path before.
  'path.diff.first': 'First path recorded: nothing to compare yet',
  'path.diff.same': 'Same path as before ({hops, plural, one {# hop} other {# hops}})',
  'path.diff.changed': 'The path changed at {count, plural, one {# hop} other {# hops}}: {hops}',
  'path.diff.hop': 'hop {ttl} {before} → {after}',
  'path.diff.more': 'and {more} more',
  'path.diff.length': 'now {after, plural, one {# hop} other {# hops}} (was {before})',
  'path.diff.networks': 'networks on the way: {after} (was {before})',
  'path.networks.unknown': 'none known',
  'path.hop.none': 'no hop',
  'path.noTool':
    'The path was not traced: neither tracepath nor traceroute is installed (Debian: iputils-tracepath or traceroute).',
  'path.failed': 'The path could not be traced: {why}',
  'path.badTarget':
    'The path was not traced: its target is not a public IP address (expected e.g. 9.9.9.9 or 2620:fe::fe).',
  'path.off': 'Path tracing is off (Settings: path.enabled).',
  'path.noneYet': 'No path traced yet: one is traced at the next confirmed address change, or when asked.',
  'path.heading': '{when}, {how}',
  'path.reached':
    '{reached, select, yes {{target} answered after {hops, plural, one {# hop} other {# hops}}} other {{target} did not answer within {hops, plural, one {# hop} other {# hops}}}}',

  // IPv6 transition (shared/nat64.ts, shared/ipv6-share.ts).
  'transition.none': 'No NAT64 found: the resolver synthesizes no IPv6 address for ipv4only.arpa',
  'transition.nat64':
    'IPv6-only with NAT64: the resolver (DNS64) synthesizes IPv6 addresses with the prefix {prefixes}',
  'transition.464xlat': "464XLAT: this host's IPv4 goes through its CLAT ({clat}) and NAT64 (prefix {prefixes})",
  'transition.share': 'IPv6 worked {percent}% of the monitored time in the last {days} days',
  'transition.shareUnknown': 'Share of time with IPv6: unknown (nothing was monitored in the last {days} days)',
  'transition.shareEarly': 'Share of time with IPv6: too early to tell, {duration} monitored so far',

  'reason.watch.noIp': 'ip (iproute2) is not in PATH',
  'reason.watch.windows': 'Windows has no interface event source without a native module',
  'reason.watch.noSource': 'no interface event source on {platform}',
  'reason.watch.starting': 'the {kind} event source is starting',
  'reason.watch.said': '{said}',
  'reason.watch.stopped':
    '{what, select, cannotRun {{command} cannot be run ({code})} exited {{command} exited ({signal, select, none {code {code}} other {{signal}}})} other {{said}}}{hasStderr, select, yes {: {stderr}} other {}}{retry, select, yes {; starting it again in {retrySec} s} other {}}',

  'router.off': 'not asked ({setting} is off)',
  'router.searching': 'asking…',
  'router.none': 'no answer by NAT-PMP, PCP or UPnP (off or absent on the router)',
  'router.error': 'answered without an address',
  'router.errorWhy': 'answered without an address: {error}',
  'router.ok': '{address} (by {protocol})',
  'router.okSomehow': '{address} (by the router)',

  // Who and where beside an address (renderer/src/components/NetworkIdentity.tsx, IdentityCredit.tsx).
  'web.identity.as': 'autonomous system {asn}',
  'web.identity.flagged': '{flag}: {reason}',
  'web.identity.reason.vpn': "the address belongs to a VPN provider's network",
  'web.identity.reason.hosting': 'the address belongs to a hosting, cloud or CDN network',
  'web.identity.reason.warp': "Cloudflare's trace says the connection goes through WARP",
  // DB-IP's CC BY 4.0 licence asks for "IP geolocation by DB-IP", linked: the link's words stay its own.
  'web.identity.creditNetworks': 'Networks: <link>IP geolocation by DB-IP</link>, with RouteViews and the RIRs.',
  'web.identity.creditCountries': "Countries: the RIRs' registration data.",
  'web.identity.creditAskedFirst': 'Asked first: {name}, whose answers win where it knows.',
  'web.identity.creditFallback': 'Where these know nothing: {name}.',

  'web.path.title': 'Path to the internet',
  'web.path.trace': 'Trace the path now',
  'web.path.tracing': 'Tracing…',
  'web.path.none': 'No path traced yet. Turn it on in Settings, Path.',
  'web.path.noReply': 'no reply',
  'web.path.afterChange': 'after a change, with {tool}',
  'web.path.asked': 'asked for, with {tool}',

  'web.transition.title': 'IPv6 transition',
} as const;
