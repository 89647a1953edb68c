/**
 * Two runners claiming one site (fleet/claims.ts): its truth table, pure (the mutation room
 * "fleet" runs it; claims.test.ts holds two real runners on mosquitto).
 */
import { describe, expect, it } from 'vitest';

import { claimStep, twoRunnersAt } from '../../../../electron/engine/fleet/claims';
import { FLEET_CLAIM_WINDOW_MS } from '../../../../shared/contract/fleet';

const W = FLEET_CLAIM_WINDOW_MS;

describe('claimStep', () => {
  const held = (current: string, previous: string | null, switchedAt: number | null) => ({
    current,
    previous,
    switchedAt,
  });
  it.each([
    // [what, held, instance heard, at, after, two runners]
    ['a first state', null, 'A', 10, held('A', null, null), false],
    ['an older site (no instance)', held('A', null, null), null, 10, held('A', null, null), false],
    ['the same run', held('A', 'B', 5), 'A', 10, held('A', 'B', 5), false],
    ['a restart', held('A', null, null), 'B', 10, held('B', 'A', 10), false],
    ['the previous run back, within the window', held('A', 'B', 10), 'B', 10 + W, held('B', 'A', 10 + W), true],
    ['the previous run back, past the window', held('A', 'B', 10), 'B', 11 + W, held('B', 'A', 11 + W), false],
    ['a third run', held('A', 'B', 10), 'C', 20, held('C', 'A', 20), false],
  ] as const)('%s', (_what, before, instance, at, after, alternated) => {
    expect(claimStep(before, instance, at)).toEqual({ claims: after, alternated });
  });

  it.each([
    [null, true, 50, 50],
    [null, false, 50, null],
    [10, false, 10 + W, 10],
    [10, false, 11 + W, null],
  ])('twoRunnersAt(%s, %s, %s) is %s', (was, alternated, at, after) => {
    expect(twoRunnersAt(was, alternated, at)).toBe(after);
  });
});
