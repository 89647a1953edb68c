/**
 * The two metrics fed by engine events (the address changes, and each check's duration), tallied
 * from the start in plain numbers so prom-client itself loads only at the first scrape
 * (metrics.ts): a runner nobody scrapes never carries it. Bounded by design: one counter a family,
 * and one histogram row a family and check result (2 × the results, each a fixed 9 buckets).
 * `text()` writes them as Prometheus text (exposition format 0.0.4), as prom-client writes its
 * own counters and histograms.
 */
import type { EngineEvent } from '../../../../shared/types';

/** The check duration buckets, in seconds (upper bounds; +Inf is added). */
export const CHECK_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16] as const;

const CHANGES = {
  name: 'ipwatch_changes_total',
  help: 'Confirmed address changes since the monitor started, per family (a first address is not one)',
};
const CHECKS = { name: 'ipwatch_check_duration_seconds', help: 'Duration of one check of one family' };

interface Row {
  family: string;
  result: string;
  /** Checks in each bucket (not cumulative), then those over the last bound. */
  counts: number[];
  sum: number;
}

export interface EventTally {
  observe(event: EngineEvent): void;
  text(): string;
}

export function createEventTally(): EventTally {
  const changes = new Map<string, number>([
    ['4', 0],
    ['6', 0],
  ]);
  const rows = new Map<string, Row>();
  return {
    observe(event) {
      // A family's first address (from none) is the monitor learning it, not a change (as the stats count).
      if (event.type === 'change' && event.from !== null) {
        const family = String(event.family);
        changes.set(family, (changes.get(family) ?? 0) + 1);
      }
      if (event.type === 'check') {
        const key = `${event.family}|${event.result}`;
        let row = rows.get(key);
        if (!row) {
          row = { family: String(event.family), result: event.result, counts: new Array<number>(10).fill(0), sum: 0 };
          rows.set(key, row);
        }
        const seconds = event.durationMs / 1000;
        const i = CHECK_BUCKETS.findIndex((le) => seconds <= le);
        row.counts[i === -1 ? CHECK_BUCKETS.length : i]! += 1;
        row.sum += seconds;
      }
    },
    text() {
      const lines = [`# HELP ${CHANGES.name} ${CHANGES.help}`, `# TYPE ${CHANGES.name} counter`];
      for (const [family, n] of changes) lines.push(`${CHANGES.name}{family="${family}"} ${n}`);
      lines.push(`# HELP ${CHECKS.name} ${CHECKS.help}`, `# TYPE ${CHECKS.name} histogram`);
      for (const row of rows.values()) {
        const labels = `family="${row.family}",result="${row.result}"`;
        let cumulative = 0;
        CHECK_BUCKETS.forEach((le, i) => {
          cumulative += row.counts[i]!;
          lines.push(`${CHECKS.name}_bucket{le="${le}",${labels}} ${cumulative}`);
        });
        cumulative += row.counts[CHECK_BUCKETS.length]!;
        lines.push(`${CHECKS.name}_bucket{le="+Inf",${labels}} ${cumulative}`);
        lines.push(`${CHECKS.name}_sum{${labels}} ${row.sum}`, `${CHECKS.name}_count{${labels}} ${cumulative}`);
      }
      return `${lines.join('\n')}\n`;
    },
  };
}
