/**
 * The bounded map of what a stranger can make the server keep (per-source.ts, issue 73): which
 * addresses are one source (a table), the two bounds and expiry (tables on a driven monotonic
 * clock), and, as a property (fast-check, seeded by tests/helpers/properties.ts), that no source's
 * adds ever take another's only entry, or more than one of anyone's, and that an add is refused
 * only when the map is full of sources that hold no more than the adder would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { connectionSource } from '../../../../electron/engine/api/limits/connection-bounds';
import { createPerSourceMap, sourceOf } from '../../../../electron/engine/api/limits/per-source';
import { propertyRun } from '../../../helpers/properties';

describe('sourceOf', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::'],
    ['2001:db8:1:2::1', '2001:db8:1:2::'],
    ['2001:DB8:1:2::1', '2001:db8:1:2::'],
    ['2001:db8:1:3::1', '2001:db8:1:3::'],
    ['::1', '::'],
  ])('%s is budgeted as %s', (ip, source) => expect(sourceOf(ip)).toBe(source));
});

function mapAt(perSource: number, total: number, ttlMs = 1000) {
  let monotonic = 0;
  const map = createPerSourceMap<string>({ perSource, total, ttlMs, monotonic: () => monotonic });
  return { map, advance: (ms: number) => void (monotonic += ms) };
}

describe('connectionSource: a connection counts against the same source as its requests', () => {
  it.each([
    ['81.2.69.142', '81.2.69.142'],
    ['::ffff:81.2.69.142', '81.2.69.142'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::'],
    ['2001:db8:1:2::9', '2001:db8:1:2::'],
    ['2001:db8:1:3::9', '2001:db8:1:3::'],
    [undefined, 'unknown'],
    ['', 'unknown'],
  ])('%s counts as %s', (remote, source) => {
    expect(connectionSource(remote)).toBe(source);
    if (remote) expect(connectionSource(remote)).toBe(sourceOf(remote));
  });
});

describe('createPerSourceMap', () => {
  it('refuses bounds where one source could fill the map', () => {
    expect(() => mapAt(4, 4)).toThrow(RangeError);
    expect(() => mapAt(0, 4)).toThrow(RangeError);
  });

  it('takes an entry once', () => {
    const { map } = mapAt(2, 4);
    expect(map.add('a', 'k', 'v')).toBe(true);
    expect(map.take('k')).toBe('v');
    expect(map.take('k')).toBeNull();
    expect(map.take('never')).toBeNull();
  });

  it("drops a source's own oldest at its bound, never another's", () => {
    const { map } = mapAt(2, 8);
    map.add('b', 'b1', 'b1');
    for (const k of ['a1', 'a2', 'a3']) map.add('a', k, k);
    expect(map.heldBy('a')).toBe(2);
    expect(map.take('a1')).toBeNull();
    expect(map.take('a2')).toBe('a2');
    expect(map.take('b1')).toBe('b1');
  });

  it('frees a place from the largest holder when full, and refuses when that would leave it fewer', () => {
    const { map } = mapAt(3, 4);
    for (const k of ['a1', 'a2', 'a3']) map.add('a', k, k);
    map.add('b', 'b1', 'b1');
    // Full: a (3) gives its oldest to c (0 → 1).
    expect(map.add('c', 'c1', 'c1')).toBe(true);
    expect(map.take('a1')).toBeNull();
    expect(map.heldBy('a')).toBe(2);
    // Full again (a2, a3, b1, c1): d may take one of a's two (a keeps 1, d holds 1).
    expect(map.add('d', 'd1', 'd1')).toBe(true);
    // a, b, c, d hold one each: a fifth source is refused, nothing is dropped.
    expect(map.add('e', 'e1', 'e1')).toBe(false);
    expect(map.size()).toBe(4);
    // A holder of one may still renew its own: its oldest goes.
    expect(map.add('b', 'b2', 'b2')).toBe(true);
    expect(map.take('b1')).toBeNull();
    expect(map.take('b2')).toBe('b2');
  });

  it('forgets an entry at its expiry on the monotonic clock, and says when a place frees', () => {
    const { map, advance } = mapAt(2, 4, 1000);
    map.add('a', 'k1', 'v1');
    advance(400);
    map.add('b', 'k2', 'v2');
    expect(map.nextExpiryMs()).toBe(600);
    advance(599);
    expect(map.take('k1')).toBe('v1');
    advance(2);
    expect(map.heldBy('b')).toBe(1);
    advance(400);
    expect(map.take('k2')).toBeNull();
    expect(map.size()).toBe(0);
    expect(map.nextExpiryMs()).toBe(0);
  });
});

type Op = { kind: 'add'; source: number } | { kind: 'wait'; ms: number } | { kind: 'take'; nth: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('add' as const), source: fc.nat({ max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.nat({ max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('take' as const), nth: fc.nat({ max: 40 }) }) },
);

describe('createPerSourceMap, as a property', () => {
  it("never lets one source take another's only entry, and refuses only when the rule says so", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 10 }),
        fc.array(op, { maxLength: 120 }),
        (per, extra, ops) => {
          const total = per + extra;
          const { map, advance } = mapAt(per, total, 1000);
          const sources = [0, 1, 2, 3, 4, 5].map((n) => `s${n}`);
          const keys: string[] = [];
          for (const o of ops) {
            if (o.kind === 'wait') advance(o.ms);
            if (o.kind === 'take' && keys.length) map.take(keys[o.nth % keys.length]!);
            if (o.kind !== 'add') continue;
            const me = sources[o.source]!;
            const before = new Map(sources.map((s) => [s, map.heldBy(s)]));
            const full = map.size() >= total;
            const key = `k${keys.length}`;
            keys.push(key);
            const added = map.add(me, key, key);
            const mine = before.get(me)!;
            const mineAfter = Math.min(mine + 1, per);
            if (!added) {
              // Refused: only when full and nobody else would keep at least what I would hold.
              expect(full && mine === 0).toBe(true);
              for (const s of sources) if (s !== me) expect(before.get(s)! - 1).toBeLessThan(mineAfter);
              for (const s of sources) expect(map.heldBy(s)).toBe(before.get(s));
              continue;
            }
            // Kept: mine grow by one, or stay as they were when one of my own made room.
            expect(map.heldBy(me)).toBeGreaterThanOrEqual(Math.max(1, mine));
            expect(map.heldBy(me)).toBeLessThanOrEqual(mineAfter);
            expect(map.take(key)).toBe(key);
            expect(map.add(me, key, key)).toBe(true);
            for (const s of sources) {
              if (s === me) continue;
              const was = before.get(s)!;
              const now = map.heldBy(s);
              // Another's add takes at most one, and never someone's only one, nor leaves them below me.
              expect(now).toBeGreaterThanOrEqual(was - 1);
              if (was <= 1) expect(now).toBe(was);
              if (now < was) expect(now).toBeGreaterThanOrEqual(map.heldBy(me));
            }
            for (const s of sources) expect(map.heldBy(s)).toBeLessThanOrEqual(per);
            expect(map.size()).toBeLessThanOrEqual(total);
          }
        },
      ),
      propertyRun('per-source map: no source takes another’s only entry'),
    );
  });
});
