// @vitest-environment happy-dom
/**
 * The Connections page follows the way out chosen (issue 76): with monitor.fromV4 set, the real
 * inventory (electron/engine/egress/inventory.ts) declares the IPv4 sources as leaving from it, and
 * a contact that left from a chosen local address says which; nothing is said where the system chose.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { declaredDestinations } from '../../electron/engine/egress/inventory';
import { defaultSettings } from '../../shared/settings';
import { fakeEgress } from './fake-egress';
import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

describe('the Connections page with a way out chosen', () => {
  it('says where the IPv4 sources leave from, and the address a contact left from', async () => {
    const settings = defaultSettings();
    settings.monitor.fromV4 = 'wan2';
    const report = fakeEgress(Date.now());
    report.declared = declaredDestinations(settings, { dnsServers: ['127.0.0.53'], proxies: [] });
    report.contacted[0] = { ...report.contacted[0]!, from: '81.2.70.142' };
    const fake = fakeEngine();
    fake.setEgress(report);
    renderApp(fake, '#/connections');
    await screen.findAllByTestId('declared-row');
    const rows = screen.getAllByTestId('declared-row');
    const ipify4 = rows.find((r) => r.getAttribute('data-ids')?.split(' ').includes('source:ipify-v4'))!;
    const ipify6 = rows.find((r) => r.getAttribute('data-ids')?.split(' ').includes('source:ipify-v6'))!;
    expect(within(ipify4).getByTestId('leaves-from').textContent).toBe('leaves from wan2');
    expect(within(ipify6).queryByTestId('leaves-from')).toBeNull();
    const c = report.contacted[0]!;
    const key = `${c.protocol}|${c.host}|${c.port}`;
    const contacted = screen.getAllByTestId('contacted-row');
    const left = contacted.find((r) => r.getAttribute('data-key') === key)!;
    expect(within(left).getByTestId('left-from').textContent).toBe('left from 81.2.70.142');
    expect(contacted.filter((r) => within(r).queryByTestId('left-from') !== null)).toEqual([left]);
  });
});
