import { describe, expect, it } from 'vitest';

import { english } from '../../../shared/i18n/translators';
import type { Attempt, LastCheck } from '../../../shared/types';
import {
  uncertainCause,
  type UncertainKind,
  uncertainKind,
  uncertainNote,
  uncertainShort,
} from '../../../shared/words/health-uncertain';

const ok = (sourceId: string, ip: string): Attempt => ({
  sourceId,
  provider: sourceId,
  kind: 'http',
  ok: true,
  ip,
  latencyMs: 9,
});
const bad = (sourceId: string, error: string): Attempt => ({
  sourceId,
  provider: sourceId,
  kind: 'dns',
  ok: false,
  error,
  latencyMs: 9,
});
const check = (attempts?: Attempt[]): LastCheck => ({
  at: 1,
  trigger: 'interval',
  result: 'uncertain',
  durationMs: 40,
  requests: attempts?.length ?? 2,
  ...(attempts ? { attempts } : {}),
});
const A = '81.2.69.142';
const B = '81.2.69.160';

describe('an uncertain check in words, from what its answers showed', () => {
  it.each<[string, LastCheck | null, UncertainKind, string, string, boolean]>([
    // name, check, kind, cause, short clause, the card names a portal or DNS
    [
      'no check',
      null,
      'unknown',
      'sources disagree',
      'IPv4 sources replied in the last check, but not enough agreed on an address',
      true,
    ],
    [
      'answers not kept',
      check(),
      'unknown',
      'sources disagree',
      'IPv4 sources replied in the last check, but not enough agreed on an address',
      true,
    ],
    [
      'no reply with an address',
      check([bad('a', 'NXDOMAIN'), bad('b', 'not an address')]),
      'no-address',
      'replies without an address',
      'IPv4 sources replied in the last check, but none with an address',
      true,
    ],
    [
      'different addresses',
      check([ok('a', A), ok('b', B)]),
      'differ',
      'sources disagree',
      'IPv4 sources answered different addresses in the last check',
      false,
    ],
    [
      'one address, too few',
      check([ok('a', A), bad('b', 'timed out')]),
      'too-few',
      'too few answers alike',
      'Too few IPv4 sources answered alike in the last check',
      false,
    ],
    [
      'an ok answer without an address counts as none',
      check([{ ...ok('a', A), ip: undefined }, bad('b', 'x')]),
      'no-address',
      'replies without an address',
      'IPv4 sources replied in the last check, but none with an address',
      true,
    ],
  ])('%s', (_name, c, kind, cause, short, portal) => {
    expect(uncertainKind(c)).toBe(kind);
    expect(uncertainCause(c, english)).toBe(cause);
    expect(uncertainShort(c, 'IPv4', english)).toBe(short);
    if (c === null) return;
    const note = uncertainNote(c, 'IPv4', english);
    expect(note.startsWith('Uncertain: ')).toBe(true);
    expect(/portal|DNS/.test(note)).toBe(portal);
    // Where to look: what each met when nothing can be compared, else what each answered and which agreed.
    expect(note).toMatch(
      kind === 'no-address' ? /see what each source answered under Sources/ : /which agreed, under Sources/,
    );
  });

  it('names each address and how many sources gave it, in the order first seen', () => {
    expect(uncertainNote(check([ok('a', B), ok('b', A), ok('c', A)]), 'IPv6', english)).toContain(
      `different IPv6 addresses (${B} from 1 source, ${A} from 2 sources)`,
    );
  });
});
