import { describe, expect, it } from 'vitest';

import type { HistoryEntry } from '../../renderer/src/api/types';
import {
  CHAR_PX,
  heldPerAddress,
  interfaceId,
  keysByFirstSeen,
  SPAN_PAD_PX,
  spanLabel,
  timelineRows,
} from '../../renderer/src/charts/timeline';

const H = 3_600_000;

const run = (id: number, ip: string, firstSeen: number, lastSeen: number, family: 4 | 6 = 4): HistoryEntry => ({
  id,
  family,
  ip,
  prefix: family === 6 ? `${ip.split(':').slice(0, 4).join(':')}::/64` : null,
  firstSeen,
  lastSeen,
  checks: 1,
  sources: [],
  identity: null,
  change: null,
});

describe('timelineRows', () => {
  it('places each run on the period, clipped at its edges, oldest first; IPv4 in one row, IPv6 a row per /64', () => {
    const rows = timelineRows(
      [
        run(3, '203.0.113.3', 8 * H, 12 * H),
        run(1, '203.0.113.1', -4 * H, 2 * H),
        run(5, '2001:db8:9:9::7', 6 * H, 7 * H, 6),
        run(2, '2001:db8:1:2::5', 2 * H, 6 * H, 6),
        run(6, '2001:db8:1:2:a:b:c:d', 7 * H, 9 * H, 6),
        run(4, '203.0.113.9', -9 * H, -5 * H),
      ],
      0,
      10 * H,
    );
    expect(rows.map((r) => [r.family, r.prefix, r.segments.map((s) => s.label)])).toEqual([
      [4, null, ['203.0.113.1', '203.0.113.3']],
      [6, '2001:db8:1:2::/64', ['::5', '::a:b:c:d']],
      [6, '2001:db8:9:9::/64', ['::7']],
    ]);
    expect(rows[0]!.segments.map((s) => [s.left, s.width])).toEqual([
      [0, 0.2],
      [0.8, 0.2],
    ]);
    // The segment keeps the run's own times and address for its readout.
    expect(rows[0]!.segments[0]).toMatchObject({ firstSeen: -4 * H, lastSeen: 2 * H, key: '203.0.113.1' });
    expect(rows[1]!.segments[0]).toMatchObject({ ip: '2001:db8:1:2::5', key: '2001:db8:1:2::/64', left: 0.2 });
  });

  it('has no row for a family without runs in the period', () => {
    expect(timelineRows([run(1, '203.0.113.1', 0, H)], 2 * H, 3 * H)).toEqual([]);
  });
});

describe('interfaceId', () => {
  it.each([
    ['2001:db8:1:2::5', '::5'],
    ['2001:db8:1:2:a:b:c:d', '::a:b:c:d'],
    ['2001:db8:1:2::', '::0'],
    ['2001:db8:1:2:1::', '::1:0:0:0'],
    ['203.0.113.1', '203.0.113.1'],
  ])('%s: %s', (ip, id) => {
    expect(interfaceId(ip)).toBe(id);
  });
});

describe('spanLabel', () => {
  const need = (label: string) => label.length * CHAR_PX + SPAN_PAD_PX;
  it.each([
    ['the whole label fits', '198.51.100.1', need('198.51.100.1'), '198.51.100.1'],
    ['a pixel short: no label, never "198.5"', '198.51.100.1', need('198.51.100.1') - 1, null],
    ['a narrow span, short label', '::5', 40, '::5'],
    ['a sliver', '::5', 3, null],
  ])('%s', (_name, label, px, shown) => {
    expect(spanLabel(label, px)).toBe(shown);
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
      { key: '203.0.113.1', family: 4, ip: '203.0.113.1', heldMs: 6 * H, runs: 2, firstSeen: 0 },
      { key: '2001:db8:1:2::/64', family: 6, ip: '2001:db8:1:2::6', heldMs: 4 * H, runs: 2, firstSeen: 0 },
      { key: '203.0.113.2', family: 4, ip: '203.0.113.2', heldMs: H, runs: 1, firstSeen: 2 * H },
    ]);
  });

  it('keeps at most `limit`, and leaves out runs outside the period', () => {
    expect(heldPerAddress(runs, 10 * H, 11 * H)).toEqual([]);
    expect(heldPerAddress(runs, 0, 9 * H, 1).map((h) => h.key)).toEqual(['203.0.113.1']);
  });
});

describe('keysByFirstSeen', () => {
  it('orders the addresses as they first showed, the order colours are given in', () => {
    const held = heldPerAddress(
      [run(1, '203.0.113.1', 2 * H, 9 * H), run(2, '203.0.113.2', 0, H), run(3, '2001:db8:1:2::5', 0, H, 6)],
      0,
      10 * H,
    );
    expect(keysByFirstSeen(held)).toEqual(['2001:db8:1:2::/64', '203.0.113.2', '203.0.113.1']);
  });
});
