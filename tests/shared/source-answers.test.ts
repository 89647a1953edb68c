import { describe, expect, it } from 'vitest';

import { lastAnswerOf, lastAnswers, type SourceAnswer } from '../../shared/source-answers';
import type { Attempt, LastCheck } from '../../shared/types';

const attempt = (sourceId: string, over: Partial<Attempt> = {}): Attempt => ({
  sourceId,
  provider: sourceId,
  kind: 'http',
  ok: true,
  ip: '81.2.69.142',
  latencyMs: 20,
  ...over,
});
const check = (attempts: Attempt[] | undefined): LastCheck => ({
  at: 1_790_000_000_000,
  trigger: 'interval',
  result: 'uncertain',
  durationMs: 50,
  requests: attempts?.length ?? 0,
  ...(attempts ? { attempts } : {}),
});

describe('lastAnswers', () => {
  const disagreement = check([
    attempt('a'),
    attempt('b', { ip: '81.2.69.160' }),
    attempt('c'),
    attempt('d', { ok: false, ip: undefined, error: 'timeout: no answer before the timeout' }),
  ]);
  it.each<[string, LastCheck | null, string, SourceAnswer]>([
    [
      'answered, the same as another',
      disagreement,
      'a',
      { said: 'answered', ip: '81.2.69.142', sameAs: ['c'], latencyMs: 20 },
    ],
    ['answered alone', disagreement, 'b', { said: 'answered', ip: '81.2.69.160', sameAs: [], latencyMs: 20 }],
    ['failed', disagreement, 'd', { said: 'failed', error: 'timeout: no answer before the timeout', latencyMs: 20 }],
    ['not asked', disagreement, 'e', { said: 'not asked' }],
    ['no check yet', null, 'a', { said: 'not asked' }],
    ['a witness settled it (no attempts kept)', check(undefined), 'a', { said: 'not asked' }],
    [
      'failed without a reason',
      check([attempt('a', { ok: false, ip: undefined })]),
      'a',
      { said: 'failed', error: 'no reason given', latencyMs: 20 },
    ],
  ])('%s', (_name, last, id, want) => expect(lastAnswerOf(last, id)).toEqual(want));

  it('lists each asked source once', () => {
    expect([...lastAnswers(disagreement).keys()]).toEqual(['a', 'b', 'c', 'd']);
  });
});
