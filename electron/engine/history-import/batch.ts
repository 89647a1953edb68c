/**
 * What every reader of an import file produces: a batch of runs, changes, outages and monitor
 * sessions, checked and in IPWatch's own terms, ready to be merged (merge.ts).
 */
import { addressKey, parseAddress } from '../../../shared/ip';
import type { Family } from '../../../shared/types';
import type { ChangeIn, OutageIn, RunIn, SessionIn } from '../store';

export interface ImportBatch {
  runs: RunIn[];
  changes: ChangeIn[];
  outages: OutageIn[];
  /** Absent from files without sessions (other tools, exports before sessions were kept). */
  sessions?: SessionIn[];
}

/** A file that cannot be imported; the message is meant for the user as is. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Files larger than this are refused before parsing: an export of decades of history is a few MB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Canonical text of an address of the given family, or null. */
export function canonicalIp(text: string, family?: Family): string | null {
  const p = parseAddress(text.trim());
  if (!p || (family !== undefined && p.family !== family)) return null;
  return p.addr.toString();
}

/**
 * Turns a list of sightings (another tool's history: an address and when it was seen)
 * into runs and changes: consecutive sightings of one address form a run that lasts
 * until the next address, which opens the next run with a change from the previous.
 */
export function sightingsToBatch(sightings: { ip: string; at: number }[], source: string): ImportBatch {
  const batch: ImportBatch = { runs: [], changes: [], outages: [] };
  const sorted = [...sightings].sort((a, b) => a.at - b.at);
  const open = new Map<Family, RunIn>();
  const seen = new Set<string>();
  for (const s of sorted) {
    const p = parseAddress(s.ip);
    if (!p) throw new ImportError(`not an IP address: ${JSON.stringify(s.ip.slice(0, 60))}`);
    const ip = p.addr.toString();
    const dup = `${ip}@${s.at}`;
    if (seen.has(dup)) continue;
    seen.add(dup);
    const run = open.get(p.family);
    if (run && addressKey(run.ip, p.family) === addressKey(ip, p.family)) {
      run.lastSeen = s.at;
      run.checks += 1;
      continue;
    }
    if (run) {
      // These tools log when an address was set, so the previous one held until now.
      run.lastSeen = s.at;
      batch.changes.push({ family: p.family, from: run.ip, to: ip, at: s.at, sources: [source], trigger: 'import' });
    }
    const next: RunIn = { family: p.family, ip, firstSeen: s.at, lastSeen: s.at, checks: 1, sources: [source] };
    batch.runs.push(next);
    open.set(p.family, next);
  }
  return batch;
}
