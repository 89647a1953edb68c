/** The paths the history keeps (store/paths.ts): read back as written, newest first, bounded, and kept across a reopen. */
import { describe, expect, it } from 'vitest';

import { MAX_PATHS } from '../../../../electron/engine/store';
import type { TracedPath } from '../../../../shared/path';
import { openTest } from './helpers';

const traced = (at: number, last: string): TracedPath => ({
  at,
  trigger: 'change',
  tool: 'tracepath',
  target: '9.9.9.9',
  reached: true,
  hops: [
    { ttl: 1, address: last, rttMs: 0.5, asn: 3320 },
    { ttl: 2, address: null, rttMs: null, asn: null },
  ],
});

describe('paths in the history', () => {
  it('reads back each path as written, newest first, and keeps it across a reopen', async () => {
    const { store, dataDir } = await openTest();
    const first = store.recordPath(traced(1_000, '79.192.0.1'));
    const second = store.recordPath({ ...traced(2_000, '8.8.8.1'), trigger: 'manual', tool: 'traceroute' });
    expect(store.paths()).toEqual([second, first]);
    await store.close();
    const again = await openTest({ dataDir, readOnly: true });
    expect(again.store.paths(1)).toEqual([second]);
    await again.store.close();
  });

  it(`keeps the newest ${MAX_PATHS}, the oldest going first`, async () => {
    const { store } = await openTest();
    for (let i = 0; i < MAX_PATHS + 5; i++) store.recordPath(traced(i, `192.0.2.${i % 250}`));
    const kept = store.paths(MAX_PATHS + 5);
    expect(kept).toHaveLength(MAX_PATHS);
    expect(kept.at(-1)?.at).toBe(5);
    expect(kept[0]?.at).toBe(MAX_PATHS + 4);
    await store.close();
  });
});
