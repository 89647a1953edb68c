/**
 * The Sources card's grouping by cause (renderer/src/pages/source-groups.ts): one group when every
 * source shares its cause (the card then says one line), groups in the order trouble first, and a
 * summary whose counts are the rows' own badge words; the one line says the engine's cause in the
 * banner's words when the families' last checks carry one. Table-driven.
 */
import { describe, expect, it } from 'vitest';

import {
  failureKind,
  glanceLine,
  groupHeading,
  groupSources,
  summaryLine,
} from '../../renderer/src/pages/source-groups';
import type { CheckCause } from '../../shared/check-cause';
import { healthOf } from '../../shared/health';
import { english, translator } from '../../shared/i18n/translators';
import { sourceState } from '../../shared/source-state';
import type { Attempt, CheckResult, FamilyStatus, SourceHealth } from '../../shared/types';
import { causeWords } from '../../shared/words/check-cause';

const T = 1_790_000_000_000;
const REFUSED = 'network: connect ECONNREFUSED 127.0.0.1:9';
const NXDOMAIN = 'parse: DNS NXDOMAIN for myip.example';

const src = (id: string, family: 4 | 6 = 4, over: Partial<SourceHealth> = {}): SourceHealth => ({
  id,
  provider: id,
  kind: 'http',
  family,
  state: 'closed',
  successes: 10,
  failures: 0,
  consecutiveFailures: 0,
  successRate: 1,
  latencyMs: 20,
  lastSuccessAt: T - 60_000,
  ...over,
});
const failing = (id: string, error: string, over: Partial<SourceHealth> = {}) =>
  src(id, 4, { consecutiveFailures: 2, failures: 2, lastError: error, lastErrorAt: T - 1000, ...over });
const attempt = (sourceId: string, ok: boolean): Attempt => ({
  sourceId,
  provider: sourceId,
  kind: 'http',
  ok,
  ...(ok ? { ip: '81.2.69.142' } : { error: REFUSED }),
  latencyMs: 5,
});
const fam = (
  family: 4 | 6,
  result: CheckResult | null,
  attempts: Attempt[] = [],
  cause?: CheckCause,
): FamilyStatus => ({
  family,
  enabled: true,
  ip: null,
  since: null,
  lastCheck:
    result === null
      ? null
      : { at: T, trigger: 'interval', result, durationMs: 9, requests: 1, attempts, ...(cause ? { cause } : {}) },
  cgnat: null,
});
const fine = { v4: fam(4, 'unchanged'), v6: fam(6, 'unchanged') };

interface Case {
  name: string;
  sources: SourceHealth[];
  families: Record<'v4' | 'v6', FamilyStatus>;
  /** Each group as `key: ids`, in order. */
  groups: string[];
  /** The one line when there is one group, else the summary above the table. */
  line: string;
  headings?: string[];
}

