/**
 * Every dynamic DNS record kept in step with the engine's confirmed addresses: one RecordKeeper
 * per enabled record (record-keeper.ts), each updated only on a confirmed change of its family
 * (A from IPv4, AAAA from IPv6: the engine's `change` events, never a check's unconfirmed
 * answer), brought to the current address at start, rebuilt when its settings change. A record
 * whose updater cannot be built (a bad secret) is stopped with why; the others go on.
 *
 * An AAAA record holds the address its `address` setting asks for (aaaa-target.ts): for `stable`,
 * this host's stable address in the observed /64, read again (host-view.ts) on every IPv6 change
 * and check, so a new stable address inside the same /64 updates the record though the monitor
 * sees no change, while a temporary address turning over changes nothing. The target is what the
 * RecordKeeper is given, so "in step" compares the record with the address it should hold now.
 */
import type { DdnsRecordStatus, DdnsStatus } from '../../../shared/contract/ddns';
import { parseAddressChoice } from '../../../shared/ipv6-host';
import { normalV6 } from '../../../shared/ipv6-suffix';
import { type DdnsRecord, recordAddressOf } from '../../../shared/settings/ddns';
import type { EngineEvent, Family } from '../../../shared/types';
import type { SecretSource } from '../secrets/resolve';
import { aaaaTarget } from './aaaa-target';
import { type HostAddressReader, HostViewCache } from './host-view';
import type { Confirmed } from './plan';
import { fingerprint } from './plan';
import { type KeeperOptions, RecordKeeper } from './record-keeper';
import { buildUpdater } from './registry';
import type { DdnsDeps } from './types';
import { why, type Why } from './why';
import { recordName } from './zone-servers';

export interface DdnsKeeperDeps extends KeeperOptions {
  updaterDeps: DdnsDeps;
  secrets: SecretSource;
  /** The engine's confirmed address of a family now, with when it was confirmed; null when none. */
  confirmed(family: Family): Confirmed | null;
  /** Each secret a record resolved to, so the logs and the status never show it. */
  addSecrets(secrets: string[]): void;
  /** This host's IPv6 addresses (../host-addresses); without them a `stable` AAAA record publishes the observed address. */
  hostAddresses?: HostAddressReader;
}

/** A record kept in step, with why its AAAA target is not the address it asks for (the observed one, or none). */
type Kept = { fp: string; keeper: RecordKeeper; why?: Why | null };
type Entry = Kept | { fp: string; record: DdnsRecord; fixed: DdnsRecordStatus };

const statusOf = (e: Entry): DdnsRecordStatus => {
  if (!('keeper' in e)) return e.fixed;
  if (!e.why) return e.keeper.status();
  return { ...e.keeper.status(), addressNote: e.why.text, ...(e.why.code ? { addressReason: e.why.code } : {}) };
};

/** Whether the record's target depends on this host's addresses: its stable one, or a prefix named by `@…`. */
const readsHost = (r: DdnsRecord): boolean => {
  if (r.type !== 'AAAA') return false;
  const c = parseAddressChoice(recordAddressOf(r));
  return c.ok && (c.choice.host.kind === 'stable' || c.choice.from.kind !== 'observed');
};

const fixedStatus = (r: DdnsRecord, state: 'stopped' | 'off', w: Why): DdnsRecordStatus => ({
  id: r.id,
  provider: r.provider,
  name: recordName(r).name,
  type: r.type,
  state,
  why: w.text,
  ...(w.code ? { reason: w.code } : {}),
  address: null,
  holds: null,
  waitingFor: [],
  notAsked: [],
  nextAttemptAt: null,
  lastUpdateAt: null,
  lastPropagationMs: null,
  lastLookAt: null,
});

export class DdnsKeeper {
  private readonly entries = new Map<string, Entry>();
  private started = false;
  /** The last confirmed address of each family, from the engine's change events. */
  private readonly observed = new Map<Family, Confirmed>();
  private readonly host: HostViewCache;

  constructor(private readonly d: DdnsKeeperDeps) {
    this.host = new HostViewCache(d.hostAddresses ?? { none: 'no way to read them was given' }, d.logger);
  }

  /** Builds every record from the settings and sets each on its way to the current address (not awaited). */
  async start(records: readonly DdnsRecord[]): Promise<void> {
    this.started = true;
    await this.apply(records);
  }

  /** Records added, removed or changed are rebuilt; the others go on untouched. A record turned off leaves DNS alone. */
  async apply(records: readonly DdnsRecord[]): Promise<void> {
    const next = new Set(records.map((r) => r.id));
    for (const [id, e] of this.entries)
      if (!next.has(id)) {
        if ('keeper' in e) e.keeper.close();
        this.entries.delete(id);
        this.d.store.dropDdnsJob(id);
      }
    const fresh: Kept[] = [];
    for (const r of records) {
      const fp = fingerprint(r);
      const was = this.entries.get(r.id);
      if (was?.fp === fp) continue;
      if (was && 'keeper' in was) was.keeper.close();
      const entry = this.build(r, fp);
      this.entries.set(r.id, entry);
      if ('keeper' in entry && this.started) fresh.push(entry);
    }
    this.d.changed();
    // The target is known before a record starts: a stable AAAA record's needs the host's addresses.
    if (this.host.reads && fresh.some((e) => readsHost(e.keeper.record))) await this.host.refresh();
    const starts = fresh
      .filter((e) => this.entries.get(e.keeper.record.id) === e)
      .map((e) => e.keeper.start(this.targetOf(e)));
    // Each record's start may ask its provider (a check): never held up by it, nor one by another.
    void Promise.all(starts);
  }

