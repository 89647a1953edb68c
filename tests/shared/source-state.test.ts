import { describe, expect, it } from 'vitest';

import { english } from '../../shared/i18n/translators';
import { type SourceState, sourceState } from '../../shared/source-state';
import type { Attempt, LastCheck, SourceHealth } from '../../shared/types';
import { sourceHealth } from '../helpers/app-status';

const NOW = 1_790_000_000_000;

const source = (over: Partial<SourceHealth> = {}): SourceHealth =>
  sourceHealth('s', 4, { latencyMs: 40, lastSuccessAt: NOW - 1000, ...over });

const SOCKET = 'network: UND_ERR_SOCKET: other side closed';
const none = { reason: null, reasonAt: null, retryAt: null };

const cases: [string, Partial<SourceHealth>, SourceState][] = [
  ['answering', {}, { word: 'answering', tone: 'good', ...none }],
  [
    'answered again after an error: the error is cleared',
    { lastError: SOCKET, lastErrorAt: NOW - 60_000, failures: 1 },
    { word: 'answering', tone: 'good', ...none },
  ],
  ['answering slowly', { latencyMs: 1500 }, { word: 'slow', tone: 'warn', ...none, reason: 'Usual answer time 1.5 s' }],
  ['just under slow', { latencyMs: 999 }, { word: 'answering', tone: 'good', ...none }],
  [
    'its last ask failed while others answered, breaker still closed',
    { consecutiveFailures: 1, failures: 1, lastError: SOCKET, lastErrorAt: NOW - 5000 },
    { word: 'failing', tone: 'bad', reason: SOCKET, reasonAt: NOW - 5000, retryAt: null },
  ],
  [
    'breaker open: resting until its wait ends',
    { state: 'open', consecutiveFailures: 3, lastError: 'HTTP 503', lastErrorAt: NOW - 5000, openUntil: NOW + 60_000 },
    { word: 'resting after failures', tone: 'warn', reason: 'HTTP 503', reasonAt: NOW - 5000, retryAt: NOW + 60_000 },
  ],
  [
    'half-open: resting, tried again at the next check',
    { state: 'half-open', consecutiveFailures: 3, lastError: 'HTTP 503', lastErrorAt: NOW - 5000 },
    { word: 'resting after failures', tone: 'warn', reason: 'HTTP 503', reasonAt: NOW - 5000, retryAt: null },
  ],
  [
    'never asked',
    { successes: 0, successRate: null, latencyMs: null, lastSuccessAt: undefined },
    { word: 'not asked yet', tone: 'neutral', ...none },
  ],
];

describe('sourceState', () => {
  it.each(cases)('%s', (_name, over, want) => {
    expect(sourceState(source(over), undefined, english)).toEqual(want);
  });
});

const attempt = (over: Partial<Attempt>): Attempt => ({
  sourceId: 's',
  provider: 's',
  kind: 'http',
  ok: true,
  ip: '81.2.69.142',
  latencyMs: 30,
  ...over,
});
const check = (result: LastCheck['result'], attempts: Attempt[]): LastCheck => ({
  at: NOW - 2000,
  trigger: 'interval',
  result,
  durationMs: 40,
  requests: attempts.length,
  attempts,
});
const REFUSED = 'network: connect ECONNREFUSED 127.0.0.1:9';

describe("sourceState beside its family's last check", () => {
  const contextCases: [string, Partial<SourceHealth>, LastCheck | null, SourceState][] = [
    [
      'outage: a source answering until now, asked and refused, is not answering',
      {},
      check('unavailable', [attempt({ ok: false, ip: undefined, error: REFUSED })]),
      { word: 'not answering', tone: 'bad', reason: REFUSED, reasonAt: NOW - 2000, retryAt: null },
    ],
    [
      'outage: a source not asked in that check is not answering either',
      {},
      check('unavailable', [attempt({ sourceId: 'other', ok: false, ip: undefined, error: REFUSED })]),
      {
        word: 'not answering',
        tone: 'bad',
        reason: 'Not asked in the last check.',
        reasonAt: NOW - 2000,
        retryAt: null,
      },
    ],
    [
      'outage: a resting source too',
      { state: 'open', consecutiveFailures: 3, lastError: 'HTTP 503', lastErrorAt: NOW - 50_000 },
      check('unavailable', []),
      {
        word: 'not answering',
        tone: 'bad',
        reason: 'Not asked in the last check.',
        reasonAt: NOW - 2000,
        retryAt: null,
      },
    ],
    [
      'uncertain: a source that answered an address no quorum agreed on',
      {},
      check('uncertain', [attempt({}), attempt({ sourceId: 'b', ip: '81.2.69.160' })]),
      { word: 'no agreement', tone: 'warn', ...none },
    ],
    [
      'uncertain: a source that failed in it keeps its own word',
      { consecutiveFailures: 1, lastError: 'HTTP 500', lastErrorAt: NOW - 2000 },
      check('uncertain', [attempt({ ok: false, ip: undefined, error: 'HTTP 500' })]),
      { word: 'failing', tone: 'bad', reason: 'HTTP 500', reasonAt: NOW - 2000, retryAt: null },
    ],
    [
      'uncertain: a source not asked keeps its own word',
      {},
      check('uncertain', [attempt({ sourceId: 'b' })]),
      { word: 'answering', tone: 'good', ...none },
    ],
    [
      'an agreed check: the book decides',
      {},
      check('unchanged', [attempt({})]),
      { word: 'answering', tone: 'good', ...none },
    ],
    ['no check yet', {}, null, { word: 'answering', tone: 'good', ...none }],
  ];
  it.each(contextCases)('%s', (_name, over, last, want) => {
    expect(sourceState(source(over), last, english)).toEqual(want);
  });
});
