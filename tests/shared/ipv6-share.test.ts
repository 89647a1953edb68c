/** The share of time IPv6 worked (shared/ipv6-share.ts): its truth table. */
import { describe, expect, it } from 'vitest';

import { ipv6SharePercent } from '../../shared/ipv6-share';

const H = 3_600_000;

describe('ipv6SharePercent', () => {
  it.each([
    ['nothing monitored', [], 0, null],
    ['no IPv6 run', [], 10 * H, 0],
    ['one run over half the monitored time', [{ firstSeen: 0, lastSeen: 5 * H }], 10 * H, 50],
    [
      'overlapping runs count once',
      [
        { firstSeen: 0, lastSeen: 4 * H },
        { firstSeen: 2 * H, lastSeen: 6 * H },
      ],
      10 * H,
      60,
    ],
    [
      'runs outside the period are cut at its ends',
      [
        { firstSeen: -5 * H, lastSeen: 1 * H },
        { firstSeen: 9 * H, lastSeen: 20 * H },
      ],
      10 * H,
      20,
    ],
    ['never more than all', [{ firstSeen: 0, lastSeen: 10 * H }], 5 * H, 100],
    ['rounded down to 0.1', [{ firstSeen: 0, lastSeen: 1 * H }], 3 * H, 33.3],
  ])('%s', (_, runs, monitoredMs, share) => {
    expect(ipv6SharePercent(runs, 0, 10 * H, monitoredMs)).toBe(share);
  });
});
