/** The words for how network changes reach the monitor and what the router says (shared/words/network.ts). */
import { describe, expect, it } from 'vitest';

import { english } from '../../../shared/i18n/translators';
import type { InterfaceWatchStatus, RouterStatus } from '../../../shared/types';
import { networkWatchText, routerText } from '../../../shared/words/network';

describe('networkWatchText', () => {
  it.each<[InterfaceWatchStatus, string]>([
    [{ watch: 'netlink', reason: null, lastChangeAt: null }, 'seen at once (Linux netlink events)'],
    [{ watch: 'route-socket', reason: null, lastChangeAt: 1 }, 'seen at once (macOS routing socket)'],
    [
      { watch: 'poll', reason: 'ip (iproute2) is not in PATH', lastChangeAt: null },
      'polled, since ip (iproute2) is not in PATH',
    ],
    [{ watch: 'poll', reason: null, lastChangeAt: null }, 'polled (no event source on this system)'],
    [{ watch: 'off', reason: null, lastChangeAt: null }, 'not watched: only the regular checks see them'],
  ])('%j', (status, text) => expect(networkWatchText(status, english)).toBe(text));
});

const router = (r: Partial<RouterStatus>): RouterStatus => ({
  state: 'ok',
  protocol: null,
  externalAddress: null,
  checkedAt: null,
  error: null,
  ...r,
});

describe('routerText', () => {
  it.each<[RouterStatus, string]>([
    [router({ state: 'ok', protocol: 'natpmp', externalAddress: '81.2.69.142' }), '81.2.69.142 (by NAT-PMP)'],
    [router({ state: 'ok', protocol: 'upnp', externalAddress: '100.64.0.9' }), '100.64.0.9 (by UPnP-IGD)'],
    [router({ state: 'none' }), 'no answer by NAT-PMP, PCP or UPnP (off or absent on the router)'],
    [router({ state: 'error', error: 'its WAN is down' }), 'answered without an address: its WAN is down'],
    [router({ state: 'error' }), 'answered without an address'],
    [router({ state: 'searching' }), 'asking…'],
    [router({ state: 'off' }), 'not asked (Router › Ask the router is off)'],
  ])('%j', (status, text) => expect(routerText(status, english)).toBe(text));

  it('writes the address as it is told to (the bot masks it)', () => {
    const r = router({ state: 'ok', protocol: 'pcp', externalAddress: '81.2.69.142' });
    expect(routerText(r, english, (ip) => `\`${ip.replace(/\.\d+$/, '.xxx')}\``)).toBe('`81.2.69.xxx` (by PCP)');
  });
});
