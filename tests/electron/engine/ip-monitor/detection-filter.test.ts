/**
 * The detection filter in the engine (issue 76; shared/detection-filter.ts): every source of the
 * local world answers an address inside a range never to take, so no check confirms it, the
 * check's cause says the filter dropped it (not the network: the engine stays online), and the
 * sources are not blamed for it. Once the address moves outside the range, it is confirmed.
 * The world's stand-ins are tests/fakes (helpers/world.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CheckEvent } from '../../../../shared/types';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let h: EngineHarness;
beforeEach(async () => {
  world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
});
afterEach(async () => {
  await h?.close();
  await world.close();
});

describe('an address in an excluded range', () => {
  it('is never taken: no change, the cause is the filter, the family stays online; an address outside it is taken', async () => {
    const input = world.settings();
    h = await startEngineHarness({
      ...input,
      sources: { ...input.sources, excludeV4: ['81.2.69.0/24'], includeV6: ['2a02:1:2::/48'] },
    });
    const checked = (n: number) => h.waitFor((e) => e.filter((x) => x.type === 'check').length >= n, 15_000);
    await h.engine.start();
    await checked(2);
    const v4 = h.of('check').find((c): c is CheckEvent => c.family === 4);
    const v6 = h.of('check').find((c): c is CheckEvent => c.family === 6);
    expect(v4?.result).toBe('uncertain');
    expect(v4?.cause).toBe('filtered');
    expect(v4?.attempts.length).toBeGreaterThan(0);
    for (const a of v4?.attempts ?? []) {
      expect(a).toMatchObject({ ok: false, filtered: true });
      expect(a.error).toBe('81.2.69.142 is in 81.2.69.0/24, a range never to be taken');
      expect(a.errorCode?.code).toBe('reason.source.filtered');
    }
    // The IPv6 address is inside the one range to take: confirmed as usual.
    expect(v6?.result).toBe('confirmed');
    const status = h.engine.getStatus();
    expect(status.families.v4.ip).toBeNull();
    expect(status.families.v6.ip).toBe('2a02:1:2:3::5');
    expect(status.online).toBe(true);
    expect(h.of('change').filter((c) => c.family === 4)).toEqual([]);
    // The sources told the truth: none is set aside for it.
    expect(status.sources.filter((s) => s.family === 4).every((s) => s.state === 'closed')).toBe(true);

    // The address leaves the excluded range (and IPv6's leaves the range to take).
    world.setIp('81.2.70.1', '2a02:9:9::5');
    const n = h.of('check').length;
    await h.engine.checkNow('manual');
    await checked(n + 2);
    const after = h.engine.getStatus();
    expect(after.families.v4.ip).toBe('81.2.70.1');
    expect(after.families.v6.ip).toBe('2a02:1:2:3::5');
    const last6 = h
      .of('check')
      .filter((c) => c.family === 6)
      .at(-1);
    expect(last6?.cause).toBe('filtered');
    expect(last6?.attempts.every((a) => a.filtered && /outside the ranges to take/.test(a.error ?? ''))).toBe(true);
  });
});
