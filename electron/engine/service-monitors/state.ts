/**
 * One monitor's state from its checks: a pure reducer. A service is called down after
 * `downAfter` failures in a row and up again at its first pass; a skipped check (nothing to
 * judge) changes nothing. Each change of state is kept once in the history; the two that matter
 * to a person are notified once each.
 *
 *   state    | check | failures in a row   | next    | history row | notice
 *   ---------+-------+---------------------+---------+-------------+--------------------------
 *   unknown  | pass  | -                   | up      | yes         | - (learning, not news)
 *   unknown  | fail  | < downAfter         | unknown | -           | -
 *   unknown  | fail  | >= downAfter        | down    | yes         | service-down
 *   up       | pass  | -                   | up      | -           | -
 *   up       | fail  | < downAfter         | up      | -           | - (why shows the failure)
 *   up       | fail  | >= downAfter        | down    | yes         | service-down
 *   down     | fail  | -                   | down    | -           | -
 *   down     | pass  | -                   | up      | yes         | service-up
 *   any      | skip  | -                   | same    | -           | -
 *
 * `afterChange` marks a change of state that came while a confirmed address change was still
 * unresolved for this monitor (no pass since it): "service down after a change".
 */
import type { MonitorState } from '../../../shared/contract/monitors';
import type { WireReason } from '../../../shared/contract/reason';
import type { ProbeResult } from './types';

export interface MonitorMemory {
  state: MonitorState;
  /** Failures in a row. */
  failures: number;
  /** When the state began; null before the first change. */
  since: number | null;
  checkedAt: number | null;
  why: string | null;
  /** `why` as a code and its values; none for a failure kept before codes (its text only). */
  reason?: WireReason | undefined;
  latencyMs: number | null;
  afterChange: boolean;
}

export const freshMemory = (): MonitorMemory => ({
  state: 'unknown',
  failures: 0,
  since: null,
  checkedAt: null,
  why: null,
  latencyMs: null,
  afterChange: false,
});

export interface StepInput extends ProbeResult {
  at: number;
  downAfter: number;
  /** An address change was confirmed and this monitor has not passed since. */
  changePending: boolean;
}

export interface Transition {
  from: MonitorState;
  to: MonitorState;
  at: number;
  why: string | null;
  /** `why` as a code, when the check decided it as one (its notice says it in the channel's language). */
  reason?: WireReason | undefined;
  latencyMs: number | null;
  afterChange: boolean;
  notify: 'service-down' | 'service-up' | null;
}

export function monitorStep(
  prev: MonitorMemory,
  input: StepInput,
): { memory: MonitorMemory; transition: Transition | null } {
  const { at } = input;
  if (input.outcome === 'skip') return { memory: { ...prev, checkedAt: at }, transition: null };
  if (input.outcome === 'pass') {
    const memory: MonitorMemory = {
      ...prev,
      state: 'up',
      failures: 0,
      checkedAt: at,
      why: null,
      reason: undefined,
      latencyMs: input.ms,
    };
    if (prev.state === 'up') return { memory, transition: null };
    const afterChange = input.changePending;
    const transition: Transition = {
      from: prev.state,
      to: 'up',
      at,
      why: null,
      latencyMs: input.ms,
      afterChange,
      notify: prev.state === 'down' ? 'service-up' : null,
    };
    return { memory: { ...memory, since: at, afterChange }, transition };
  }
  const failures = prev.failures + 1;
  const held = { ...prev, failures, checkedAt: at, why: input.detail, reason: input.reason };
  if (prev.state === 'down' || failures < input.downAfter) return { memory: held, transition: null };
  const afterChange = input.changePending;
  const memory: MonitorMemory = { ...held, state: 'down', since: at, latencyMs: null, afterChange };
  const transition: Transition = {
    from: prev.state,
    to: 'down',
    at,
    why: input.detail,
    ...(input.reason ? { reason: input.reason } : {}),
    latencyMs: null,
    afterChange,
    notify: 'service-down',
  };
  return { memory, transition };
}
