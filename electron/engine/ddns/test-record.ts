/**
 * The Settings page's Test of one record (contract-ddns.ts testDdnsRecord): its updater built
 * as the keeper builds it, then `check` against the confirmed address of its family, bounded by
 * a timeout. Nothing is changed: a provider that cannot read a record (dyndns2, DuckDNS) says so
 * instead of updating it.
 */
import type { DdnsTestResult } from '../../../shared/contract/ddns';
import type { Reason } from '../../../shared/reason';
import type { DdnsRecord } from '../../../shared/settings/ddns';
import type { Clock } from '../clock';
import { inEnglish, reason, reasonOfError } from '../reason';
import type { SecretSource } from '../secrets/resolve';
import { buildUpdater } from './registry';
import type { DdnsDeps } from './types';

export interface TestRecordDeps {
  updaterDeps: DdnsDeps;
  secrets: SecretSource;
  clock: Clock;
  /** The whole test's bound, ms. */
  limitMs: number;
  /** The confirmed address of a family (an AAAA record's target), null when none yet. */
  address(family: 4 | 6): string | null;
  /** The engine's confirmed address when `address` is a record's target: with one, a missing target is a named prefix not on this host. */
  confirmed?(family: 4 | 6): string | null;
  addSecrets(secrets: string[]): void;
}

export const CANNOT_READ = inEnglish(reason('reason.ddns.cannotRead'));

/** `reason` beside the English when IPWatch words it (issue 62): the page says it in its language. */
const coded = (code: Reason | undefined): { reason?: Reason } => (code ? { reason: code } : {});

/** A failure said by its code, its English written from it. */
const failed = (why: Reason, ms: number): DdnsTestResult => ({ ok: false, error: inEnglish(why), reason: why, ms });

export async function testRecord(raw: Record<string, unknown>, d: TestRecordDeps): Promise<DdnsTestResult> {
  const started = d.clock.monotonic();
  const ms = () => Math.round(d.clock.monotonic() - started);
  const built = buildUpdater(raw, d.updaterDeps, d.secrets);
  d.addSecrets(built.secrets);
  if (!built.ok) return { ok: false, error: built.reason, ...coded(built.code), ms: ms() };
  const { updater } = built;
  if (!updater.check)
    return { ok: true, holds: null, detail: CANNOT_READ, reason: reason('reason.ddns.cannotRead'), ms: ms() };
  const type = (raw as Partial<DdnsRecord>).type === 'AAAA' ? 'AAAA' : 'A';
  const family = type === 'A' ? 4 : 6;
  const address = d.address(family);
  if (!address) {
    const none = d.confirmed?.(family) ? reason('reason.ddns.testNoTarget', { type }) : null;
    return failed(none ?? reason('reason.ddns.testNoAddress', { family, type }), ms());
  }
  const abort = new AbortController();
  let timer: ReturnType<Clock['setTimeout']> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = d.clock.setTimeout(() => resolve('late'), d.limitMs);
  });
  try {
    const seen = await Promise.race([updater.check(address, abort.signal), late]);
    if (seen === 'late') {
      // A time limit, not a cancel: the egress gate records the cut request as `TimeoutError`.
      abort.abort(new DOMException('The operation timed out.', 'TimeoutError'));
      return failed(reason('reason.ddns.testNoAnswer', { seconds: Math.round(d.limitMs / 1000) }), ms());
    }
    if (seen.kind === 'retry' || seen.kind === 'stop')
      return { ok: false, error: seen.reason, ...coded(seen.code), ms: ms() };
    const code = seen.kind === 'updated' ? undefined : seen.code;
    return { ok: true, holds: seen.kind !== 'differs', detail: seen.detail, ...coded(code), ms: ms() };
  } catch (err) {
    return {
      ok: false,
      error: err instanceof Error ? err.message : String(err),
      ...coded(reasonOfError(err)),
      ms: ms(),
    };
  } finally {
    if (timer !== undefined) d.clock.clearTimeout(timer);
  }
}
