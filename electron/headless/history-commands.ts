/**
 * Headless access to the history store:
 *   history [--family 4|6] [--from D] [--to D] [--ip TEXT] [--limit N] [--offset N] [--json]
 *   export --format csv|json [--out FILE]      stats [--from D] [--to D] [--days N] [--json]
 *   backup FILE      restore FILE      import FILE [--from ipwatch|seed|ddns-updater]
 * Readable tables by default, JSON with --json. Every failure becomes one clear line on
 * stderr and a non-zero exit code; nothing is thrown past the action.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import type { Writable } from 'node:stream';

import { type Command, InvalidArgumentError, Option } from 'commander';

import type { ExportFormat, HistoryStore, ImportFormat, StatsReport } from '../engine/store';

export interface HistoryCommandIO {
  out?: Writable;
  err?: Writable;
}

const DAY = 86_400_000;

/** "2025-03-01" (UTC midnight; the end of that day when `endOfDay`), an ISO date-time, or epoch ms. */
export function parseDate(text: string, endOfDay = false): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const t = Date.parse(`${text}T00:00:00Z`);
    if (Number.isFinite(t)) return endOfDay ? t + DAY - 1 : t;
  } else if (/^\d+$/.test(text)) {
    return Number(text);
  } else {
    const t = Date.parse(text);
    if (Number.isFinite(t)) return t;
  }
  throw new InvalidArgumentError(`not a date: ${text} (use 2025-03-01 or 2025-03-01T12:00:00Z)`);
}

const positive = (text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`not a whole number: ${text}`);
  return n;
};

const iso = (t: number) => new Date(t).toISOString().replace('T', ' ').slice(0, 19);

