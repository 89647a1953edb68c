/** The live state a mirror (MQTT) shows: the truth table of liveState and the feed's change-only updates. */
import { describe, expect, it } from 'vitest';

import { createLiveState, liveState, type LiveState } from '../../../../electron/engine/notify/live-state';
import { captureLogger } from './helpers';

const status = (online: boolean | null, v4: string | null = '203.0.113.7', v6: string | null = null) => ({
  online,
  families: { v4: { ip: v4 }, v6: { ip: v6 } },
});

describe('liveState', () => {
  it.each([
    // outage reported, engine online -> connectivity
    [true, true, 'offline'],
    [true, false, 'offline'],
    [true, null, 'offline'],
    [false, true, 'online'],
    [false, false, null],
    [false, null, null],
  ] as const)('reported %s, online %s -> %s', (reported, online, connectivity) => {
    expect(liveState(status(online), reported)).toEqual({ v4: '203.0.113.7', v6: null, connectivity });
  });

  it('takes both families from the status', () => {
    expect(liveState(status(true, null, '2001:db8::1'), false)).toEqual({
      v4: null,
      v6: '2001:db8::1',
      connectivity: 'online',
    });
  });
});

describe('createLiveState', () => {
  it('tells subscribers only about a different state, and stops after unsubscribe', () => {
    const live = createLiveState(captureLogger().logger);
    const seen: LiveState[] = [];
    const off = live.subscribe((s) => seen.push(s));
    const a: LiveState = { v4: '203.0.113.7', v6: null, connectivity: 'online' };
    live.set(a);
    live.set({ ...a });
    live.set({ ...a, connectivity: 'offline' });
    off();
    live.set(a);
    expect(seen).toEqual([a, { ...a, connectivity: 'offline' }]);
    expect(live.current()).toEqual(a);
  });
});
