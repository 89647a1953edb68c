/** Which interface names are tunnels (shared/tunnel.ts): the table, row by row. */
import { describe, expect, it } from 'vitest';

import { tunnelKind, type TunnelKind } from '../../shared/tunnel';

describe('tunnelKind', () => {
  it.each<[string, string | null, TunnelKind | null]>([
    ['no interface known', null, null],
    ['Ethernet', 'eth0', null],
    ['predictable Ethernet name', 'enp3s0', null],
    ['Wi-Fi', 'wlan0', null],
    ['macOS Ethernet', 'en0', null],
    ['a bridge', 'br0', null],
    ['Windows Ethernet', 'Ethernet', null],
    ['Windows Wi-Fi', 'Wi-Fi', null],
    ['OpenVPN (tun)', 'tun0', 'tunnel'],
    ['OpenVPN (tap)', 'tap1', 'tunnel'],
    ['WireGuard', 'wg0', 'tunnel'],
    ['wg-quick named after its config', 'wg-home', 'tunnel'],
    ['macOS Network Extension VPN', 'utun3', 'tunnel'],
    ['macOS IPsec', 'ipsec0', 'tunnel'],
    ['Tailscale exit node', 'tailscale0', 'tunnel'],
    ['NordVPN NordLynx', 'nordlynx', 'tunnel'],
    ['ZeroTier', 'ztabcdef12', 'tunnel'],
    ['Cisco AnyConnect', 'cscotun0', 'tunnel'],
    ['GlobalProtect', 'gpd0', 'tunnel'],
    ['Windows WireGuard tunnel', 'WireGuard Tunnel', 'tunnel'],
    ['Windows Wintun', 'Wintun Userspace Tunnel', 'tunnel'],
    ['Windows OpenVPN TAP', 'OpenVPN TAP-Windows6', 'tunnel'],
    ['Windows client named VPN', 'ProtonVPN', 'tunnel'],
    ['Windows Mullvad', 'Mullvad VPN', 'tunnel'],
    ['Windows client named "VPN ..."', 'VPN Connection', 'tunnel'],
    ['PPP (PPTP, L2TP or PPPoE)', 'ppp0', 'ppp'],
    ['a 6in4 tunnel named by its broker', 'tunnelbroker', 'tunnel'],
  ])('%s: %s', (_what, iface, kind) => {
    expect(tunnelKind(iface)).toBe(kind);
  });
});
