/**
 * What a DDNS record's state, propagation time and Test result are said as (ddns-words.ts), and
 * the TSIG secret the page makes and the key lines it shows (tsig.ts): table tests.
 */
import { describe, expect, it } from 'vitest';

import {
  ddnsItemState,
  ddnsStateWords,
  ddnsTestWords,
  propagationWords,
  serverList,
} from '../../renderer/src/settings/ddns/ddns-words';
import { newTsigSecret, TSIG_SECRET_BYTES, tsigKeyLines } from '../../renderer/src/settings/ddns/tsig';
import { DDNS_STATES, type DdnsRecordStatus } from '../../shared/contract/ddns';
import { english } from '../../shared/i18n/translators';
import { ddnsRecordLine } from '../../shared/words/ddns';

const base: DdnsRecordStatus = {
  id: 'home',
  provider: 'rfc2136',
  name: 'home.example.org',
  type: 'A',
  state: 'in-step',
  why: null,
  address: '81.2.69.142',
  holds: '81.2.69.142',
  waitingFor: [],
  notAsked: [],
  nextAttemptAt: null,
  lastUpdateAt: 1,
  lastPropagationMs: 900,
  lastLookAt: 2,
};

describe('a record state in words', () => {
  it.each<[Partial<DdnsRecordStatus>, string, string, string | null | undefined]>([
    [{}, 'in step', 'good', undefined],
    [
      { state: 'updating', why: 'drift: the record held 198.51.100.7' },
      'updating',
      'neutral',
      'drift: the record held 198.51.100.7',
    ],
    [
      { state: 'propagating', waitingFor: ['ns2.example.org'] },
      'propagating (waiting for ns2.example.org)',
      'warn',
      null,
    ],
    [
      { state: 'propagating', waitingFor: ['ns1.example.org', 'ns2.example.org'] },
      'propagating (waiting for ns1.example.org and ns2.example.org)',
      'warn',
      null,
    ],
    [{ state: 'propagating', waitingFor: [] }, 'propagating', 'warn', null],
    [
      { state: 'failed', why: 'badauth: the provider refused the credentials' },
      'failed',
      'bad',
      'badauth: the provider refused the credentials',
    ],
    [{ state: 'failed', why: null }, 'failed', 'bad', 'No reason was given: see the log.'],
    [
      { why: 'proxied by Cloudflare; the record holds 81.2.69.142' },
      'in step',
      'good',
      'proxied by Cloudflare; the record holds 81.2.69.142',
    ],
    [
      { state: 'waiting', why: 'the provider is busy (503)', nextAttemptAt: 5 },
      'waiting to retry',
      'warn',
      'the provider is busy (503)',
    ],
    [
      { state: 'stopped', why: 'the provider refused the credentials' },
      'switched off',
      'bad',
      'the provider refused the credentials',
    ],
    [{ state: 'stopped', why: null }, 'switched off', 'bad', 'No reason was given: see the log.'],
    [{ state: 'off', why: 'switched off after nohost' }, 'off', 'neutral', 'switched off after nohost'],
  ])('%j is %s', (over, word, tone, detail) => {
    const s = ddnsStateWords({ ...base, ...over }, english);
    expect(s.word).toBe(word);
    expect(s.tone).toBe(tone);
    expect(s.detail).toBe(detail);
  });

  it.each(DDNS_STATES)("%s: the card's word is the one the tray, the bot and the runner say", (state) => {
    const record = { ...base, state, why: 'why' };
    expect(ddnsRecordLine(record, english)).toContain(`: ${ddnsStateWords(record, english).word}`);
  });

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b', 'c'], 'a, b and c'],
    [['a', 'b', 'c', 'd', 'e'], 'a, b and 3 more'],
  ])('lists servers %j as "%s"', (names, text) => expect(serverList(names, english)).toBe(text));

  it.each<[DdnsRecordStatus | undefined, boolean, boolean, string]>([
    [base, false, true, 'not saved yet'],
    [{ ...base, state: 'failed' }, false, true, 'not saved yet'],
    [base, true, false, 'off'],
    [undefined, true, true, 'starting'],
    [{ ...base, state: 'failed', why: 'x' }, true, true, 'failed'],
  ])('a row (status %#, saved %s, enabled %s) says %s', (status, saved, enabled, word) =>
    expect(ddnsItemState(status, saved, enabled, english).word).toBe(word),
  );
});

describe('the propagation time', () => {
  it.each<[number | null, string | null]>([
    [null, null],
    [-5, null],
    [0, '0 ms'],
    [850, '850 ms'],
    [1_430, '1.4 s'],
    [9_990, '9.9 s'],
    [12_400, '12 s'],
    [125_000, '2 min 5 s'],
    [180_000, '3 min'],
  ])('%s ms reads %s', (ms, text) => expect(propagationWords(ms, english)).toBe(text));
});

describe("a Test's result", () => {
  it.each([
    [
      { ok: true as const, holds: true, detail: 'holds 81.2.69.142', ms: 9 },
      true,
      'Works: the record already points at this address. Holds 81.2.69.142. (9 ms)',
    ],
    [
      { ok: true as const, holds: false, detail: '', ms: 4 },
      true,
      'Works: the record will be set to this address once you save. (4 ms)',
    ],
    [
      { ok: true as const, holds: null, detail: 'good', ms: 4 },
      true,
      'Works: the provider accepted the credentials. Good. (4 ms)',
    ],
  ])('%j', (result, ok, text) => {
    const w = ddnsTestWords(result, english);
    expect(w.ok).toBe(ok);
    expect(w.text).toBe(text);
    expect(w.error).toBeUndefined();
  });

  it("a failure is the engine's error, for ErrorText to say in words with its code under Details", () => {
    const w = ddnsTestWords(
      { ok: false, error: 'connect ECONNREFUSED 127.0.0.1:5353', ms: 2 },
      english,
      '127.0.0.1:5353',
    );
    expect(w).toEqual({
      ok: false,
      text: 'Failed:',
      error: { raw: 'connect ECONNREFUSED 127.0.0.1:5353', url: '127.0.0.1:5353' },
    });
  });
});

describe('the TSIG secret', () => {
  it('is 32 bytes in padded base64, from the bytes given', () => {
    const seed = 0x2a;
    console.log(`tsig test bytes: i * 7 + ${seed}`);
    const secret = newTsigSecret((b) => b.map((_, i) => (i * 7 + seed) & 0xff));
    expect(secret).toHaveLength(44);
    expect([...atob(secret)].map((c) => c.charCodeAt(0))).toEqual(
      Array.from({ length: TSIG_SECRET_BYTES }, (_, i) => (i * 7 + seed) & 0xff),
    );
  });

  it('is new each time from Web Crypto', () => {
    expect(newTsigSecret()).not.toBe(newTsigSecret());
  });

  it.each([
    ['home-key', 'home-key'],
    ['home-key.', 'home-key'],
    ['', 'ipwatch-key'],
  ])('gives the key %j to Knot and BIND as %s', (name, id) => {
    const { knot, bind } = tsigKeyLines(name, 'c2VjcmV0');
    expect(knot).toBe(
      `# hmac-sha256:${id}:c2VjcmV0\nkey:\n  - id: ${id}\n    algorithm: hmac-sha256\n    secret: c2VjcmV0`,
    );
    expect(bind).toBe(`key "${id}" {\n\talgorithm hmac-sha256;\n\tsecret "c2VjcmV0";\n};`);
  });
});
