/** One monitor's state from its checks (electron/engine/service-monitors/state.ts): its truth table, row by row. */
import { describe, expect, it } from 'vitest';

import { freshMemory, type MonitorMemory, monitorStep } from '../../../../electron/engine/service-monitors/state';
import type { MonitorState } from '../../../../shared/contract/monitors';

type Outcome = 'pass' | 'fail' | 'skip';
const AT = 1_800_000_000_000;
const at = (state: MonitorState, failures = 0): MonitorMemory => ({
  ...freshMemory(),
  state,
  failures,
  since: state === 'unknown' ? null : AT - 60_000,
});
const input = (outcome: Outcome, downAfter = 1, changePending = false) => ({
  outcome,
  detail: outcome === 'fail' ? 'connection refused' : 'ok',
  ms: 12,
  at: AT,
  downAfter,
  changePending,
});

describe('monitorStep', () => {
  it.each<[string, MonitorMemory, Outcome, number, MonitorState, string | null, 'service-down' | 'service-up' | null]>([
    ['unknown, pass: up, learning (row, no notice)', at('unknown'), 'pass', 1, 'up', 'unknown>up', null],
    ['unknown, fail below downAfter: still unknown', at('unknown'), 'fail', 2, 'unknown', null, null],
    ['unknown, fail at downAfter: down, notified', at('unknown', 1), 'fail', 2, 'down', 'unknown>down', 'service-down'],
    ['up, pass: nothing new', at('up'), 'pass', 1, 'up', null, null],
    ['up, one fail of three: still up', at('up'), 'fail', 3, 'up', null, null],
    ['up, third fail in a row: down', at('up', 2), 'fail', 3, 'down', 'up>down', 'service-down'],
    ['up, fail with downAfter 1: down at once', at('up'), 'fail', 1, 'down', 'up>down', 'service-down'],
    ['down, fail: still down, no second notice', at('down', 5), 'fail', 1, 'down', null, null],
    ['down, pass: up, notified', at('down', 5), 'pass', 1, 'up', 'down>up', 'service-up'],
    ['up, skip: unchanged', at('up'), 'skip', 1, 'up', null, null],
    ['down, skip: unchanged', at('down', 3), 'skip', 1, 'down', null, null],
    ['unknown, skip: unchanged', at('unknown'), 'skip', 1, 'unknown', null, null],
  ])('%s', (_label, prev, outcome, downAfter, state, row, notice) => {
    const { memory, transition } = monitorStep(prev, input(outcome, downAfter));
    expect(memory.state).toBe(state);
    expect(transition ? `${transition.from}>${transition.to}` : null).toBe(row);
    expect(transition?.notify ?? null).toBe(notice);
    expect(memory.checkedAt).toBe(AT);
  });

  it('counts failures in a row and forgets them at a pass', () => {
    let m = at('up');
    m = monitorStep(m, input('fail', 3)).memory;
    m = monitorStep(m, input('fail', 3)).memory;
    expect([m.state, m.failures, m.why]).toEqual(['up', 2, 'connection refused']);
    m = monitorStep(m, input('pass', 3)).memory;
    expect([m.state, m.failures, m.why, m.latencyMs]).toEqual(['up', 0, null, 12]);
    m = monitorStep(m, input('fail', 3)).memory;
    expect(m.state).toBe('up');
  });

  it('marks a change of state that follows an address change', () => {
    const down = monitorStep(at('up'), input('fail', 1, true));
    expect(down.transition).toMatchObject({ to: 'down', afterChange: true, why: 'connection refused' });
    expect(down.memory).toMatchObject({ afterChange: true, since: AT });
    const plain = monitorStep(at('up'), input('fail', 1, false));
    expect(plain.transition?.afterChange).toBe(false);
  });
});
