import { describe, expect, it } from 'vitest';

import { answerLine, quorumOf, sourcesNotes } from '../../renderer/src/pages/sources-view';
import { english, translator } from '../../shared/i18n/translators';
import type { SourceAnswer } from '../../shared/source-answers';
import type { Attempt, CheckResult, FamilyStatus, LastCheck } from '../../shared/types';

const T = 1_790_000_000_000;
const check = (result: CheckResult): LastCheck => ({ at: T, trigger: 'interval', result, durationMs: 30, requests: 2 });
const fam = (family: 4 | 6, result: CheckResult | null, enabled = true): FamilyStatus => ({
  family,
  enabled,
  ip: null,
  since: null,
  lastCheck: result === null ? null : check(result),
  cgnat: null,
});

const failed = (sourceId: string): Attempt => ({
  sourceId,
  provider: sourceId,
  kind: 'http',
  ok: false,
  error: 'parse: no address',
  latencyMs: 5,
});
const answered = (sourceId: string): Attempt => ({
  sourceId,
  provider: sourceId,
  kind: 'http',
  ok: true,
  ip: '81.2.69.142',
  latencyMs: 5,
});

describe('sourcesNotes: said once, above the table', () => {
  it.each<[string, FamilyStatus, FamilyStatus, (4 | 6)[], RegExp[]]>([
    ['all well', fam(4, 'unchanged'), fam(6, 'unchanged'), [4, 6], []],
    ['no check yet', fam(4, null), fam(6, null), [4, 6], []],
    // An outage is said by its group's line (source-groups.ts), not by a note.
    ['an outage of both', fam(4, 'unavailable'), fam(6, 'unavailable'), [4, 6], []],
    ['an outage of IPv6 only', fam(4, 'unchanged'), fam(6, 'unavailable'), [4, 6], []],
    [
      'IPv4 uncertain',
      fam(4, 'uncertain'),
      fam(6, 'unchanged'),
      [4, 6],
      [/^IPv4 is uncertain: .*which answered the same/],
    ],
    [
      'both uncertain: a note each',
      fam(4, 'uncertain'),
      fam(6, 'uncertain'),
      [4, 6],
      [/^IPv4 is uncertain/, /^IPv6 is uncertain/],
    ],
    [
      'uncertain with no address among the replies (a portal)',
      { ...fam(4, 'uncertain'), lastCheck: { ...check('uncertain'), attempts: [failed('a'), failed('b')] } },
      fam(6, 'uncertain'),
      [4, 6],
      [
        /^No IPv4 source gave an address in the last check \(2 asked\): each row says what its source answered\.$/,
        /^IPv6 is uncertain/,
      ],
    ],
    [
      'uncertain, one address among the replies: a disagreement',
      { ...fam(4, 'uncertain'), lastCheck: { ...check('uncertain'), attempts: [failed('a'), answered('b')] } },
      fam(6, 'unchanged'),
      [4, 6],
      [/^IPv4 is uncertain/],
    ],
    ['a family switched off says nothing', fam(4, 'unchanged'), fam(6, 'unavailable', false), [4, 6], []],
    ['a family without sources in the table says nothing', fam(4, 'unchanged'), fam(6, 'unavailable'), [4], []],
  ])('%s', (_name, v4, v6, have, want) => {
    const notes = sourcesNotes(
      { v4, v6 },
      have.map((family) => ({ family, provider: `p${family}` })),
      2,
      english,
    );
    expect(notes).toHaveLength(want.length);
    want.forEach((re, i) => expect(notes[i]).toMatch(re));
  });
});

