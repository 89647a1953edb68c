/** A DNS record that needs a look in the tray's tooltip (electron/shell/tray-state.ts ddnsTroubleLine). */
import { describe, expect, it } from 'vitest';

import { ddnsTroubleLine, trayTooltip } from '../../../electron/shell/tray-state';
import type { DdnsRecordStatus } from '../../../shared/contract/ddns';
import { appStatus } from '../../helpers/app-status';
import { ddnsRecord, trayInput } from './tray-status-fixture';

const rec = (id: string, state: DdnsRecordStatus['state'], type: 'A' | 'AAAA' = 'A') =>
  ddnsRecord(`${id}.example.org`, state, { id, type });

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
    const lines = trayTooltip(trayInput(appStatus({ ddns: { records: [rec('home', 'stopped')] } }))).split('\n');
    expect(lines.slice(-2)).toEqual(['DNS: home.example.org A switched off', 'Last check: 30 s ago']);
  });
});
