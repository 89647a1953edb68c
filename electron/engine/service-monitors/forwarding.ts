/**
 * Asks the router for its port mappings after each confirmed address change and every
 * EVERY_MS, and keeps which monitors check this host on a port it does not forward
 * (unmapped.ts), a monitor by host name counting as this host when the name resolves to one of
 * its addresses. In the background: a check never waits for it. A router that has not
 * answered, or does not speak UPnP-IGD, or fails, flags nothing (the failure logged).
 */
import type { ServiceMonitor } from '../../../shared/settings/service-monitor';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { type MappingLike, namedHosts, unmappedMonitors } from './unmapped';

export type MappingsAnswer =
  { ok: true; value: readonly MappingLike[] } | { ok: false; error: { code: string; message: string } } | null;

export interface ForwardingDeps {
  clock: Clock;
  logger: Logger;
  /** The router's mappings; null when no router answered (runtime: the router watch). */
  mappings(signal: AbortSignal): Promise<MappingsAnswer>;
  monitors(): readonly ServiceMonitor[];
  /** This machine's addresses and the public one (loopback is known without them). */
  addresses(): readonly string[];
  /** A monitor's host name's addresses, both families (runtime: the system resolver); none when it fails. */
  resolve?(host: string): Promise<readonly string[]>;
}

export const EVERY_MS = 10 * 60_000;
/** A listing of a few dozen entries takes well under this; a router that hangs is left. */
const LIMIT_MS = 30_000;

export class ForwardingCheck {
  private flags = new Set<string>();
  private timer: Timer | null = null;
  private running: Promise<void> | null = null;
  private lastError: string | null = null;
  private closed = false;

  constructor(private readonly deps: ForwardingDeps) {}

  start(): void {
    this.closed = false;
    this.refresh();
  }

  /** Asks now (unless a question is under way), then every EVERY_MS. */
  refresh(): void {
    if (this.closed || this.running) return;
    if (this.timer) this.deps.clock.clearTimeout(this.timer);
    this.running = this.ask().finally(() => {
      this.running = null;
      if (!this.closed) this.timer = this.deps.clock.setTimeout(() => this.refresh(), EVERY_MS);
    });
  }

  /** Resolves once the question under way (if any) is answered: tests. */
  async idle(): Promise<void> {
    await this.running;
  }

  notForwarded(id: string): boolean {
    return this.flags.has(id);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private async ask(): Promise<void> {
    let answer: MappingsAnswer;
    try {
      answer = await this.deps.mappings(AbortSignal.timeout(LIMIT_MS));
    } catch (err) {
      answer = { ok: false, error: { code: 'error', message: String(err) } };
    }
    if (answer === null) {
      this.flags = new Set();
      return;
    }
    if (!answer.ok) {
      this.flags = new Set();
      if (answer.error.message !== this.lastError)
        this.deps.logger.info('cannot read the router’s port mappings', { error: answer.error.message });
      this.lastError = answer.error.message;
      return;
    }
    this.lastError = null;
    const monitors = this.deps.monitors();
    const resolved = await this.resolveNames(namedHosts(monitors));
    const ids = unmappedMonitors(monitors, answer.value, this.deps.addresses(), resolved);
    if (ids.length > 0) this.deps.logger.info('monitors on ports the router does not forward', { monitors: ids });
    this.flags = new Set(ids);
  }

  /** Each host name's addresses; a name that does not resolve is left out (so not flagged). */
  private async resolveNames(names: readonly string[]): Promise<Map<string, readonly string[]>> {
    const resolve = this.deps.resolve;
    if (!resolve) return new Map();
    const answers = await Promise.all(names.map((n) => resolve(n).catch((): readonly string[] => [])));
    return new Map(names.map((n, i) => [n, answers[i]!]));
  }
}
