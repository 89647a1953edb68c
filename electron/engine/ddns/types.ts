/**
 * The common shape of a dynamic DNS provider: one file per provider (rfc2136.ts...), each
 * building an updater for one record from that record's settings (shared/settings/ddns.ts).
 */
import type { Reason } from '../../../shared/reason';
import type { DdnsOutcome, DdnsProviderId, DdnsRecordOf } from '../../../shared/settings/ddns';
import type { Clock } from '../clock';
import type { UdpClient } from '../net';
import type { ReadInterfaces } from '../net/local-address';
import type { PluginCall } from '../plugins/call';
import type { DdnsHttp } from './http';
import type { ImportsFrom } from './import-entry';

export type { DdnsOutcome } from '../../../shared/settings/ddns';

export interface DdnsDeps {
  udp: UdpClient;
  /** The web API providers' requests (ddnsHttp in the app). */
  http: DdnsHttp;
  /**
   * The wall clock (stamps, a signature's time) and, where a provider keeps something that expires
   * (an access token), the monotonic one; left out, a provider reads the process's
   * (performance.now(), as systemClock does).
   */
  clock: Pick<Clock, 'now'> & Partial<Pick<Clock, 'monotonic'>>;
  /** How long one request may take before it counts as no answer (a `retry`). */
  timeoutMs: number;
  /** The monitor's choice of where requests of a family leave from (monitor.fromV4/fromV6), read at each request. */
  from?: (family: 4 | 6) => string;
  /** The interfaces as they are now (os.networkInterfaces() unless a test gives its own). */
  interfaces?: ReadInterfaces;
  /**
   * The local address this record's exchanges of a family leave from (leave-from.ts sets it; the
   * UDP and web requests are wrapped already): an RFC 2136 retry over TCP binds to it too.
   */
  leaveFrom?: (family: 4 | 6) => string | undefined;
  /** The DNS provider plugins, called by name (runtime/plugins.ts); absent: a plugin record cannot be built. */
  plugins?: PluginCall;
}

/** What an update came to; `proxied` as check's, for a provider that read the record on the way. */
export type UpdateResult = DdnsOutcome & { proxied?: boolean };

/** What a check read: as update's outcome, or the record holding another address (`holds`: which, when one). */
/**
 * A read of the record. `readOnly` marks a `stop` that refuses the read alone (a deSEC token that
 * may update but not read): updates are sent as before, so the record is not switched off for it.
 */
export type CheckResult = (DdnsOutcome | { kind: 'differs'; detail: string; code?: Reason; holds?: string }) & {
  proxied?: boolean;
  readOnly?: true;
};

export interface DdnsUpdater {
  readonly id: string;
  /**
   * Makes the record hold exactly `address` (of the record's family). A record that already
   * holds it is `unchanged` (no change is sent). Never throws: a failure is `retry` or `stop`.
   */
  update(address: string, signal: AbortSignal): Promise<UpdateResult>;
  /**
   * Checks the credentials and the record without changing anything (the Settings page's Test):
   * `unchanged` when it holds `address`, `updated` is never returned; `retry`/`stop` as update's.
   * Absent for a provider whose API cannot read a record (dyndns2, DuckDNS). `proxied`: the
   * record's public answer is the provider's edge, not the record (a proxied Cloudflare record),
   * so the keeper reads it here rather than at its servers.
   */
  check?(address: string, signal: AbortSignal): Promise<CheckResult>;
}

export interface DdnsProvider<P extends DdnsProviderId = DdnsProviderId> {
  readonly id: P;
  readonly label: string;
  /** An entry of ddns-updater's config.json this provider makes a record of (import-ddns-updater.ts). */
  readonly fromDdnsUpdater?: ImportsFrom;
  /** A DNS entry of ddns-go's config this provider makes a record of. */
  readonly fromDdnsGo?: ImportsFrom;
  /** Builds the updater; the record is parsed and its secrets resolved. May throw on a bad value (e.g. a secret that is not base64). */
  create(record: DdnsRecordOf<P>, deps: DdnsDeps): DdnsUpdater;
}
