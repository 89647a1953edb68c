/** The order of a speed test's requests, and when a direction is done (plan.ts). */
import { describe, expect, it } from 'vitest';

import { CLOUDFLARE_SEQUENCE, SpeedPlan, type Request } from '../../../../electron/engine/speed/plan';

/** Walks a plan to its end, every transfer lasting `ms(request)`. */
function walk(plan: SpeedPlan, ms: (r: Request) => number): string[] {
  const out: string[] = [];
  for (let r = plan.next(); r; r = plan.next()) {
    out.push(r.kind === 'latency' ? 'latency' : `${r.kind} ${r.bytes}`);
    if (r.kind !== 'latency') plan.done(ms(r));
  }
  return out;
}

const count = (list: string[], item: string) => list.filter((x) => x === item).length;

describe('SpeedPlan', () => {
  it("follows Cloudflare's sequence to its end on a line where every transfer is quick", () => {
    const plan = new SpeedPlan(Infinity);
    const sent = walk(plan, () => 50);
    const expected = CLOUDFLARE_SEQUENCE.reduce((n, s) => n + s.count, 0);
    expect(sent).toHaveLength(expected);
    expect(count(sent, 'latency')).toBe(21);
    expect(count(sent, 'down 250000000')).toBe(2);
    expect(plan.cutByBytes).toBe(false);
  });

  it('ends a direction once every transfer of a step lasted over a second, and not after the first (bypass) step', () => {
    // Downloads of 1e6 bytes and more take 1.5 s; uploads always 50 ms. The lone first 1e5 download takes 2 s.
    let first = true;
    const sent = walk(new SpeedPlan(Infinity), (r) => {
      const lone = first && r.kind === 'down';
      if (r.kind === 'down') first = false;
      return lone ? 2000 : r.kind === 'down' && r.bytes >= 1e6 ? 1500 : 50;
    });
    expect(count(sent, 'down 100000')).toBe(10);
    expect(count(sent, 'down 1000000')).toBe(8);
    expect(count(sent, 'down 10000000')).toBe(0);
    expect(count(sent, 'up 50000000')).toBe(3);
  });

  it('does not end a direction when one transfer of the step was quick', () => {
    let i = 0;
    const sent = walk(new SpeedPlan(Infinity), (r) => (r.kind === 'down' && r.bytes === 1e6 && i++ !== 3 ? 1500 : 50));
    expect(count(sent, 'down 10000000')).toBe(6);
  });

  it('stops a direction before a transfer that would pass the data budget, and says so', () => {
    const plan = new SpeedPlan(20e6);
    const sent = walk(plan, () => 50);
    expect(plan.bytesPlanned).toBeLessThanOrEqual(20e6);
    // 1e5 x10 + 1e6 x8 down, 1e5 x8 + 1e6 x6 up = 15.8 MB; a 1e7 step passes 20 MB.
    expect(plan.bytesPlanned).toBe(15.8e6);
    expect(count(sent, 'down 10000000')).toBe(0);
    expect(count(sent, 'up 10000000')).toBe(0);
    expect(plan.cutByBytes).toBe(true);
  });
});
