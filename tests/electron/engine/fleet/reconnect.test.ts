/**
 * The fleet link's count of failures in a row (reconnect.ts's truth table): it starts again only
 * once a connection stayed up STABLE_MS, and the wait it gives is the etiquette's.
 */
import { expect, it } from 'vitest';

import {
  CLOSED_BEFORE_ACCEPT,
  failuresAfterClose,
  FIRST_RETRY_MS,
  LONGEST_RETRY_MS,
  reconnectWait,
  STABLE_MS,
} from '../../../../electron/engine/fleet/reconnect';

it.each([
  ['never accepted', 0, null, 1],
  ['never accepted, again', 3, null, 4],
  ['accepted and dropped at once', 3, 0, 4],
  ['up for just under STABLE_MS', 5, STABLE_MS - 1, 6],
  ['up for STABLE_MS', 5, STABLE_MS, 1],
  ['up for an hour', 9, 3_600_000, 1],
  ['a count below zero', -2, null, 1],
] as const)('%s: %d failures before, up for %s ms -> %d', (_what, before, upFor, after) => {
  expect(failuresAfterClose(before, upFor)).toBe(after);
});

it.each([
  [1, 0, FIRST_RETRY_MS],
  [1, 0.999, 1200],
  [2, 0.5, 2200],
  [6, 0, 32_000],
  [7, 0, LONGEST_RETRY_MS],
  [30, 0.999, LONGEST_RETRY_MS],
] as const)('after %d failures, random %d: waits %d ms', (failures, random, wait) => {
  expect(reconnectWait(failures, random)).toBe(wait);
});

it('a close before CONNACK says, in words, what to check', () => {
  expect(CLOSED_BEFORE_ACCEPT).toMatch(/^the broker closed the connection before accepting it: check the user name/);
  expect(CLOSED_BEFORE_ACCEPT).toMatch(/password and TLS settings$/);
});
