// @vitest-environment happy-dom
/**
 * Service monitors on the page: the dashboard card (each state in words, "down since the address
 * change", what an inside check can and cannot show; no card without monitors) and the Settings
 * section (a monitor added with only its kind's fields, tested before saving).
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { MonitorsEditor } from '../../renderer/src/settings/monitors/MonitorsEditor';
import type { MonitorStatus } from '../../shared/contract/monitors';
import { serviceMonitorSchema } from '../../shared/settings/service-monitor';
import { fakeEngine, renderApp, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

const now = Date.now();
const item = (over: Partial<MonitorStatus> & Pick<MonitorStatus, 'id' | 'name'>): MonitorStatus => ({
  type: 'tcp',
  target: '192.168.1.10:22',
  state: 'up',
  why: null,
  latencyMs: 3,
  checkedAt: now - 30_000,
  since: now - 3_600_000,
  afterChange: false,
  ...over,
});

describe('the service monitors card', () => {
  it("says each monitor's state, why one is down after the change, and what an inside check shows", async () => {
    const fake = fakeEngine({
      status: status({
        monitors: {
          items: [
            item({ id: 'ssh', name: 'SSH' }),
            item({
              id: 'web',
              name: 'Nextcloud',
              type: 'http',
              target: 'https://cloud.example.org',
              state: 'down',
              why: 'answered status 502, expected a 2xx or 3xx answer',
              latencyMs: null,
              afterChange: true,
            }),
            item({ id: 'new', name: 'DNS', type: 'dns', state: 'unknown', since: null, checkedAt: null }),
          ],
        },
      }),
    });
    renderApp(fake);
    const card = await screen.findByRole('region', { name: 'Services' });
    const ssh = within(card).getByTestId('monitor-ssh');
    expect(within(ssh).getByText('up').className).toContain('badge-good');
    expect(ssh.textContent).toContain('192.168.1.10:22');
    expect(ssh.textContent).toContain('Answered in 3 ms');
    const web = within(card).getByTestId('monitor-web');
    expect(within(web).getByText('down').className).toContain('badge-bad');
    expect(
      within(web).getByText('Down since the address change: answered status 502, expected a 2xx or 3xx answer')
        .className,
    ).toContain('error-text');
    expect(within(card).getByTestId('monitor-new').textContent).toContain('not checked yet');
    expect(card.textContent).toMatch(/proves the service runs and answers from here, not that the internet reaches it/);
    expect(card.textContent).toMatch(/hairpin NAT/);
  });

  it('is not there without monitors', async () => {
    renderApp(fakeEngine({ status: status({ monitors: { items: [] } }) }));
    await screen.findByTestId('ip-v4');
    expect(screen.queryByRole('region', { name: 'Services' })).toBeNull();
  });
});

describe('the service monitors section', () => {
  const withMonitors = (items: Record<string, unknown>[]) => storedView((s) => ({ ...s, monitors: { items } }));
  const rows = () => within(screen.getByRole('list', { name: 'Monitors' }));

  it('adds a TCP monitor with only its fields and tests it before saving', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    const { draft } = renderPanel(fake, withMonitors([]), (ctx) => <MonitorsEditor ctx={ctx} />);
    expect(screen.getByText('No monitors: nothing behind the address is checked.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Kind of the new monitor'), 'TCP port');
    await user.click(screen.getByRole('button', { name: 'Add a monitor' }));
    const form = screen.getByRole('group', { name: /^Monitor / });
    expect(within(rows().getAllByRole('listitem')[0]!).getByText('not saved yet').className).toContain('badge-neutral');
    expect(within(form).queryByLabelText('Page address')).toBeNull();
    await user.type(within(form).getByLabelText('Shown as'), 'SSH');
    await user.type(within(form).getByLabelText('Host name or address'), '192.168.1.10');
    const monitor = (draft().monitors as { items: Record<string, unknown>[] }).items[0]!;
    expect(serviceMonitorSchema.safeParse(monitor).success).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Test this monitor' }));
    expect(await within(form).findByText('Up: port 22 accepts connections (4 ms)')).toBeTruthy();
    expect(fake.client.testMonitor).toHaveBeenCalledWith({ monitor: serviceMonitorSchema.parse(monitor) });
  });

  it('tests a saved monitor by its id, and switches kinds keeping the name', async () => {
    const user = userEvent.setup();
    const saved = { id: 'ssh', name: 'SSH', type: 'tcp', host: '192.168.1.10', port: 22 };
    const fake = fakeEngine();
    const { draft } = renderPanel(fake, withMonitors([saved]), (ctx) => <MonitorsEditor ctx={ctx} />);
    await user.click(rows().getByRole('button', { name: 'Test SSH' }));
    expect(fake.client.testMonitor).toHaveBeenCalledWith({ monitorId: 'ssh' });
    await user.click(rows().getByRole('button', { name: 'Edit SSH' }));
    const form = screen.getByRole('group', { name: 'Monitor ssh' });
    await user.selectOptions(within(form).getByLabelText('Kind of check'), 'Web page (HTTP or HTTPS)');
    expect((draft().monitors as { items: Record<string, unknown>[] }).items[0]).toEqual({
      id: 'ssh',
      name: 'SSH',
      type: 'http',
      url: '',
    });
  });
});
