/** The network identity in the tray's tooltip: one line per network, before the NAT verdict. */
import { describe, expect, it } from 'vitest';

import { trayTooltip, TOOLTIP_MAX } from '../../../electron/shell/tray-state';
import { appStatus, NOW } from '../../helpers/app-status';
import { trayInput } from './tray-status-fixture';

const DTAG = { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null };
const M247 = { asn: 9009, org: 'M247 Europe SRL', country: 'RO', vpn: 'vpn-asn' as const };

describe('the network in the tooltip', () => {
  it('names the network once when both families share it', () => {
    const status = appStatus({}, { v4: { identity: DTAG }, v6: { identity: DTAG } });
    expect(trayTooltip(trayInput(status)).split('\n')).toEqual([
      'IPWatch: Online',
      'IPv4: 81.2.69.142',
      'IPv6: 2a02:1:2:3::5',
      'AS3320 Deutsche Telekom AG, DE',
      // Too long for Windows with the NAT line, which needs nothing done: it gives way first.
      'Last check: 30 s ago',
    ]);
  });

  it('keeps a VPN exit longer than the plain provider when space runs out', () => {
    const status = appStatus(
      { lastError: { message: 'disk full', at: NOW, where: 'store' } },
      { v4: { identity: M247 }, v6: { identity: DTAG } },
    );
    const text = trayTooltip(trayInput(status));
    expect(text.length).toBeLessThanOrEqual(TOOLTIP_MAX);
    expect(text.split('\n')).toEqual([
      'IPWatch: Degraded',
      'IPv4: 81.2.69.142',
      'IPv6: 2a02:1:2:3::5',
      'AS9009 M247 Europe SRL, RO (VPN service)',
      'Why: store: disk full',
    ]);
  });
});