export function formatDuration(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${min} min`;
  if (min < 48 * 60) return `${Math.floor(min / 60)} h ${min % 60} min`;
  return `${(min / 1440).toFixed(1)} d`;
}

/** Columns padded to their widest cell; the last column is not padded. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return (
    cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')).join('\n') + '\n'
  );
}

function formatStats(s: StatsReport): string {
  const lines = [`Period ${iso(s.from)} .. ${iso(s.to)} UTC`, `Changes ${s.changes.total}`];
  for (const [name, f] of Object.entries(s.families)) {
    if (!f.changes && !f.longestRun) continue;
    const mean = f.meanTimeBetweenChangesMs === null ? 'n/a' : formatDuration(f.meanTimeBetweenChangesMs);
    const longest = f.longestRun ? `${f.longestRun.ip} for ${formatDuration(f.longestRun.durationMs)}` : 'n/a';
    lines.push(`  ${name}: ${f.changes} changes, mean time between ${mean}, longest run ${longest}`);
  }
  const { percent, offlineMs, monitoredMs } = s.uptime;
  lines.push(
    percent === null
      ? 'Uptime n/a (the monitor did not run in this period)'
      : `Uptime ${percent}% of ${formatDuration(monitoredMs)} monitored (offline ${formatDuration(offlineMs)})`,
    '',
  );
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

const write = (out: Writable, text: string) =>
  new Promise<void>((resolve, reject) => out.write(text, (err) => (err ? reject(err) : resolve())));

export function registerHistoryCommands(
  program: Command,
  open: () => Promise<HistoryStore>,
  io: HistoryCommandIO = {},
): void {
  const out = () => io.out ?? process.stdout;
  const err = () => io.err ?? process.stderr;
  /** Opens the store, runs the command, always closes, and turns any error into exit code 1. */
  const run =
    <A extends unknown[]>(fn: (store: HistoryStore, ...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      let store: HistoryStore | null = null;
      try {
        store = await open();
        await fn(store, ...args);
      } catch (e) {
        err().write(`ipwatch: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 1;
      } finally {
        await store?.close().catch((e: unknown) => {
          err().write(`ipwatch: could not save the history: ${String(e)}\n`);
          process.exitCode = 1;
        });
      }
    };
  const json = (cmd: Command) => Boolean(cmd.optsWithGlobals<{ json?: boolean }>().json);

  program
    .command('history')
    .description('list address history (one line per run of an address), newest first')
    .addOption(new Option('--family <n>', 'only IPv4 or IPv6').choices(['4', '6']))
    .option('--from <date>', 'runs that were current on or after this date', (v) => parseDate(v))
    .option('--to <date>', 'runs that were current on or before this date', (v) => parseDate(v, true))
    .option('--ip <text>', 'addresses containing this text')
    .option('--limit <n>', 'rows per page', positive, 50)
    .option('--offset <n>', 'rows to skip', positive, 0)
    .option('--json', 'print JSON')
    .action(
      run(
        async (
          store,
          o: { family?: string; from?: number; to?: number; ip?: string; limit: number; offset: number },
          cmd: Command,
        ) => {
          const page = store.history({ ...o, family: o.family === undefined ? undefined : o.family === '6' ? 6 : 4 });
          if (json(cmd)) return write(out(), `${JSON.stringify(page, null, 2)}\n`);
          const rows = page.items.map((r) => [
            `v${r.family}`,
            r.ip,
            iso(r.firstSeen),
            iso(r.lastSeen),
            formatDuration(r.lastSeen - r.firstSeen),
            r.checks,
            r.change?.trigger ?? '-',
          ]);
          const shown = page.items.length ? `${page.offset + 1}-${page.offset + page.items.length}` : '0';
          await write(
            out(),
            `${table(['FAMILY', 'ADDRESS', 'FIRST SEEN (UTC)', 'LAST SEEN', 'HELD', 'CHECKS', 'TRIGGER'], rows)}${shown} of ${page.total}\n`,
          );
        },
      ),
    );

  program
    .command('stats')
    .description('changes per day/week/month, uptime, run lengths and source health for a period')
    .option('--from <date>', 'start of the period', (v) => parseDate(v))
    .option('--to <date>', 'end of the period (default now)', (v) => parseDate(v, true))
    .option('--days <n>', 'the last N days (default 30)', positive)
    .option('--json', 'print JSON')
    .action(
      run(async (store, o: { from?: number; to?: number; days?: number }, cmd: Command) => {
        const s = store.stats(o);
        await write(out(), json(cmd) ? `${JSON.stringify(s, null, 2)}\n` : formatStats(s));
      }),
    );

  program
    .command('export')
    .description('export the history as CSV (runs) or JSON (everything importable)')
    .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).makeOptionMandatory())
    .option('--out <file>', 'write to a file instead of stdout')
    .action(
      run(async (store, o: { format: ExportFormat; out?: string }) => {
        if (!o.out) {
          await store.exportTo(out(), o.format);
          return;
        }
        const file = createWriteStream(o.out, { flags: 'wx' });
        await once(file, 'open');
        try {
          const { rows } = await store.exportTo(file, o.format);
          file.end();
          await once(file, 'finish');
          err().write(`exported ${rows} rows to ${o.out}\n`);
        } catch (e) {
          file.destroy();
          await unlink(o.out).catch(() => undefined);
          throw e;
        }
      }),
    );

  program
    .command('backup <file>')
    .description('write a copy of the whole history database to FILE')
    .action(
      run(async (store, file: string) => {
        const { bytes } = await store.backupTo(file);
        await write(out(), `backed up ${bytes} bytes to ${file}\n`);
      }),
    );

  program
    .command('restore <file>')
    .description('replace the history with a backup (the current one is kept in backups/); stop the app first')
    .action(
      run(async (store, file: string) => {
        const { keptAs } = await store.restoreFrom(file);
        await write(out(), `restored ${file}${keptAs ? `; previous history kept as ${keptAs}` : ''}\n`);
      }),
    );

  program
    .command('import <file>')
    .description("merge history from an IPWatch JSON export, the seed bot's SQLite, or ddns-updater's updates.json")
    .addOption(
      new Option('--from <format>', 'file format (default: detected)').choices(['ipwatch', 'seed', 'ddns-updater']),
    )
    .option('--json', 'print JSON')
    .action(
      run(async (store, file: string, o: { from?: ImportFormat }, cmd: Command) => {
        const r = await store.importFile(file, o.from);
        const text = json(cmd)
          ? JSON.stringify(r, null, 2)
          : `imported ${file} (${r.format}): runs +${r.runs.added} (${r.runs.skipped} already there), ` +
            `changes +${r.changes.added} (${r.changes.skipped}), outages +${r.outages.added} (${r.outages.skipped})`;
        await write(out(), `${text}\n`);
      }),
    );
}
