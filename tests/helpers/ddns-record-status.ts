/** A DNS record's status as the API sends it: in step and quiet but for what a test sets. */
import type { DdnsRecordStatus } from '../../shared/contract/ddns';

export const recordStatus = (
  r: Partial<DdnsRecordStatus> & Pick<DdnsRecordStatus, 'id' | 'name' | 'state'>,
): DdnsRecordStatus => ({
  provider: 'cloudflare',
  type: 'A',
  why: null,
  address: '81.2.69.142',
  holds: null,
  waitingFor: [],
  notAsked: [],
  nextAttemptAt: null,
  lastUpdateAt: null,
  lastPropagationMs: null,
  lastLookAt: null,
  ...r,
});
