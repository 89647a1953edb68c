/**
 * Each reasons-8 code's English (a DNS record's last reasons: what its provider's API read, DuckDNS's
 * odd answer, a TSIG answer not believed, dyndns2's code in a refused HTTP answer, a TSIG secret
 * not base64) is what the engine wrote before it had codes (issue 62): the literal strings at the
 * commit before. reason-english.test.ts holds the other areas' (it is at the house's 400 lines).
 */
import { describe, expect, it } from 'vitest';

import { english } from '../../../shared/i18n/translators';
import { reason, type Reason } from '../../../shared/reason';
import { reasonWords } from '../../../shared/words/reason';

const BEFORE: [string, Reason, string][] = [
  [
    'ddns: the API read another address',
    reason('reason.ddns.holds', { label: 'Cloudflare home.example.org A', addresses: '198.51.100.7' }),
    'Cloudflare home.example.org A holds 198.51.100.7',
  ],
  [
    'ddns: the API read no record',
    reason('reason.ddns.holdsNone', { label: 'deSEC h A' }),
    'deSEC h A holds no record',
  ],
  [
    'ddns: rfc2136 read another address',
    reason('reason.ddns.notOnly', { name: 'h.example.org', type: 'A', address: '203.0.113.1' }),
    'h.example.org A does not hold only 203.0.113.1',
  ],
  [
    'ddns: drifted (the API)',
    reason(
      'reason.ddns.driftedApi',
      { want: '203.0.113.1' },
      reason('reason.ddns.holds', { label: 'Cloudflare home.example.org A', addresses: '198.51.100.7' }),
    ),
    'drifted from 203.0.113.1: Cloudflare home.example.org A holds 198.51.100.7',
  ],
  [
    'ddns: another writer (the API)',
    reason('reason.ddns.anotherWriterApi', {}, reason('reason.ddns.holdsNone', { label: 'deSEC h A' })),
    "another program also updates this record (ddns-updater?): it was changed behind IPWatch's back twice within an hour (now deSEC h A holds no record). Stop the other program or remove this record from it, then edit this record here to start again",
  ],
  [
    'ddns: DuckDNS odd',
    reason('reason.ddns.duckdnsOdd', { label: 'DuckDNS x', empty: 'no' }),
    'DuckDNS x: an answer that is neither OK nor KO',
  ],
  [
    'ddns: DuckDNS empty',
    reason('reason.ddns.duckdnsOdd', { label: 'DuckDNS x', empty: 'yes' }),
    'DuckDNS x: an empty answer',
  ],
  [
    'ddns: TSIG unsigned, not believed',
    reason(
      'reason.ddns.notBelieved',
      { server: '192.0.2.53:53', rcode: 'NOERROR' },
      reason('reason.ddns.tsigAnswer', { what: 'unsigned' }),
    ),
    '192.0.2.53:53: the answer is not signed (NOERROR)',
  ],
  [
    'ddns: TSIG class and TTL',
    reason('reason.ddns.tsigAnswer', { what: 'classTtl', tsigClass: 'IN', ttl: '300' }),
    "the answer's TSIG record is not of class ANY with TTL 0 (IN, 300)",
  ],
  [
    'ddns: TSIG lengths',
    reason('reason.ddns.tsigAnswer', { what: 'lengths' }),
    "the answer's TSIG record is malformed: its lengths do not add up to its size",
  ],
  [
    'ddns: TSIG another key',
    reason('reason.ddns.tsigAnswer', { what: 'otherKey', key: 'other.', algorithm: 'hmac-sha256' }),
    'the answer is signed with another key (other., hmac-sha256)',
  ],
  ['ddns: TSIG MAC', reason('reason.ddns.tsigAnswer', { what: 'mac' }), "the answer's TSIG signature does not verify"],
  [
    'ddns: TSIG time',
    reason('reason.ddns.tsigAnswer', { what: 'time', seconds: -1200 }),
    'the answer was signed -1200 s away from our clock',
  ],
  ['ddns: TSIG secret', reason('reason.ddns.tsigSecret'), 'the TSIG secret is not base64'],
  [
    'ddns: dyndns2 refused over HTTP',
    reason(
      'reason.ddns.httpSaidInner',
      { label: 'dyndns2 dyn.example h', meaning: 'credentials', statusName: 'HTTP 401 Unauthorized' },
      reason('reason.ddns.dyndns2Said', { code: 'donator', said: '!donator' }),
    ),
    'dyndns2 dyn.example h refused the credentials: the update needs a paid account (!donator) (HTTP 401 Unauthorized)',
  ],
  [
    'ddns: dyndns2 911',
    reason('reason.ddns.dyndns2Said', { code: 'problem', said: '911' }),
    'the provider has a problem (911)',
  ],
];

describe("each reasons-8 code's English is what the engine wrote before", () => {
  it.each(BEFORE)('%s', (_, r, before) => {
    expect(reasonWords(r, english)).toBe(before);
  });
});
