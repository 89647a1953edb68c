/** The strip of recent checks keeps the newest RECENT_CHECKS per family, however long it runs (issue 49). */
import { describe, expect, it } from 'vitest';

import type { StoreContext } from '../../../../electron/engine/store/context';
import { decodeChecks, RECENT_CHECKS, RecentChecks } from '../../../../electron/engine/store/recent-checks';

describe('RecentChecks', () => {
  it(`keeps the newest ${RECENT_CHECKS} checks of each family, and the saved row as many`, () => {
    const saved: Uint8Array[] = [];
    // The store's context as far as the strip uses it: marked dirty, and one statement that saves.
    const ctx = {
      dirty: () => undefined,
      stmts: { run: (_sql: string, params: unknown[]) => void saved.push(params[1] as Uint8Array) },
    } as unknown as StoreContext;
    const strip = new RecentChecks(ctx);
    const n = 30 * RECENT_CHECKS; // a few days of 10 s checks, well past the bound
    for (let i = 0; i < n; i++) {
      strip.record({ family: 4, ip: '203.0.113.7', at: i * 10_000, trigger: 'interval', sources: ['ipify'] });
      strip.record({ family: 6, ip: null, at: i * 10_000, trigger: 'interval', sources: [] });
    }
    for (const family of [4, 6] as const) {
      const list = strip.list(family, n);
      expect(list).toHaveLength(RECENT_CHECKS);
      expect(list.at(-1)!.at).toBe((n - 1) * 10_000);
    }
    strip.materialize();
    expect(saved.map((b) => decodeChecks(b).length)).toEqual([RECENT_CHECKS, RECENT_CHECKS]);
    // Each check is a few bytes in the row.
    expect(saved[0]!.byteLength).toBeLessThan(RECENT_CHECKS * 16);
  });
});
