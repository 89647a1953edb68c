import { describe, expect, it } from 'vitest';

import type { HistoryEntry } from '../../renderer/src/api/types';
import { heldPerAddress, timelineRows } from '../../renderer/src/charts/timeline';

const H = 3_600_000;

const run = (id: number, ip: string, firstSeen: number, lastSeen: number, family: 4 | 6 = 4): HistoryEntry => ({
  id,
  family,
  ip,
  prefix: family === 6 ? `${ip.split('::')[0]}::/64` : null,
  firstSeen,
  lastSeen,
  checks: 1,
  sources: [],
  change: null,
});

describe('timelineRows', () => {
  it('places each run on the period, clipped at its edges, oldest first, per family', () => {
    const rows = timelineRows(
      [
        run(3, '203.0.113.3', 8 * H, 12 * H),
        run(1, '203.0.113.1', -4 * H, 2 * H),
        run(2, '2001:db8:1:2::5', 2 * H, 6 * H, 6),
        run(4, '203.0.113.9', -9 * H, -5 * H),
      ],
      0,
      10 * H,
    );
    expect(rows[4].map((s) => [s.ip, s.left, s.width])).toEqual([
      ['203.0.113.1', 0, 0.2],
      ['203.0.113.3', 0.8, 0.2],
    ]);
    // The segment keeps the run's own times for its readout.
    expect(rows[4][0]).toMatchObject({ firstSeen: -4 * H, lastSeen: 2 * H, key: '203.0.113.1' });
    expect(rows[6]).toEqual([expect.objectContaining({ key: '2001:db8:1:2::/64', left: 0.2, width: 0.4 })]);
  });
});

describe('heldPerAddress', () => {
  const runs = [
    run(1, '203.0.113.1', 0, 2 * H),
    run(2, '203.0.113.2', 2 * H, 3 * H),
    run(3, '203.0.113.1', 3 * H, 9 * H),
    run(4, '2001:db8:1:2::5', 0, 4 * H, 6),
    run(5, '2001:db8:1:2::6', 5 * H, 6 * H, 6),
  ];

  it('adds up the runs of each address inside the period, longest first', () => {
    expect(heldPerAddress(runs, H, 8 * H)).toEqual([
      { key: '203.0.113.1', family: 4, ip: '203.0.113.1', heldMs: 6 * H, runs: 2 },
      { key: '2001:db8:1:2::/64', family: 6, ip: '2001:db8:1:2::6', heldMs: 4 * H, runs: 2 },
      { key: '203.0.113.2', family: 4, ip: '203.0.113.2', heldMs: H, runs: 1 },
    ]);
  });

  it('keeps at most `limit`, and leaves out runs outside the period', () => {
    expect(heldPerAddress(runs, 10 * H, 11 * H)).toEqual([]);
    expect(heldPerAddress(runs, 0, 9 * H, 1).map((h) => h.key)).toEqual(['203.0.113.1']);
  });
});
