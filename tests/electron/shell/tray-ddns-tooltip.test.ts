/** A DNS record that needs a look in the tray's tooltip (electron/shell/tray-state.ts ddnsTroubleLine). */
import { describe, expect, it } from 'vitest';

import { ddnsTroubleLine, type TrayInput, trayTooltip } from '../../../electron/shell/tray-state';
import type { DdnsRecordStatus } from '../../../shared/contract/ddns';
import { appStatus, NOW } from '../../helpers/app-status';

const rec = (id: string, state: DdnsRecordStatus['state'], type: 'A' | 'AAAA' = 'A'): DdnsRecordStatus => ({
  id,
  provider: 'dyndns2',
  name: `${id}.example.org`,
  type,
  state,
  why: null,
  address: null,
  holds: null,
  waitingFor: [],
  notAsked: [],
  nextAttemptAt: null,
  lastUpdateAt: null,
  lastPropagationMs: null,
  lastLookAt: null,
});

const input = (status: TrayInput['status']): TrayInput => ({
  status,
  now: NOW,
  checking: false,
  lastChangeAt: null,
  updateReady: null,
});

describe('the DNS records in the tooltip', () => {
  it.each<[string, DdnsRecordStatus[], string | null]>([
    ['no records', [], null],
    [
      'all well or on their way',
      [rec('a', 'in-step'), rec('b', 'updating'), rec('c', 'propagating'), rec('d', 'off')],
      null,
    ],
    ['one stopped', [rec('home', 'stopped'), rec('b', 'in-step')], 'DNS: home.example.org A switched off'],
    [
      'waiting and failed, each named',
      [rec('home', 'waiting'), rec('nas', 'failed', 'AAAA')],
      'DNS: home.example.org A waiting to retry, nas.example.org AAAA failed',
    ],
  ])('%s', (_name, records, line) => {
    expect(ddnsTroubleLine(appStatus({ ddns: { records } }))).toBe(line);
  });

  it('is a tooltip line of its own, before the last check', () => {
    const lines = trayTooltip(input(appStatus({ ddns: { records: [rec('home', 'stopped')] } }))).split('\n');
    expect(lines.slice(-2)).toEqual(['DNS: home.example.org A switched off', 'Last check: 30 s ago']);
  });
});