  /**
   * The engine's events: a confirmed change reaches each record of its family, at the address
   * the record should hold; an IPv6 check (the monitor runs one on the OS's address events) has
   * the host's addresses read again for the stable AAAA records.
   */
  onEvent(e: EngineEvent): void {
    if (e.type === 'change') this.observed.set(e.family, { address: e.to, at: e.at });
    if (e.type === 'change' && e.family === 4) return this.confirmAll(4);
    const v6 = (e.type === 'change' || (e.type === 'check' && e.result !== 'disabled')) && e.family === 6;
    if (!v6) return;
    if (!this.host.reads || !this.kept(6).some((k) => readsHost(k.keeper.record))) {
      if (e.type === 'change') this.confirmAll(6);
      return;
    }
    void this.host.refresh().then(() => this.confirmAll(6));
  }

  /** The address a record should hold now (its target), for the Settings page's Test; null before one is confirmed, or when its `@…` prefix is not on this host. */
  async targetFor(r: DdnsRecord): Promise<string | null> {
    const family = r.type === 'AAAA' ? 6 : 4;
    const seen = this.observed.get(family) ?? this.d.confirmed(family);
    if (!seen || family === 4) return seen?.address ?? null;
    if (this.host.reads && readsHost(r)) await this.host.refresh();
    const held =
      this.kept(6)
        .find((k) => k.keeper.record.id === r.id)
        ?.keeper.status().address ?? null;
    return aaaaTarget(recordAddressOf(r), seen.address, this.host.current, held).address;
  }

  status(): DdnsStatus {
    return { records: [...this.entries.values()].map(statusOf) };
  }

  /**
   * "Try again" on a record IPWatch stopped (switched off until a person acts): the stop is
   * dropped and the record built and started afresh toward the address it should hold now, its
   * settings untouched (a secret fixed since is read again). A record in any other state is left
   * as it is. Its status after, or null when there is no such record.
   */
  async retry(id: string): Promise<DdnsRecordStatus | null> {
    const e = this.entries.get(id);
    if (!e) return null;
    if (statusOf(e).state !== 'stopped') return statusOf(e);
    const record = 'keeper' in e ? e.keeper.record : e.record;
    if ('keeper' in e) e.keeper.close();
    this.d.store.dropDdnsJob(id);
    this.d.logger.info('ddns record tried again after its stop', { record: id });
    const entry = this.build(record, e.fp);
    this.entries.set(id, entry);
    this.d.changed();
    if ('keeper' in entry && this.started) {
      if (this.host.reads && readsHost(record)) await this.host.refresh();
      if (this.entries.get(id) === entry) void entry.keeper.start(this.targetOf(entry));
    }
    return statusOf(this.entries.get(id) ?? entry);
  }

  close(): void {
    for (const e of this.entries.values()) if ('keeper' in e) e.keeper.close();
    this.entries.clear();
    this.host.close();
  }

  private kept(family: Family): Kept[] {
    return [...this.entries.values()].filter((e): e is Kept => 'keeper' in e && e.keeper.family === family);
  }

  private confirmAll(family: Family): void {
    for (const k of this.kept(family)) {
      const target = this.targetOf(k);
      if (target) k.keeper.confirm(target);
    }
  }

  /** The address the record should hold now (the observed one for A), or null before the first. */
  private targetOf(k: Kept): Confirmed | null {
    const family = k.keeper.family;
    const seen = this.observed.get(family) ?? this.d.confirmed(family);
    if (!seen || family === 4) return seen;
    const r = k.keeper.record;
    const t = aaaaTarget(recordAddressOf(r), seen.address, this.host.current, k.keeper.status().address);
    if (t.why?.text !== k.why?.text) {
      // The status says it as the record's addressNote, and the log once per change of it.
      const data = { record: r.id, why: t.why?.text };
      if (t.why && t.address === null) this.d.logger.info('ddns AAAA record has no address to publish', data);
      else if (t.why) this.d.logger.info('ddns AAAA record publishes the observed address', data);
      else if (k.why) this.d.logger.info('ddns AAAA record publishes the address it asks for', { record: r.id });
      k.why = t.why;
    }
    if (t.address === null) return null;
    // A target that moved inside the /64 (a new stable address) dates from now, not from the prefix's change.
    return { address: t.address, at: t.address === normalV6(seen.address) ? seen.at : this.d.clock.now() };
  }

  private build(r: DdnsRecord, fp: string): Entry {
    if (!r.enabled) return { fp, record: r, fixed: fixedStatus(r, 'off', why('reason.ddns.off')) };
    const built = buildUpdater(r as unknown as Record<string, unknown>, this.d.updaterDeps, this.d.secrets);
    this.d.addSecrets(built.secrets);
    if (!built.ok) {
      this.d.logger.warn('ddns record cannot be built', { record: r.id, reason: built.reason });
      return { fp, record: r, fixed: fixedStatus(r, 'stopped', { text: built.reason, code: built.code }) };
    }
    return { fp, keeper: new RecordKeeper(r, fp, built.updater, this.d) };
  }
}
