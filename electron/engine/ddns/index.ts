/**
 * electron/engine/ddns: dynamic DNS records kept in step with the confirmed address. One file per
 * provider (rfc2136.ts: a signed RFC 2136 update) behind the registry (registry.ts), each
 * answering an update with an outcome the caller acts on (updated, unchanged, retry, stop);
 * propagation.ts asks the zone's authoritative servers until they all answer the new address.
 * The records' settings are shared/settings/ddns.ts.
 */
export { buildUpdater, type BuildUpdater, DDNS } from './registry';
export { importDdnsUpdater, type ImportResult } from './import-ddns-updater';
export type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from './types';
