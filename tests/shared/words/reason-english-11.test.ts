/**
 * The `reasons-11` area's English is what the engine and the settings schema wrote before it
 * (issue 62): a record's Test, a record not built for its settings, the fleet's start problem
 * (reason codes), and an IPv6 suffix's and a heartbeat URL's schema messages (read back by
 * Settings). The literals are the code's at the commit before this area.
 */
import { describe, expect, it } from 'vitest';

import type { MessageId } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
import { parseSuffix } from '../../../shared/ipv6-suffix';
import { reason, type Reason } from '../../../shared/reason';
import { HEARTBEAT_URL_SHAPES } from '../../../shared/settings/watcher';
import { reasonWords } from '../../../shared/words/reason';

const BEFORE: [string, Reason, string][] = [
  [
    'test: cannot read',
    reason('reason.ddns.cannotRead'),
    'credentials cannot be checked without an update: this provider has no way to read a record',
  ],
  [
    'test: no address yet',
    reason('reason.ddns.testNoAddress', { family: 4, type: 'A' }),
    'no confirmed IPv4 address yet to compare the A record with',
  ],
  ['test: no answer', reason('reason.ddns.testNoAnswer', { seconds: 15 }), 'no answer within 15 s'],
  [
    'record: bad settings',
    reason('reason.ddns.badSettings', { issues: '(record): x; zoneId: y' }),
    '(record): x; zoneId: y',
  ],
  ['fleet: no status', reason('reason.fleet.noStatus'), 'this runtime gives no status to publish'],
  [
    'fleet: a password reference not resolved',
    reason('reason.secret.unresolved', { field: 'fleet.password', kind: 'env', name: 'MQTT_PW' }),
    'fleet.password: environment variable MQTT_PW is not set',
  ],
];

describe('each reasons-11 code says in English what the engine wrote before', () => {
  it.each(BEFORE)('%s', (_, r, before) => {
    expect(reasonWords(r, english)).toBe(before);
  });
});

const SCHEMA: [MessageId, Record<string, string>, string][] = [
  ['settings.schemaSays.suffixNot', { text: 'abc' }, '"abc" is not an IPv6 suffix such as ::1:2:3:4'],
  [
    'settings.schemaSays.suffixPrefix',
    { text: '2001:db8::1' },
    '2001:db8::1 sets the prefix too: a suffix gives only the last 64 bits, such as ::1:2:3:4',
  ],
  ['settings.schemaSays.suffixZeros', {}, "the suffix :: is all zeros: give the device's own, such as ::1:2:3:4"],
  [
    'settings.schemaSays.healthchecksUrl',
    {},
    'expected https://hc-ping.com/<uuid> (or your server’s https://host/ping/<uuid>)',
  ],
  ['settings.schemaSays.kumaUrl', {}, 'expected https://kuma.example.org/api/push/<token>'],
];

describe("the schema's messages in the catalogue are the ones it writes", () => {
  it.each(SCHEMA)('%s', (id, values, before) => {
    expect(english.t(id, values)).toBe(before);
  });

  it('as the schema writes them today', () => {
    expect([parseSuffix('abc'), parseSuffix('2001:db8::1'), parseSuffix('::')].map((p) => !p.ok && p.error)).toEqual(
      SCHEMA.slice(0, 3).map(([, , before]) => before),
    );
    expect(Object.values(HEARTBEAT_URL_SHAPES).map((shape) => `expected ${shape}`)).toEqual(
      SCHEMA.slice(3).map(([, , before]) => before),
    );
  });
});
