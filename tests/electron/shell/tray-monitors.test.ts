/** The tray menu's service monitor lines (electron/shell/tray-state.ts menuMonitors): one per monitor, its state; and the speed test's. */
import { describe, expect, it } from 'vitest';

import { menuMonitors, menuSpeed } from '../../../electron/shell/tray-state';
import type { MonitorStatus } from '../../../shared/contract/monitors';
import type { SpeedStatus } from '../../../shared/contract/speed';
import { appStatus } from '../../helpers/app-status';
import { speedResult, tcpMonitor } from './tray-status-fixture';

const item = (id: string, name: string, state: MonitorStatus['state']) => tcpMonitor(name, { id, state });

describe('the tray menu lines', () => {
  it('one line per monitor; none without monitors', () => {
    const s = appStatus({
      monitors: { items: [item('a', 'SSH', 'up'), item('b', 'Web', 'down')] },
    });
    expect(menuMonitors(s)).toEqual(['SSH: up', 'Web: down']);
    expect(menuMonitors(appStatus())).toEqual([]);
  });
});

describe("the tray menu's speed test line", () => {
  const at = 1_764_000_000_000;
  const speed = (over: Partial<SpeedStatus> = {}): SpeedStatus => ({
    enabled: true,
    runningSince: null,
    nextAt: null,
    skipped: null,
    metered: null,
    last: speedResult(at),
    ...over,
  });
  it.each<[string, SpeedStatus | undefined, string | null]>([
    ['none without the speed test', undefined, null],
    ['the last result and its age', speed(), 'Speed: 512 Mbps down, 48.2 up, 12 ms (2 h ago)'],
    ['a test under way, no age', speed({ runningSince: at + 7_000_000 }), 'Speed test: running'],
    ['on, never run', speed({ last: null }), 'Speed test: not run yet'],
  ])('%s', (_name, speedTest, line) => {
    const s = appStatus(speedTest ? { speedTest } : {});
    expect(menuSpeed(s, at + 2 * 3600_000)).toBe(line);
  });
});