const CASES: Case[] = [
  {
    name: "the network down, the engine's cause in both families: the banner's words, one sentence",
    sources: [src('a'), src('b'), src('c', 6)],
    families: {
      v4: fam(4, 'unavailable', [attempt('a', false)], 'network'),
      v6: fam(6, 'unavailable', [attempt('c', false)], 'network'),
    },
    groups: ['offline: a b c'],
    line: 'No source could be reached: the network is down or has no way out.',
  },
  {
    name: "the families' causes differ: one clause per family, in the banner's words",
    sources: [src('a'), src('c', 6)],
    families: {
      v4: fam(4, 'unavailable', [attempt('a', false)], 'no-address'),
      v6: fam(6, 'unavailable', [attempt('c', false)], 'network'),
    },
    groups: ['offline: a c'],
    line:
      'IPv4: sources replied, but none with an address: a sign-in page or a filter may be in the way. ' +
      'IPv6: no source could be reached: the network is down or has no way out.',
  },
  {
    name: "only IPv4's sources shown: its cause alone, whatever IPv6's",
    sources: [src('a'), src('b')],
    families: { v4: fam(4, 'unavailable', [attempt('a', false)], 'no-ipv4'), v6: fam(6, 'unchanged') },
    groups: ['offline: a b'],
    line: 'IPv6 works, but no IPv4 source could be reached: this network may have no IPv4.',
  },
  {
    name: "one family's check without a cause (an engine before causes): the card's own words",
    sources: [src('a'), src('c', 6)],
    families: { v4: fam(4, 'unavailable', [], 'network'), v6: fam(6, 'unavailable') },
    groups: ['offline: a c'],
    line: 'No source answered: the network is down.',
  },
  {
    name: "an uncertain check whose sources disagreed: the engine's cause, not 'too few'",
    sources: [src('a'), src('b', 4, { state: 'closed' })],
    families: {
      v4: fam(4, 'uncertain', [attempt('a', true), { ...attempt('b', true), ip: '81.2.69.160' }], 'differ'),
      v6: fam(6, 'unchanged'),
    },
    groups: ['no-agreement: a b'],
    line: 'Sources answered with different addresses.',
  },
  {
    name: 'sources not asked yet: never a cause for them',
    sources: [src('n', 4, { successes: 0, successRate: null, latencyMs: null, lastSuccessAt: undefined })],
    families: { v4: fam(4, 'uncertain', [], 'no-source'), v6: fam(6, 'unchanged') },
    groups: ['not-asked: n'],
    line: 'The one source was not asked yet.',
  },
  {
    name: 'the network down: every source of both families in one group, one line',
    sources: [src('a'), src('b'), src('c', 6), src('d', 6, { successes: 0, successRate: 0, lastSuccessAt: undefined })],
    families: { v4: fam(4, 'unavailable', [attempt('a', false)]), v6: fam(6, 'unavailable') },
    groups: ['offline: a b c d'],
    line: 'No source answered: the network is down.',
  },
  {
    name: 'all answering (slow counts as answering)',
    sources: [src('a'), src('b', 6), src('c', 4, { latencyMs: 1500 })],
    families: fine,
    groups: ['answering: a b c'],
    line: 'All 3 sources answer.',
  },
  {
    name: 'one source, answering',
    sources: [src('a')],
    families: fine,
    groups: ['answering: a'],
    line: 'The one source answers.',
  },
  {
    name: 'IPv4 down, IPv6 answering: two groups, trouble first, the summary counts the badges',
    sources: [src('b', 6), src('a'), src('c')],
    families: { v4: fam(4, 'unavailable'), v6: fam(6, 'unchanged') },
    groups: ['offline: a c', 'answering: b'],
    line: '3 sources: 2 not answering, 1 answering.',
    headings: ['No IPv4 source answered in the last check: the trouble is the network, not the sources', 'Answering'],
  },
  {
    name: 'failing sources grouped by the kind of their error',
    sources: [failing('a', REFUSED), failing('n', NXDOMAIN), src('ok'), failing('b', REFUSED, { state: 'open' })],
    families: fine,
    groups: [
      'failing:web.connections.error.connectionRefused: a b',
      'failing:web.connections.error.nameNotFound: n',
      'answering: ok',
    ],
    line: '4 sources: 2 failing, 1 resting after failures, 1 answering.',
    headings: ['Failing: the host refused the connection', 'Failing: the name does not exist', 'Answering'],
  },
  {
    name: 'all failing alike: one line with the kind',
    sources: [failing('a', REFUSED), failing('b', REFUSED)],
    families: fine,
    groups: ['failing:web.connections.error.connectionRefused: a b'],
    line: 'All 2 sources fail: the host refused the connection.',
  },
  {
    name: 'an uncertain check: who answered an address, who failed, who was never asked',
    sources: [
      src('a'),
      failing('e', REFUSED),
      src('new', 4, { successes: 0, successRate: null, latencyMs: null, lastSuccessAt: undefined }),
    ],
    families: { v4: fam(4, 'uncertain', [attempt('a', true), attempt('e', false)]), v6: fam(6, 'unchanged') },
    groups: ['failing:web.connections.error.connectionRefused: e', 'no-agreement: a', 'not-asked: new'],
    line: '3 sources: 1 failing, 1 no agreement, 1 not asked yet.',
    headings: [
      'Failing: the host refused the connection',
      'Answered, but too few gave the same address',
      'Not asked yet',
    ],
  },
];

