/**
 * How the dashboard and the bot's /status word the machine's network: the way the monitor
 * learns of a change (the status's `interfaces`: from the OS at once, or by polling, and why)
 * and what the home router says of its external address (`router`). Pure.
 */
import { type InterfaceWatchStatus, ROUTER_PROTOCOL_LABEL, type RouterStatus } from '../types';

export function networkWatchText(i: InterfaceWatchStatus): string {
  switch (i.watch) {
    case 'netlink':
      return 'seen at once (Linux netlink events)';
    case 'route-socket':
      return 'seen at once (macOS routing socket)';
    case 'poll':
      return i.reason ? `polled, since ${i.reason}` : 'polled (no event source on this system)';
    case 'off':
      return 'not watched: only the regular checks see them';
  }
}

/**
 * What the home router said of its external address, in a few words; `show` writes the address
 * (the bot masks it per server).
 */
export function routerText(r: RouterStatus, show: (ip: string) => string = (ip) => ip): string {
  switch (r.state) {
    case 'off':
      return 'not asked (router.enabled is off)';
    case 'searching':
      return 'asking…';
    case 'none':
      return 'no answer by NAT-PMP, PCP or UPnP (off or absent on the router)';
    case 'error':
      return `answered without an address${r.error ? `: ${r.error}` : ''}`;
    case 'ok':
      return `${r.externalAddress === null ? '—' : show(r.externalAddress)} (by ${r.protocol ? ROUTER_PROTOCOL_LABEL[r.protocol] : 'the router'})`;
  }
}
