/** How the history and outbox commands print for people: UTC times, tables and the stats report. Pure. */
import { english } from '../../shared/i18n/translators';
import { uptimeLine } from '../../shared/uptime';
import { formatDuration } from '../engine/format';
import type { StatsReport } from '../engine/store';

export const iso = (t: number) => new Date(t).toISOString().replace('T', ' ').slice(0, 19);

/** Columns padded to their widest cell; the last column is not padded. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return (
    cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')).join('\n') + '\n'
  );
}

export function formatStats(s: StatsReport): string {
  const lines = [`Period ${iso(s.from)} .. ${iso(s.to)} UTC`, `Changes ${s.changes.total}`];
  for (const [name, f] of Object.entries(s.families)) {
    if (!f.changes && !f.longestRun) continue;
    const mean = f.meanTimeBetweenChangesMs === null ? 'n/a' : formatDuration(f.meanTimeBetweenChangesMs);
    const longest = f.longestRun ? `${f.longestRun.ip} for ${formatDuration(f.longestRun.durationMs)}` : 'n/a';
    lines.push(`  ${name}: ${f.changes} changes, mean time between ${mean}, longest run ${longest}`);
  }
  // The same words as the dashboard's Uptime card and the bot's /stats (shared/uptime.ts).
  // Beside a running monitor the folder holds its last save (every few minutes): the figure says when it ends.
  const { until } = s.uptime;
  const upTo = until !== null && until < s.to - 1000 ? ` · counted until ${iso(until)} UTC` : '';
  lines.push(`Uptime ${uptimeLine(s.uptime, english, 'n/a (the monitor did not run in this period)')}${upTo}`, '');
  const weeks = s.changes.perWeek.map((w) => [w.label, w.count]);
  let text = `${lines.join('\n')}\n${table(['WEEK OF', 'CHANGES'], weeks)}`;
  if (s.sources.length) {
    const rows = s.sources.map((x) => [
      x.source,
      x.ok,
      x.fail,
      x.successRate === null ? '-' : `${(x.successRate * 100).toFixed(2)}%`,
      x.meanLatencyMs ?? '-',
      x.maxLatencyMs ?? '-',
    ]);
    text += `\n${table(['SOURCE', 'OK', 'FAIL', 'SUCCESS', 'MEAN MS', 'MAX MS'], rows)}`;
  }
  return text;
}