describe('groupSources: the Sources card at a glance', () => {
  it.each(CASES)('$name', ({ sources, families, groups, line, headings }) => {
    const got = groupSources(sources, families, english);
    expect(got.map((g) => `${g.key}: ${g.sources.map((s) => s.id).join(' ')}`)).toEqual(groups);
    // Every source in exactly one group.
    expect(got.flatMap((g) => g.sources.map((s) => s.id)).sort()).toEqual(sources.map((s) => s.id).sort());
    expect(got.length === 1 ? glanceLine(got[0]!, families, english) : summaryLine(sources, families, english)).toBe(
      line,
    );
    if (headings) expect(got.map((g) => groupHeading(g, english))).toEqual(headings);
  });

  it('the summary never contradicts a row: each count is of the rows showing that badge word', () => {
    for (const { sources, families } of CASES) {
      const summary = summaryLine(sources, families, english);
      const badges = sources.map((s) => sourceState(s, families[`v${s.family}`].lastCheck, english).word);
      const said = [...summary.matchAll(/(\d+) ([a-z ]+?)(?=,|\.$)/g)].map((m) => [m[2], Number(m[1])]);
      expect(Object.fromEntries(said)).toEqual(
        Object.fromEntries([...new Set(badges)].map((w) => [w, badges.filter((b) => b === w).length])),
      );
    }
  });

  it.each(['en', 'de', 'id'] as const)(
    "%s: offline, the card's line is the banner's cause, the one the verdict says",
    (lang) => {
      const words = translator(lang);
      for (const cause of ['network', 'no-address'] as const) {
        const families = {
          v4: fam(4, 'unavailable', [attempt('a', false)], cause),
          v6: fam(6, 'unavailable', [attempt('c', false)], cause),
        };
        const sources = [src('a'), src('c', 6)];
        const [g, ...rest] = groupSources(sources, families, words);
        expect(rest).toEqual([]);
        const line = glanceLine(g!, families, words);
        const verdict = healthOf(
          { running: true, pausedSince: null, online: false, families, sources, lastError: null },
          words,
        );
        // The verdict's reason is the cause's words; the card says them as a sentence of its own.
        expect(verdict.reason).toBe(causeWords(cause, words));
        expect(line.toLowerCase()).toBe(`${verdict.reason}.`.toLowerCase());
        expect(verdict.detail).toContain(verdict.reason);
      }
    },
  );

  it('without causes, the network-down line in German and Indonesian', () => {
    const c = CASES.find((x) => x.name.startsWith('the network down: every'))!;
    const [g] = groupSources(c.sources, c.families, english);
    expect(glanceLine(g!, c.families, translator('de'))).toBe(
      'Keine Quelle hat geantwortet: Das Netz ist nicht erreichbar.',
    );
    expect(glanceLine(g!, c.families, translator('id'))).toBe('Tidak ada sumber yang menjawab: jaringan sedang putus.');
  });
});

describe('failureKind: one kind per failure', () => {
  it.each<[string, string | null, { code: string; values: Record<string, string> } | undefined, string]>([
    ['refused', REFUSED, undefined, 'web.connections.error.connectionRefused'],
    ['a name not found', NXDOMAIN, undefined, 'web.connections.error.nameNotFound'],
    ['timed out', 'timeout: UND_ERR_CONNECT_TIMEOUT', undefined, 'web.connections.error.timeout'],
    ['an HTTP error', 'http-status: HTTP 503', undefined, 'web.connections.error.httpStatus'],
    [
      'a raw error with its code',
      REFUSED,
      { code: 'reason.source.failed', values: { said: REFUSED } },
      'web.connections.error.connectionRefused',
    ],
    [
      'an HTML page',
      'an HTML page, not an address',
      { code: 'reason.source.html', values: {} },
      'web.sourcesCard.kind.unusable',
    ],
    [
      'outvoted',
      'answered 81.2.69.1, the quorum said otherwise',
      { code: 'reason.source.outvoted', values: { address: '81.2.69.1' } },
      'web.sourcesCard.kind.outvoted',
    ],
    ['no reason', null, undefined, 'web.connections.error.unknown'],
  ])('%s', (_, raw, code, id) => {
    expect(failureKind(raw, code)).toBe(id);
  });
});
