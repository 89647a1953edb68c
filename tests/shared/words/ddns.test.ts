/** A record's state in words (shared/words/ddns.ts): one line per state, and the cut list. */
import { describe, expect, it } from 'vitest';

import type { DdnsRecordStatus } from '../../../shared/contract/ddns';
import { english } from '../../../shared/i18n/translators';
import { ddnsLineKey, ddnsLines, ddnsRecordLine } from '../../../shared/words/ddns';

const rec = (over: Partial<DdnsRecordStatus>): DdnsRecordStatus => ({
  id: 'home',
  provider: 'dyndns2',
  name: 'home.example.org',
  type: 'A',
  state: 'in-step',
  why: null,
  address: '198.51.100.7',
  holds: '198.51.100.7',
  waitingFor: [],
  notAsked: [],
  nextAttemptAt: null,
  lastUpdateAt: 1,
  lastPropagationMs: 1234,
  lastLookAt: 2,
  ...over,
});

describe('ddnsRecordLine', () => {
  const rows: [string, Partial<DdnsRecordStatus>, string][] = [
    ['in step, with the time', {}, 'home.example.org A: in step at 198.51.100.7 (in step 1.2 s after the update)'],
    ['in step, never updated', { lastPropagationMs: null }, 'home.example.org A: in step at 198.51.100.7'],
    [
      'propagating',
      { state: 'propagating', waitingFor: ['ns2.example.org'] },
      'home.example.org A: propagating to 198.51.100.7, waiting for ns2.example.org',
    ],
    [
      'updating with why',
      { state: 'updating', why: 'dyndns2: 911' },
      'home.example.org A: updating to 198.51.100.7 (dyndns2: 911)',
    ],
    [
      'in step, known from the API',
      { state: 'in-step', lastPropagationMs: null, why: 'proxied by Cloudflare; the record holds 198.51.100.7' },
      'home.example.org A: in step at 198.51.100.7; proxied by Cloudflare; the record holds 198.51.100.7',
    ],
    [
      'in step, a server not asked',
      { lastPropagationMs: null, notAsked: ['ns1.example.org (2001:db8::53)'] },
      'home.example.org A: in step at 198.51.100.7; not asked from here: ns1.example.org (2001:db8::53)',
    ],
    [
      'waiting to retry, with when and why',
      { state: 'waiting', why: 'the provider is busy (503)', nextAttemptAt: Date.UTC(2026, 0, 2, 0, 1, 5) },
      'home.example.org A: waiting to retry to 198.51.100.7 at 2026-01-02 00:01:05 UTC: the provider is busy (503)',
    ],
    [
      'stopped: switched off, with what to do',
      { state: 'stopped', why: 'the provider refused the credentials: check the token' },
      'home.example.org A: switched off: the provider refused the credentials: check the token',
    ],
    ['failed', { state: 'failed', why: 'badauth' }, 'home.example.org A: failed: badauth'],
    [
      'off',
      { state: 'off', why: 'switched off in the settings', address: null },
      'home.example.org A: off: switched off in the settings',
    ],
  ];
  it.each(rows)('%s', (_n, over, line) => expect(ddnsRecordLine(rec(over), english)).toBe(line));

  it('masks addresses as asked', () => {
    expect(ddnsRecordLine(rec({}), english, () => '198.51.x.x')).toContain('at 198.51.x.x');
  });
});

describe('ddnsLines and ddnsLineKey', () => {
  it('cuts a long list and says how many were left out', () => {
    const many = Array.from({ length: 50 }, (_, i) => rec({ id: `r${i}` }));
    const text = ddnsLines(many, english, undefined, 300);
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text).toMatch(/… and \d+ more$/);
  });

  it('the key ignores the time of a look, not a change of state', () => {
    expect(ddnsLineKey([rec({ lastLookAt: 5 })])).toBe(ddnsLineKey([rec({ lastLookAt: 9 })]));
    expect(ddnsLineKey([rec({ state: 'failed' })])).not.toBe(ddnsLineKey([rec({})]));
    expect(ddnsLineKey([rec({ state: 'waiting', nextAttemptAt: 5 })])).not.toBe(
      ddnsLineKey([rec({ state: 'waiting', nextAttemptAt: 9 })]),
    );
    expect(ddnsLineKey([rec({ notAsked: ['ns1'] })])).not.toBe(ddnsLineKey([rec({})]));
  });
});
