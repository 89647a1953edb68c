/**
 * Whether the interface that traffic to the internet leaves by is a tunnel (a VPN), from its
 * name as the OS gives it. Pure, table-tested (tests/shared/tunnel.test.ts).
 *
 * - Linux and the BSDs: the kernel's names: tun/tap (OpenVPN, most clients), wg (WireGuard,
 *   wg-quick names it after its config file, so any name may be one: `wg0`, `wg-home`), ppp
 *   (PPTP, L2TP, but also PPPoE on a machine that dials itself, hence `ppp` below), the names
 *   well-known clients give their links (tailscale0, nordlynx, proton0, zt* for ZeroTier,
 *   cscotun for Cisco AnyConnect, gpd for GlobalProtect, ipsec/vti/xfrm for IPsec).
 * - macOS: utun (every Network Extension VPN, WireGuard's and Tailscale's included), ipsec, ppp.
 * - Windows: the adapter's friendly name (os.networkInterfaces' key): Wintun adapters (WireGuard,
 *   Tailscale, NordLynx), TAP-Windows (OpenVPN), and any adapter its client named "VPN".
 */

export type TunnelKind =
  /** A VPN or overlay interface. */
  | 'tunnel'
  /** A point-to-point link: a VPN (PPTP, L2TP), or this machine's own PPPoE uplink. */
  | 'ppp';

const UNIX_TUNNEL = /^(tun|tap|wg|utun|ipsec|vti|xfrm|gpd|cscotun|tailscale|zt|proton|nordlynx|nordtun|mullvad)/i;
const WINDOWS_TUNNEL = /wintun|wireguard|tap-windows|openvpn|tailscale|nordlynx|zerotier|vpn/i;

export function tunnelKind(iface: string | null): TunnelKind | null {
  if (!iface) return null;
  const name = iface.trim();
  if (/^ppp\d*$/i.test(name)) return 'ppp';
  if (UNIX_TUNNEL.test(name) || WINDOWS_TUNNEL.test(name)) return 'tunnel';
  return null;
}
