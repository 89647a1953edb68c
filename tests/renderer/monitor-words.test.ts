/**
 * A service monitor's lines in a language (renderer/src/pages/monitor-words.ts), and their English
 * without a Translator held equal to the catalogue's English (issue 62).
 */
import { describe, expect, it } from 'vitest';

import { monitorDetail, monitorReason } from '../../renderer/src/pages/monitor-words';
import type { MonitorStatus } from '../../shared/contract/monitors';
import { english, translator } from '../../shared/i18n/translators';

const monitor = (over: Partial<MonitorStatus>): MonitorStatus =>
  ({ state: 'up', afterChange: false, why: null, latencyMs: null, ...over }) as MonitorStatus;

describe('monitor words', () => {
  it.each<[string, Partial<MonitorStatus>]>([
    ['down after a change', { state: 'down', afterChange: true, why: 'connection refused' }],
    ['down without a reason', { state: 'down' }],
    ['up, failed once', { state: 'up', why: 'timed out' }],
    ['up, answered', { state: 'up', latencyMs: 12 }],
    ['failing, not counted yet', { state: 'unknown', why: 'timed out' }],
    ['off', { state: 'off' }],
  ])('%s: the same line with and without the English catalogue', (_name, over) => {
    expect(monitorReason(monitor(over), english)).toEqual(monitorReason(monitor(over)));
  });

  it('speaks German and Indonesian', () => {
    const down = monitor({ state: 'down', afterChange: true, why: 'connection refused' });
    expect(monitorDetail(down, translator('de'))).toBe('Nicht erreichbar seit der Adressänderung: connection refused');
    expect(monitorDetail(monitor({ state: 'up', latencyMs: 12 }), translator('id'))).toBe('Menjawab dalam 12 ms');
  });
});