describe('sourcesNotes: how many must agree, and how many did', () => {
  const said = (sourceId: string, provider: string, ip: string): Attempt => ({ ...answered(sourceId), provider, ip });
  const A = '81.2.69.142';
  const B = '81.2.69.160';
  const v4 = (...attempts: Attempt[]): FamilyStatus => ({
    ...fam(4, 'uncertain'),
    lastCheck: { ...check('uncertain'), attempts },
  });
  const own = (...providers: string[]) => providers.map((provider) => ({ family: 4 as const, provider }));
  it.each<[string, FamilyStatus, ReturnType<typeof own>, number | null, string]>([
    [
      'three providers, quorum three, two alike',
      v4(said('a', 'a', A), said('b', 'b', A), said('c', 'c', B)),
      own('a', 'b', 'c'),
      3,
      'IPv4 is uncertain: 3 of its 3 sources must give the same address; in the last check at most 2 did.',
    ],
    [
      'quorum above the providers: the engine asks for what they can reach',
      v4(said('a', 'a', A), said('b', 'b', B)),
      own('a', 'b'),
      5,
      'IPv4 is uncertain: 2 of its 2 sources must give the same address; in the last check no two did.',
    ],
    [
      'two sources of one provider count once',
      v4(said('a1', 'a', A), said('a2', 'a', A), said('b', 'b', B)),
      own('a', 'a', 'b', 'c'),
      2,
      'IPv4 is uncertain: 2 of its 3 providers (sources of one provider count once) must give the same ' +
        'address; in the last check no two did.',
    ],
    [
      'quorum not read yet: no figures, and no disagreement claimed',
      v4(said('a', 'a', A), said('b', 'b', A)),
      own('a', 'b'),
      null,
      'IPv4 is uncertain: no address was confirmed in the last check.',
    ],
    [
      'no requests kept: never "0 asked", nor "did not agree"',
      v4(),
      own('a', 'b'),
      2,
      'IPv4 is uncertain: no address was confirmed in the last check.',
    ],
    [
      "quorum not read yet, the engine's cause known: its words",
      { ...v4(said('a', 'a', A), said('b', 'b', B)), lastCheck: { ...v4().lastCheck!, cause: 'differ' } },
      own('a', 'b'),
      null,
      'IPv4 is uncertain: sources answered with different addresses.',
    ],
    [
      "no requests kept, the engine's cause known: its words",
      { ...v4(), lastCheck: { ...v4().lastCheck!, cause: 'too-few' } },
      own('a', 'b'),
      2,
      'IPv4 is uncertain: too few sources answered with the same address.',
    ],
  ])('%s', (_name, v4status, sources, quorum, want) => {
    const notes = sourcesNotes({ v4: v4status, v6: fam(6, 'unchanged') }, sources, quorum, english);
    expect(notes).toEqual([`${want} Each row shows what its source answered, and which answered the same.`]);
  });

  it.each(['de', 'id'] as const)('%s: without figures, no word of a disagreement', (lang) => {
    const notes = sourcesNotes({ v4: v4(), v6: fam(6, 'unchanged') }, own('a', 'b'), null, translator(lang));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^IPv4 /);
    expect(notes[0]).not.toMatch(/nicht einig|tidak sepakat/);
    expect(notes[0]).toMatch(/keine Adresse bestätigt|tidak ada alamat yang dipastikan/);
  });

  it.each<[string, Parameters<typeof quorumOf>[0], number | null]>([
    ['not read', undefined, null],
    ['stored', { settings: { monitor: { quorum: 3 } } }, 3],
    [
      'an IPWATCH_* variable wins',
      { settings: { monitor: { quorum: 3 } }, inForce: [{ path: 'monitor.quorum', from: 'IPWATCH_QUORUM', value: 1 }] },
      1,
    ],
    ['not a number', { settings: { monitor: { quorum: 'three' } } }, null],
  ])('the quorum in force: %s', (_name, view, want) => expect(quorumOf(view)).toBe(want));
});

describe("answerLine: a row's short line", () => {
  const answered = (ip: string, sameAs: string[]): SourceAnswer => ({ said: 'answered', ip, sameAs, latencyMs: 9 });
  it.each<[string, CheckResult | null, SourceAnswer, string | null]>([
    // The note above the table says why, once; the row's badge says "not answering".
    ['outage, asked', 'unavailable', { said: 'failed', error: 'timeout', latencyMs: 9 }, null],
    ['outage, not asked', 'unavailable', { said: 'not asked' }, null],
    [
      'uncertain, with two others',
      'uncertain',
      answered('81.2.69.142', ['b', 'c']),
      'Answered 81.2.69.142, the same as b and c',
    ],
    ['uncertain, with one other', 'uncertain', answered('81.2.69.142', ['b']), 'Answered 81.2.69.142, the same as b'],
    ['uncertain, alone', 'uncertain', answered('81.2.69.160', []), 'Answered 81.2.69.160, alone'],
    ['uncertain, failed', 'uncertain', { said: 'failed', error: 'HTTP 500', latencyMs: 9 }, 'Gave no address'],
    ['uncertain, not asked', 'uncertain', { said: 'not asked' }, 'Not asked in the last check'],
    ['agreed: nothing to add', 'unchanged', answered('81.2.69.142', []), null],
    ['no check yet', null, { said: 'not asked' }, null],
  ])('%s', (_name, result, answer, want) =>
    expect(answerLine(result === null ? null : check(result), answer, english)).toBe(want),
  );
});
