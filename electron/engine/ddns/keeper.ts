/**
 * Every dynamic DNS record kept in step with the engine's confirmed addresses: one RecordKeeper
 * per enabled record (record-keeper.ts), each updated only on a confirmed change of its family
 * (A from IPv4, AAAA from IPv6: the engine's `change` events, never a check's unconfirmed
 * answer), brought to the current address at start, rebuilt when its settings change. A record
 * whose updater cannot be built (a bad secret) is stopped with why; the others go on.
 */
import type { DdnsRecordStatus, DdnsStatus } from '../../../shared/contract-ddns';
import type { DdnsRecord } from '../../../shared/ddns-settings';
import type { EngineEvent, Family } from '../../../shared/types';
import type { SecretSource } from '../secrets/resolve';
import type { Confirmed } from './plan';
import { fingerprint } from './plan';
import { type KeeperOptions, RecordKeeper } from './record-keeper';
import { buildUpdater } from './registry';
import type { DdnsDeps } from './types';
import { recordName } from './zone-servers';

export interface DdnsKeeperDeps extends KeeperOptions {
  updaterDeps: DdnsDeps;
  secrets: SecretSource;
  /** The engine's confirmed address of a family now, with when it was confirmed; null when none. */
  confirmed(family: Family): Confirmed | null;
  /** Each secret a record resolved to, so the logs and the status never show it. */
  addSecrets(secrets: string[]): void;
}

type Entry = { fp: string; keeper: RecordKeeper } | { fp: string; fixed: DdnsRecordStatus };

const fixedStatus = (r: DdnsRecord, state: 'stopped' | 'off', why: string): DdnsRecordStatus => ({
  id: r.id,
  provider: r.provider,
  name: recordName(r).name,
  type: r.type,
  state,
  why,
  address: null,
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

  constructor(private readonly d: DdnsKeeperDeps) {}

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
    const starts: Promise<void>[] = [];
    for (const r of records) {
      const fp = fingerprint(r);
      const was = this.entries.get(r.id);
      if (was?.fp === fp) continue;
      if (was && 'keeper' in was) was.keeper.close();
      const entry = this.build(r, fp);
      this.entries.set(r.id, entry);
      if ('keeper' in entry && this.started) starts.push(entry.keeper.start(this.d.confirmed(entry.keeper.family)));
    }
    this.d.changed();
    // Each record's start may ask its provider (a check): never held up by it, nor one by another.
    void Promise.all(starts);
  }

  /** The engine's events: a confirmed change reaches each record of its family. */
  onEvent(e: EngineEvent): void {
    if (e.type !== 'change') return;
    for (const entry of this.entries.values())
      if ('keeper' in entry && entry.keeper.family === e.family) entry.keeper.confirm({ address: e.to, at: e.at });
  }

  status(): DdnsStatus {
    return { records: [...this.entries.values()].map((e) => ('keeper' in e ? e.keeper.status() : e.fixed)) };
  }

  close(): void {
    for (const e of this.entries.values()) if ('keeper' in e) e.keeper.close();
    this.entries.clear();
  }

  private build(r: DdnsRecord, fp: string): Entry {
    if (!r.enabled) return { fp, fixed: fixedStatus(r, 'off', 'switched off in the settings') };
    const built = buildUpdater(r as unknown as Record<string, unknown>, this.d.updaterDeps, this.d.secrets);
    this.d.addSecrets(built.secrets);
    if (!built.ok) {
      this.d.logger.warn('ddns record cannot be built', { record: r.id, reason: built.reason });
      return { fp, fixed: fixedStatus(r, 'stopped', built.reason) };
    }
    return { fp, keeper: new RecordKeeper(r, fp, built.updater, this.d) };
  }
}
