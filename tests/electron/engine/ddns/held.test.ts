/** What a record is known to hold (electron/engine/ddns/held.ts): its truth table, row by row. */
import { describe, expect, it } from 'vitest';

import { heldAfterRead, heldAfterServers, heldAfterUpdate } from '../../../../electron/engine/ddns/held';
import type { Seen } from '../../../../electron/engine/ddns/propagation';
import type { CheckResult, UpdateResult } from '../../../../electron/engine/ddns/types';

const WANT = '198.51.100.7';
const BEFORE = '192.0.2.1';
const server = (addresses: string[] | null) => ({
  server: { name: 'ns1.example.org', address: '127.0.0.1' },
  addresses,
  ...(addresses ? {} : { error: 'no answer in time' }),
});
const seen = (...answers: (string[] | null)[]): Seen => ({ answers: answers.map(server), notAsked: [] }) as Seen;

describe('held after a read through the API', () => {
  it.each<[string, CheckResult, string | null, string | null]>([
    ['holds want', { kind: 'unchanged', detail: '' }, null, WANT],
    ['holds another it names', { kind: 'differs', detail: '', holds: '203.0.113.9' }, BEFORE, '203.0.113.9'],
    ['holds another it does not name', { kind: 'differs', detail: '' }, BEFORE, null],
    ['could not read (retry)', { kind: 'retry', reason: 'no answer' }, BEFORE, BEFORE],
    ['refused (stop)', { kind: 'stop', reason: 'refused the credentials' }, null, null],
  ])('%s', (_name, read, before, want) => {
    expect(heldAfterRead(read, WANT, before)).toBe(want);
  });
});

describe('held after an update', () => {
  it.each<[string, UpdateResult, string | null, string | null]>([
    ['accepted (updated)', { kind: 'updated', detail: '' }, BEFORE, WANT],
    ['accepted (unchanged)', { kind: 'unchanged', detail: '' }, null, WANT],
    ['refused', { kind: 'stop', reason: 'badauth' }, null, null],
    ['refused, known before', { kind: 'stop', reason: 'badauth' }, BEFORE, BEFORE],
    ['no answer', { kind: 'retry', reason: 'no answer' }, BEFORE, BEFORE],
  ])('%s', (_name, outcome, before, want) => {
    expect(heldAfterUpdate(outcome, WANT, before)).toBe(want);
  });
});

describe('held after the servers', () => {
  it.each<[string, Seen | Error, string | null, string | null]>([
    ['every server one same address', seen([WANT], [WANT]), null, WANT],
    ['every server another same address', seen([BEFORE], [BEFORE]), WANT, BEFORE],
    ['they disagree', seen([WANT], [BEFORE]), BEFORE, BEFORE],
    ['one has two addresses', seen([WANT, BEFORE]), null, null],
    ['one does not answer', seen([WANT], null), null, null],
    ['none asked', seen(), BEFORE, BEFORE],
    ['the servers not found', new Error('NXDOMAIN'), BEFORE, BEFORE],
  ])('%s', (_name, s, before, want) => {
    expect(heldAfterServers(s, before)).toBe(want);
  });
});
