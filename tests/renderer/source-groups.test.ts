/**
 * The Sources card's grouping by cause (renderer/src/pages/source-groups.ts): one group when every
 * source shares its cause (the card then says one line), groups in the order trouble first, and a
 * summary whose counts are the rows' own badge words. Table-driven.
 */
import { describe, expect, it } from 'vitest';

import {
  failureKind,
  glanceLine,
  groupHeading,
  groupSources,
  summaryLine,
} from '../../renderer/src/pages/source-groups';
import { english, translator } from '../../shared/i18n/translators';
import { sourceState } from '../../shared/source-state';
import type { Attempt, CheckResult, FamilyStatus, SourceHealth } from '../../shared/types';

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
const fam = (family: 4 | 6, result: CheckResult | null, attempts: Attempt[] = []): FamilyStatus => ({
  family,
  enabled: true,
  ip: null,
  since: null,
  lastCheck: result === null ? null : { at: T, trigger: 'interval', result, durationMs: 9, requests: 1, attempts },
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
    expect(got.length === 1 ? glanceLine(got[0]!, english) : summaryLine(sources, families, english)).toBe(line);
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

  it('the network-down line in German and Indonesian', () => {
    const c = CASES[0]!;
    const [g] = groupSources(c.sources, c.families, english);
    expect(glanceLine(g!, translator('de'))).toBe('Keine Quelle hat geantwortet: Das Netz ist nicht erreichbar.');
    expect(glanceLine(g!, translator('id'))).toBe('Tidak ada sumber yang menjawab: jaringan sedang putus.');
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
