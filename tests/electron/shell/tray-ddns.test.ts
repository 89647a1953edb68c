/** The tray menu's dynamic DNS lines (electron/shell/tray-state.ts menuDdnsRecords): one per record, its state word. */
import { describe, expect, it } from 'vitest';

import { menuDdnsRecords } from '../../../electron/shell/tray-state';
import type { DdnsRecordStatus } from '../../../shared/contract/ddns';
import { appStatus } from '../../helpers/app-status';
import { ddnsRecord } from './tray-status-fixture';

const rec = (id: string, state: DdnsRecordStatus['state'], type: 'A' | 'AAAA' = 'A') =>
  ddnsRecord(`${id}.example.org`, state, {
    id,
    provider: 'cloudflare',
    type,
    why: state === 'failed' ? 'Cloudflare refused the token (403)' : null,
  });

describe('menuDdnsRecords', () => {
  it('one line per record with its state word; none without records', () => {
    const s = appStatus({
      ddns: { records: [rec('home', 'in-step'), rec('nas', 'failed', 'AAAA'), rec('old', 'off')] },
    });
    expect(menuDdnsRecords(s)).toEqual([
      'home.example.org A: in step',
      'nas.example.org AAAA: failed',
      'old.example.org A: off',
    ]);
    expect(menuDdnsRecords(appStatus())).toEqual([]);
  });
});
