/** One update of a record's settings through the registry, as the contract builds it, for a provider's own cases. */
import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import type { DdnsOutcome } from '../../../../../shared/settings/ddns';

export async function updateOnce(record: Record<string, unknown>, address: string): Promise<DdnsOutcome> {
  const deps = {
    udp: undefined as never,
    http: createDdnsHttp({ timeoutMs: 500 }),
    clock: { now: () => Date.now() },
    timeoutMs: 2000,
  };
  const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
  if (!built.ok) throw new Error(built.reason);
  return built.updater.update(address, new AbortController().signal);
}
