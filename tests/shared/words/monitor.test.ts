/** Service monitors in one line each (shared/words/monitor.ts): the bot's /status field and the tray's menu lines. */
import { describe, expect, it } from 'vitest';

import type { MonitorStatus } from '../../../shared/contract/monitors';
import { english } from '../../../shared/i18n/translators';
import { monitorLine, monitorLines } from '../../../shared/words/monitor';

const item = (over: Partial<MonitorStatus> & Pick<MonitorStatus, 'id' | 'name' | 'state'>): MonitorStatus => ({
  type: 'tcp',
  target: '81.2.69.142:22',
  why: null,
  latencyMs: null,
  checkedAt: null,
  since: null,
  afterChange: false,
  ...over,
});

describe('monitorLine', () => {
  it.each<[string, MonitorStatus, string]>([
    ['up', item({ id: 'a', name: 'SSH', state: 'up', why: 'timed out once' }), 'SSH: up'],
    ['not checked yet', item({ id: 'a', name: 'SSH', state: 'unknown' }), 'SSH: not known yet'],
    ['off', item({ id: 'a', name: 'SSH', state: 'off', why: 'switched off in the settings' }), 'SSH: off'],
    [
      'down, with why',
      item({ id: 'a', name: 'SSH', state: 'down', why: 'connection refused' }),
      'SSH: down (connection refused)',
    ],
    [
      'down after a change',
      item({ id: 'a', name: 'Web', state: 'down', why: 'answered status 502', afterChange: true }),
      'Web: down since the address change (answered status 502)',
    ],
    [
      'up from inside, its port not forwarded',
      item({ id: 'a', name: 'SSH', state: 'up', notForwarded: true }),
      'SSH: up, but the router forwards nothing to its port',
    ],
    [
      'down, its port not forwarded',
      item({ id: 'a', name: 'SSH', state: 'down', why: 'connection refused', notForwarded: true }),
      'SSH: down (connection refused), but the router forwards nothing to its port',
    ],
    ['off, its port not forwarded', item({ id: 'a', name: 'SSH', state: 'off', notForwarded: true }), 'SSH: off'],
  ])('%s', (_label, m, line) => {
    expect(monitorLine(m, english)).toBe(line);
    // The target (here the public address) never appears: the line goes where addresses are masked.
    expect(monitorLine(m, english)).not.toContain('81.2.69.142');
  });

  it('cuts a long list with how many more there are, within the limit', () => {
    const many = Array.from({ length: 50 }, (_, i) => item({ id: `m${i}`, name: `Service number ${i}`, state: 'up' }));
    const text = monitorLines(many, english, 200);
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text).toMatch(/\n… and \d+ more$/);
    expect(monitorLines(many.slice(0, 2), english)).toBe('Service number 0: up\nService number 1: up');
  });
});
