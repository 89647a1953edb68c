/**
 * The memory watch's kept state (store/memory-watch.ts): one row, kept and read back through a
 * real store; a body this version cannot read is no state (the watch starts afresh), never thrown.
 */
import { describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { openHistoryStore } from '../../../../electron/engine/store';
import { readMemoryWatch } from '../../../../electron/engine/store/memory-watch';
import type { MemoryWatchState } from '../../../../shared/memory-bound';
import { FakeClock } from '../../../helpers/fake-clock';

const sample = { at: 5, rssBytes: 9, heapUsedBytes: 1, heapTotalBytes: 2, nativeBytes: 3, wasmBytes: 4 };
const told: MemoryWatchState = { armed: false, baseline: sample, baselineKind: 'notice' };

it('keeps one state, the last saved', async () => {
  const store = await openHistoryStore({ dataDir: ':memory:', clock: new FakeClock(), logger: createLogger('t') });
  expect(store.memoryWatch()).toBeNull();
  store.saveMemoryWatch(told);
  expect(store.memoryWatch()).toEqual(told);
  store.saveMemoryWatch({ ...told, armed: true });
  expect(store.memoryWatch()).toEqual({ ...told, armed: true });
  await store.close();
});

describe('readMemoryWatch', () => {
  it.each<[string, unknown, MemoryWatchState | null]>([
    ['a told state', JSON.stringify(told), told],
    [
      'a start with no baseline',
      JSON.stringify({ armed: true, baseline: null, baselineKind: 'start' }),
      {
        armed: true,
        baseline: null,
        baselineKind: 'start',
      },
    ],
    ['not JSON', '{armed', null],
    ['not text', 42, null],
    ['JSON null', 'null', null],
    ['armed not a boolean', JSON.stringify({ ...told, armed: 'no' }), null],
    ['an unknown baseline kind', JSON.stringify({ ...told, baselineKind: 'later' }), null],
    ['a baseline missing a figure', JSON.stringify({ ...told, baseline: { ...sample, wasmBytes: undefined } }), null],
    ['a baseline with text for a figure', JSON.stringify({ ...told, baseline: { ...sample, rssBytes: '9' } }), null],
  ])('%s', (_name, body, want) => {
    expect(readMemoryWatch(body)).toEqual(want);
  });
});
