/** English: nat (the source; docs/i18n.md). */
export const nat = {
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
} as const;
