/**
 * The runner's check line says the engine's one cause (shared/check-cause.ts, issue 75): the
 * network down is said as such, never "no IPv6"; "no IPv6" only when the engine found IPv4 working.
 */
import { describe, expect, it } from 'vitest';

import { formatReadable } from '../../../electron/host/runner-lines';
import type { CheckCause } from '../../../shared/check-cause';

const AT = Date.UTC(2026, 10, 28, 12, 0, 0);
const check = (cause: CheckCause) =>
  formatReadable({
    type: 'check',
    at: AT,
    family: 6,
    trigger: 'start',
    result: 'unavailable',
    ip: null,
    requests: 2,
    durationMs: 4001,
    attempts: [],
    cause,
  });

describe("the runner's check line", () => {
  it.each<[CheckCause, string, RegExp | null]>([
    [
      'network',
      'unavailable: no source could be reached: the network is down or has no way out (start',
      /IPv6 works|no IPv6/,
    ],
    ['no-ipv6', 'unavailable: IPv4 works, but no IPv6 source could be reached: this network may have no IPv6', null],
    ['no-address', 'unavailable: sources replied, but none with an address', /did not agree/],
  ])('%s', (cause, says, never) => {
    const line = check(cause);
    expect(line).toContain(`check IPv6 ${says}`);
    if (never) expect(line).not.toMatch(never);
  });
});
