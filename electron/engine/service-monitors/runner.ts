/**
 * The service monitors' runner: each enabled monitor checked on its own interval and at once
 * after every confirmed address change; each check folded into the monitor's state (state.ts);
 * each change of state kept in the history once and, when it matters (down, back up), told to
 * the notifier once. A monitor's failure (or the store's) is logged and the others go on.
 */
import type { MonitorStatus } from '../../../shared/contract/monitors';
import { monitorTarget, type ServiceMonitor } from '../../../shared/settings/service-monitor';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { inEnglish, reason } from '../reason';
import { runProbe } from './registry';
import { freshMemory, type MonitorMemory, monitorStep, type Transition } from './state';
import type { MonitorChange, ProbeDeps, ServiceChangeInput } from './types';

export interface RunnerDeps {
  clock: Clock;
  logger: Logger;
  probe: ProbeDeps;
  /** Where changes of state are kept, and read back after a restart. */
  store: { recordMonitorState(c: MonitorChange): void; lastMonitorStates(): MonitorChange[] };
  /** Tells the notifier of a change worth a notice; resolves once it is on disk. */
  notify(input: ServiceChangeInput): Promise<void>;
}

interface Slot {
  monitor: ServiceMonitor;
  memory: MonitorMemory;
  timer: Timer | null;
  running: Promise<void> | null;
  /** A confirmed address change with no pass since. */
  changePending: boolean;
}

export class MonitorRunner {
  private readonly slots = new Map<string, Slot>();
  private started = false;

  constructor(private readonly deps: RunnerDeps) {}

  /** Follows the settings' list: new monitors are checked at once, removed ones forgotten. */
  update(monitors: readonly ServiceMonitor[]): void {
    const keep = new Set(monitors.map((m) => m.id));
    for (const [id, slot] of this.slots) if (!keep.has(id)) this.drop(id, slot);
    for (const m of monitors) {
      const slot = this.slots.get(m.id);
      if (slot) {
        const changed = JSON.stringify(slot.monitor) !== JSON.stringify(m);
        slot.monitor = m;
        if (changed && this.started) this.kick(slot);
      } else {
        const fresh: Slot = { monitor: m, memory: freshMemory(), timer: null, running: null, changePending: false };
        this.slots.set(m.id, fresh);
        if (this.started) this.kick(fresh);
      }
    }
  }

  /** Starts each monitor where the history left it (a service known down is not announced again). */
  start(): void {
    if (this.started) return;
    this.started = true;
    try {
      for (const last of this.deps.store.lastMonitorStates()) {
        const slot = this.slots.get(last.monitor);
        if (slot) slot.memory = { ...slot.memory, ...memoryOf(last) };
      }
    } catch (err) {
      this.deps.logger.error('could not read the monitors’ last states', { error: String(err) });
    }
    for (const slot of this.slots.values()) this.kick(slot);
  }

  /** A confirmed address change (`real`: from a known address, not the first sighting): every monitor now. */
  addressChanged(real: boolean): void {
    for (const slot of this.slots.values()) {
      if (real && slot.monitor.enabled) slot.changePending = true;
      if (this.started) this.kick(slot);
    }
  }

  /** Checks every enabled monitor now and resolves when all are done (tests, "check now"). */
  async runAll(): Promise<void> {
    await Promise.all([...this.slots.values()].map((s) => this.run(s)));
  }

  status(): MonitorStatus[] {
    return [...this.slots.values()].map(({ monitor: m, memory }) => ({
      id: m.id,
      name: m.name,
      type: m.type,
      target: monitorTarget(m),
      state: m.enabled ? memory.state : 'off',
      ...(m.enabled ? whyOf(memory) : { why: inEnglish(OFF), reason: OFF }),
      latencyMs: memory.latencyMs,
      checkedAt: memory.checkedAt,
      since: memory.since,
      afterChange: memory.afterChange,
    }));
  }

  async close(): Promise<void> {
    this.started = false;
    for (const slot of this.slots.values()) this.clear(slot);
    await Promise.all([...this.slots.values()].map((s) => s.running));
  }

  private drop(id: string, slot: Slot): void {
    this.clear(slot);
    this.slots.delete(id);
  }

  private clear(slot: Slot): void {
    if (slot.timer) this.deps.clock.clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** Checks now (after the one under way, if any), then on the interval. */
  private kick(slot: Slot): void {
    this.clear(slot);
    if (!slot.monitor.enabled) return;
    void (slot.running ?? Promise.resolve()).then(() => this.run(slot));
  }

  private run(slot: Slot): Promise<void> {
    if (slot.running) return slot.running;
    if (!slot.monitor.enabled || this.slots.get(slot.monitor.id) !== slot) return Promise.resolve();
    const p = this.check(slot)
      .catch((err: unknown) =>
        this.deps.logger.error('service monitor failed', { monitor: slot.monitor.id, error: String(err) }),
      )
      .finally(() => {
        slot.running = null;
        this.schedule(slot);
      });
    slot.running = p;
    return p;
  }

  private schedule(slot: Slot): void {
    this.clear(slot);
    if (!this.started || !slot.monitor.enabled || this.slots.get(slot.monitor.id) !== slot) return;
    slot.timer = this.deps.clock.setTimeout(() => {
      slot.timer = null;
      void this.run(slot);
    }, slot.monitor.intervalSec * 1000);
  }

  private async check(slot: Slot): Promise<void> {
    const m = slot.monitor;
    const result = await runProbe(m, this.deps.probe);
    const at = this.deps.clock.now();
    const before = slot.memory;
    const { memory, transition } = monitorStep(before, {
      ...result,
      at,
      downAfter: m.downAfter,
      changePending: slot.changePending,
    });
    slot.memory = memory;
    // The change is answered once the service passes, or once its going down was told.
    if (result.outcome === 'pass' || transition?.to === 'down') slot.changePending = false;
    if (transition) await this.tell(m, before, transition);
  }

  private async tell(m: ServiceMonitor, before: MonitorMemory, t: Transition): Promise<void> {
    this.deps.logger.info(`service monitor ${m.id}: ${t.from} -> ${t.to}`, { why: t.why, afterChange: t.afterChange });
    const { at, why, latencyMs, afterChange } = t;
    const code = t.reason ? { reason: t.reason } : {};
    this.deps.store.recordMonitorState({ monitor: m.id, at, state: t.to, why, ...code, latencyMs, afterChange });
    if (!t.notify) return;
    const downForMs = t.notify === 'service-up' && before.since !== null ? at - before.since : null;
    await this.deps.notify({
      type: 'service',
      at,
      kind: t.notify,
      monitor: m.id,
      name: m.name,
      why,
      ...code,
      afterChange,
      downForMs,
    });
  }
}

const OFF = reason('reason.monitor.off');

/** Why, in English, and as a code when there is one (a row kept before codes has the text only). */
const whyOf = (m: MonitorMemory): Pick<MonitorStatus, 'why' | 'reason'> =>
  m.reason ? { why: m.why, reason: m.reason } : { why: m.why };

/** A monitor's memory from its latest row in the history. */
function memoryOf(c: MonitorChange): Partial<MonitorMemory> {
  const code = c.reason ? { reason: c.reason } : {};
  return { state: c.state, since: c.at, why: c.why, ...code, latencyMs: c.latencyMs, afterChange: c.afterChange };
}
