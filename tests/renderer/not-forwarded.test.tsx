// @vitest-environment happy-dom
/**
 * "Not forwarded by the router" on the page (issue 42): a line on the dashboard's Services card
 * and a badge on the monitor's row in Settings, for the flagged monitor only.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { MonitorsEditor } from '../../renderer/src/settings/monitors/MonitorsEditor';
import type { MonitorStatus } from '../../shared/contract/monitors';
import { fakeEngine, renderApp, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

const now = Date.now();
const item = (id: string, notForwarded?: boolean): MonitorStatus => ({
  id,
  name: id.toUpperCase(),
  type: 'tcp',
  target: `127.0.0.1:${id === 'ssh' ? 22 : 80}`,
  state: 'up',
  why: null,
  latencyMs: 3,
  checkedAt: now - 30_000,
  since: now - 3_600_000,
  afterChange: false,
  ...(notForwarded ? { notForwarded } : {}),
});
const monitors = { items: [item('ssh', true), item('web')] };

describe('a monitor on a port the router does not forward', () => {
  it('has its line on the dashboard card; the others do not', async () => {
    renderApp(fakeEngine({ status: status({ monitors }) }));
    const card = await screen.findByRole('region', { name: 'Services' });
    const ssh = within(card).getByTestId('monitor-ssh');
    expect(within(ssh).getByText('not forwarded by the router').className).toContain('badge-warn');
    expect(ssh.textContent).toContain('The router lists no port mapping for this port');
    expect(within(card).getByTestId('monitor-web').textContent).not.toContain('not forwarded');
  });

  it('has a badge on its row in Settings', async () => {
    const saved = [
      { id: 'ssh', name: 'SSH', type: 'tcp', host: '127.0.0.1', port: 22 },
      { id: 'web', name: 'WEB', type: 'tcp', host: '127.0.0.1', port: 80 },
    ];
    const fake = fakeEngine({ status: status({ monitors }) });
    renderPanel(
      fake,
      storedView((s) => ({ ...s, monitors: { items: saved } })),
      (ctx) => <MonitorsEditor ctx={ctx} />,
    );
    const list = within(screen.getByRole('list', { name: 'Monitors' }));
    const [ssh, web] = list.getAllByRole('listitem');
    expect((await within(ssh!).findByText('not forwarded by the router')).className).toContain('badge-warn');
    expect(within(web!).queryByText('not forwarded by the router')).toBeNull();
  });
});
