import { describe, expect, it } from 'vitest';

import { httpOutcome, type HttpHeaders, type HttpOutcome } from '../../../../electron/engine/net/http-outcome';

const NOW = Date.parse('2026-11-26T12:00:00Z');

describe('httpOutcome: one reading of an HTTP status for every call to a service', () => {
  const cases: Array<[number, HttpHeaders, HttpOutcome]> = [
    [200, {}, { kind: 'ok' }],
    [204, { 'retry-after': '5' }, { kind: 'ok' }],
    [299, {}, { kind: 'ok' }],
    [401, {}, { kind: 'refused' }],
    [403, { 'retry-after': '5' }, { kind: 'refused' }],
    [404, {}, { kind: 'not-found' }],
    [410, {}, { kind: 'not-found' }],
    [408, {}, { kind: 'retry', throttled: false }],
    [425, { 'retry-after': '2' }, { kind: 'retry', throttled: false, afterMs: 2000 }],
    [429, {}, { kind: 'retry', throttled: true }],
    [429, { 'retry-after': '120' }, { kind: 'retry', throttled: true, afterMs: 120_000 }],
    [429, { 'retry-after': ['7', '9'] }, { kind: 'retry', throttled: true, afterMs: 7000 }],
    [503, { 'retry-after': 'Thu, 26 Nov 2026 12:01:00 GMT' }, { kind: 'retry', throttled: false, afterMs: 60_000 }],
    [503, { 'retry-after': 'Thu, 26 Nov 2026 11:00:00 GMT' }, { kind: 'retry', throttled: false, afterMs: 0 }],
    [500, { 'retry-after': 'soon' }, { kind: 'retry', throttled: false }],
    [599, {}, { kind: 'retry', throttled: false }],
    [400, { 'retry-after': '5' }, { kind: 'failed' }],
    [413, {}, { kind: 'failed' }],
    [422, {}, { kind: 'failed' }],
    [418, {}, { kind: 'failed' }],
    [301, {}, { kind: 'failed' }],
    [100, {}, { kind: 'failed' }],
  ];
  it.each(cases)('HTTP %i with %j reads %j', (status, headers, want) => {
    expect(httpOutcome(status, headers, NOW)).toEqual(want);
  });
});
