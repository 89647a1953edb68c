/**
 * This host's IPv6 addresses as the keeper last read them (../host-addresses), for the AAAA
 * records that publish a stable address: one read at a time (a call during a read reads once
 * more after it, so a burst of events costs two reads), and a read that fails keeps the last
 * good view, so a passing failure never swaps a stable address for a temporary one.
 */
import type { HostAddress } from '../host-addresses';
import type { Logger } from '../logger';
import type { HostView } from './aaaa-target';
import { why } from './why';

/** How the keeper reads the host's addresses, or why it cannot here. */
export type HostAddressReader = { read(signal: AbortSignal): Promise<HostAddress[]> } | { none: string };

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export class HostViewCache {
  private view: HostView;
  private reading: Promise<HostView> | null = null;
  private again = false;
  private readonly abort = new AbortController();

  constructor(
    private readonly reader: HostAddressReader,
    private readonly logger: Logger,
  ) {
    const w =
      'none' in reader ? why('reason.ddns.hostCannotRead', { said: reader.none }) : why('reason.ddns.hostNotRead');
    this.view = { ok: false, why: w };
  }

  /** False where the addresses cannot be read at all: the view never changes. */
  get reads(): boolean {
    return !('none' in this.reader);
  }

  get current(): HostView {
    return this.view;
  }

  /** Reads the addresses again; resolves with the view once read (or kept). */
  refresh(): Promise<HostView> {
    if ('none' in this.reader) return Promise.resolve(this.view);
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = this.readAll().finally(() => (this.reading = null));
    return this.reading;
  }

  close(): void {
    this.abort.abort();
  }

  private async readAll(): Promise<HostView> {
    do {
      this.again = false;
      await this.readOnce();
    } while (this.again && !this.abort.signal.aborted);
    return this.view;
  }

  private async readOnce(): Promise<void> {
    if ('none' in this.reader) return;
    try {
      this.view = { ok: true, addresses: await this.reader.read(this.abort.signal) };
    } catch (err) {
      const w = why('reason.ddns.hostUnread', { said: messageOf(err) });
      if (!this.abort.signal.aborted) this.logger.warn('host addresses not read', { error: messageOf(err) });
      if (!this.view.ok) this.view = { ok: false, why: w };
    }
  }
}
