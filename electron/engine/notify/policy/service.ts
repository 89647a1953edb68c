/**
 * A service monitor's change of state worth telling (service-monitors/state.ts decides which: down, and
 * back up after down) as a notice. Each change comes once, from the runner, so the key is the
 * monitor, the state and its time: a notice replayed after a crash is the same outbox row. Pure.
 *
 *   input                         | notice
 *   ------------------------------+-------------------------------------------------
 *   down, after a change          | service-down, "after the address change"
 *   down, on its own interval     | service-down
 *   up (was down for downForMs)   | service-up, with how long it was down
 */
import type { PolicyNotice, ServiceInput } from '../types';

export type { ServiceInput };

export function serviceNotice(i: ServiceInput): PolicyNotice {
  return {
    kind: i.kind,
    key: `service:${i.monitor}:${i.kind}@${i.at}`,
    at: i.at,
    monitor: i.monitor,
    name: i.name,
    why: i.why,
    ...(i.reason ? { reason: i.reason } : {}),
    afterChange: i.afterChange,
    downForMs: i.downForMs,
  };
}
