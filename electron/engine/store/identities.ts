/**
 * The network identity kept beside each run's address (runs.asn, org, country, vpn). The store
 * is given the lookup (electron/engine/identity) as a plain function, so it imports none of it:
 * a run is stamped when it starts, and runs without one (kept before the identity existed,
 * imported, restored) are filled in when the store opens, imports or restores.
 */
import type { NetworkIdentity, VpnReason } from '../../../shared/identity';
import { all, type Database, numOrNull, type Row, strOrNull } from './sqlite';

/** Address -> identity; null when nothing is known of it. */
export type Identify = (ip: string) => NetworkIdentity | null;

const SET = 'UPDATE runs SET asn = ?, org = ?, country = ?, vpn = ?, block = ? WHERE';
const values = (i: NetworkIdentity) => [i.asn, i.org, i.country, i.vpn, i.block ?? null];

/** Stamps one run. */
export function stampRun(db: Database, id: number, identity: NetworkIdentity | null): void {
  if (identity) db.run(`${SET} id = ?`, [...values(identity), id]);
}

/**
 * Stamps every run of `ip` again, with what is known of it now (an online answer came after the
 * run started). Returns how many runs changed.
 */
export function restampAddress(db: Database, ip: string, identity: NetworkIdentity | null): number {
  if (!identity) return 0;
  db.run(`${SET} ip = ?`, [...values(identity), ip]);
  return db.getRowsModified();
}

/**
 * Fills in every run that has no identity yet, one lookup per address. Returns how many runs
 * it stamped; runs whose address nothing is known of stay empty (and are asked again next time).
 */
export function fillIdentities(db: Database, identify: Identify): number {
  const missing = 'asn IS NULL AND country IS NULL';
  let stamped = 0;
  for (const row of all(db, `SELECT DISTINCT ip FROM runs WHERE ${missing}`)) {
    const ip = String(row.ip);
    const identity = identify(ip);
    if (!identity) continue;
    db.run(`${SET} ip = ? AND ${missing}`, [...values(identity), ip]);
    stamped += db.getRowsModified();
  }
  return stamped;
}

/**
 * Fills in the announced prefix of every run that has its AS but no block yet (kept before the
 * block was, or enriched online), where the table still gives the run's own AS. Returns how many
 * runs it stamped.
 */
export function fillBlocks(db: Database, identify: Identify): number {
  let stamped = 0;
  for (const row of all(db, 'SELECT DISTINCT ip, asn FROM runs WHERE block IS NULL AND asn IS NOT NULL')) {
    const [ip, asn] = [String(row.ip), numOrNull(row.asn)];
    const now = identify(ip);
    if (!now?.block || now.asn !== asn) continue;
    db.run('UPDATE runs SET block = ? WHERE ip = ? AND asn = ? AND block IS NULL', [now.block, ip, asn]);
    stamped += db.getRowsModified();
  }
  return stamped;
}

/** The flags read from an ASN's list: a later list (or the access networks' exclusions) may change them. */
const LIST_FLAGS = "vpn IN ('vpn-asn', 'hosting-asn')";

/**
 * Reads the flag of every run flagged by its network's ASN again, with the lists as they are now:
 * a run kept when Hurricane Electric's tunnels were flagged reads as unflagged once they are not.
 * Only where the lookup still gives the run's own ASN (an online answer's network is left as it
 * is); a WARP flag, read from the connection itself, is never changed. Returns how many runs changed.
 */
export function reflagRuns(db: Database, identify: Identify): number {
  let changed = 0;
  for (const row of all(db, `SELECT DISTINCT ip, asn, vpn FROM runs WHERE ${LIST_FLAGS}`)) {
    const [ip, asn, vpn] = [String(row.ip), numOrNull(row.asn), strOrNull(row.vpn)];
    const now = identify(ip);
    if (!now || asn === null || now.asn !== asn || now.vpn === vpn) continue;
    db.run(`UPDATE runs SET vpn = ? WHERE ip = ? AND asn = ? AND vpn = ?`, [now.vpn, ip, asn, vpn]);
    changed += db.getRowsModified();
  }
  return changed;
}

/** A run row's identity, or null when it has none. */
export function identityOfRow(r: Row): NetworkIdentity | null {
  const asn = numOrNull(r.asn);
  const country = strOrNull(r.country);
  if (asn === null && country === null) return null;
  const block = strOrNull(r.block);
  return {
    asn,
    org: strOrNull(r.org),
    country,
    vpn: strOrNull(r.vpn) as VpnReason | null,
    ...(block ? { block } : {}),
  };
}
