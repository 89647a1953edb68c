/**
 * Monitored time is the store's sessions (store/sessions.ts). One is open while the monitor runs
 * and a watched family has a source to ask. Without one no request is sent, so nothing is known
 * of the network: that time is "not monitored: no source" (shared/uptime.ts), neither online nor
 * offline, and an outage under way ends where the last source went (as at a stop).
 *
 *   monitor running | a watched family has a source | session
 *   ----------------+-------------------------------+--------
 *   no              | any                           | closed
 *   yes             | no                            | closed
 *   yes             | yes                           | open
 */
import type { Settings } from '../../../shared/settings';
import type { Clock } from '../clock';
import type { IpSource } from '../sources/types';
import type { MonitorStore } from '../store/types';

export class MonitoredTime {
  private open = false;

  /** `write` runs a store write and reports its failure instead of throwing (the engine's). */
  constructor(
    private readonly store: Pick<MonitorStore, 'startSession' | 'endSession'>,
    private readonly clock: Clock,
    private readonly write: (what: string, fn: () => void) => void,
  ) {}

  /**
   * Opens or closes the session as the table says, with the families `monitor` watches and the
   * sources set up; true when it did (what the engine knew of connectivity belongs to the time
   * before). Opening throws when the store refuses it; a failed close is reported.
   */
  update(running: boolean, monitor: Pick<Settings['monitor'], 'ipv4' | 'ipv6'>, sources: readonly IpSource[]): boolean {
    const want = running && sources.some((s) => (s.family === 4 ? monitor.ipv4 : monitor.ipv6));
    if (want === this.open) return false;
    const now = this.clock.now();
    if (want) this.store.startSession(now);
    else this.write('session', () => this.store.endSession(now));
    this.open = want;
    return true;
  }
}
