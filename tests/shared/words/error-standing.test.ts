import { describe, expect, it } from 'vitest';

import { type ErrorFacts, type ErrorStanding, errorStanding } from '../../../shared/words/error-standing';

const T = 1_790_000_000_000;
const SOCKET = 'other side closed (UND_ERR_SOCKET)';

describe('errorStanding', () => {
  it.each<[string, ErrorFacts, ErrorStanding]>([
    ['no error', { error: null, errorAt: null, okAt: T, failingNow: false }, 'none'],
    ['no error, even while failing', { error: undefined, errorAt: undefined, okAt: null, failingNow: true }, 'none'],
    ['failing now', { error: SOCKET, errorAt: T, okAt: T + 1000, failingNow: true }, 'current'],
    [
      'sent after the error: recovered',
      { error: SOCKET, errorAt: T, okAt: T + 60_000, failingNow: false },
      'recovered',
    ],
    [
      'sent before the error, not failing now',
      { error: SOCKET, errorAt: T, okAt: T - 60_000, failingNow: false },
      'past',
    ],
    ['never sent, not failing now', { error: SOCKET, errorAt: T, okAt: null, failingNow: false }, 'past'],
    ['error time unknown, sent since', { error: SOCKET, errorAt: null, okAt: T, failingNow: false }, 'recovered'],
    ['same instant: not known to be after', { error: SOCKET, errorAt: T, okAt: T, failingNow: false }, 'past'],
  ])('%s', (_name, facts, want) => expect(errorStanding(facts)).toBe(want));
});
