import { describe, expect, it } from 'vitest';

import { type SourceState, sourceState } from '../../shared/source-state';
import type { SourceHealth } from '../../shared/types';

const NOW = 1_790_000_000_000;

const source = (over: Partial<SourceHealth> = {}): SourceHealth => ({
  id: 's',
  provider: 's',
  kind: 'http',
  family: 4,
  state: 'closed',
  successes: 10,
  failures: 0,
  consecutiveFailures: 0,
  successRate: 1,
  latencyMs: 40,
  lastSuccessAt: NOW - 1000,
  ...over,
});

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
    expect(sourceState(source(over))).toEqual(want);
  });
});
