/**
 * The runner's memory passing its bound as a notification: the policy's rows (policy/memory.ts),
 * its key, and that every channel gets it by default. The words are the runtime part's test's
 * (tests/electron/engine/runtime/memory.test.ts) and the pseudo-language's (message-languages).
 */
import { describe, expect, it } from 'vitest';

import { initialPolicyState, policyConfig, policyStep } from '../../../../electron/engine/notify/policy';
import { memoryNotice } from '../../../../electron/engine/notify/policy/memory';
import type { MemoryInput } from '../../../../electron/engine/notify/types';
import type { MemoryGrowth } from '../../../../shared/memory-bound';
import { NOTIFY_EVENTS } from '../../../../shared/notify-types';
import { notifySettings } from './helpers';

const AT = Date.UTC(2026, 10, 29, 3, 0);
const MB = 1024 * 1024;
const input = (grew: MemoryGrowth | null, since: 'start' | 'notice' = 'start'): MemoryInput => ({
  type: 'memory',
  at: AT,
  crossing: {
    sample: {
      at: AT,
      rssBytes: 120 * MB,
      heapUsedBytes: 20 * MB,
      heapTotalBytes: 30 * MB,
      nativeBytes: 90 * MB,
      wasmBytes: 5 * MB,
    },
    boundBytes: 100 * MB,
    grew,
    since: { kind: since, at: AT - 60_000 },
  },
  bound: { bytes: 100 * MB, source: 'cgroup-v1', fromBytes: 125 * MB },
});

describe('the policy', () => {
  it.each<[string, MemoryInput, Partial<ReturnType<typeof memoryNotice>>]>([
    [
      'native grew since the start',
      input({ part: 'native', grewBytes: 70 * MB }),
      { grew: 'native', grewBytes: 70 * MB, since: 'start' },
    ],
    ['nothing grew since the last notice', input(null, 'notice'), { grew: null, grewBytes: null, since: 'notice' }],
  ])('%s: one memory-high notice at once', (_label, i, fields) => {
    const cfg = policyConfig(notifySettings([]));
    const r = policyStep(initialPolicyState(), i, cfg);
    expect(r.notices).toEqual([memoryNotice(i)]);
    expect(r.notices[0]).toMatchObject({
      kind: 'memory-high',
      key: `memory@${AT}`,
      rssBytes: 120 * MB,
      boundBytes: 100 * MB,
      boundSource: 'cgroup-v1',
      boundFromBytes: 125 * MB,
      sinceAt: AT - 60_000,
      ...fields,
    });
  });

  it('is an event every channel gets by default', () => {
    expect(NOTIFY_EVENTS).toContain('memory-high');
    expect(notifySettings([{ id: 'a', type: 'webhook', url: 'http://127.0.0.1:9' }]).channels[0]!.events).toContain(
      'memory-high',
    );
  });
});
