/** The tray menu's service monitor lines (electron/shell/tray-state.ts menuMonitors): one per monitor, its state. */
import { describe, expect, it } from 'vitest';

import { menuMonitors } from '../../../electron/shell/tray-state';
import type { MonitorStatus } from '../../../shared/contract-monitors';
import { appStatus } from '../../helpers/app-status';

const item = (id: string, name: string, state: MonitorStatus['state']): MonitorStatus => ({
  id,
  name,
  state,
  type: 'tcp',
  target: '192.168.1.10:22',
  why: null,
  latencyMs: null,
  checkedAt: null,
  since: null,
  afterChange: false,
});

describe('the tray menu lines', () => {
  it('one line per monitor; none without monitors', () => {
    const s = appStatus({
      monitors: { items: [item('a', 'SSH', 'up'), item('b', 'Web', 'down')] },
    });
    expect(menuMonitors(s)).toEqual(['SSH: up', 'Web: down']);
    expect(menuMonitors(appStatus())).toEqual([]);
  });
});
