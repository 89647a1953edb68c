/**
 * Headless access to the history store:
 *   history [--family 4|6] [--from D] [--to D] [--ip TEXT] [--limit N] [--offset N] [--json]
 *   export --format csv|json [--out FILE]      stats [--from D] [--to D] [--days N] [--json]
 *   backup FILE      restore FILE      import FILE [--from ipwatch|seed|ddns-updater] [--tz ZONE]      repair
 * Readable tables by default, JSON with --json. Every failure becomes one clear line on
 * stderr and an exit code (cli-errors.ts); nothing is thrown past the action. Reading
 * commands open the store read-only, so they work beside a running monitor; the ones that
 * change the history take the data folder's lock and are refused while the monitor runs.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import type { Writable } from 'node:stream';

import { type Command, Option } from 'commander';

import { formatDuration } from '../engine/format';
import { type ImportFormat, importHistoryFile } from '../engine/history-import';
import type { ExportFormat, HistoryStore } from '../engine/store';
import { MAX_LIMIT } from '../engine/store/history-query';
import type { StoreAccess } from '../host';
import { PORT_OPTION } from './api-command';
import { parseDate, wholeNumber } from './cli-args';
import { commandAction } from './cli-errors';
import { formatStats, iso, table } from './history-format';
import { formatImport } from './import-summary';
import {
  askRunnerStats,
  countedUpToNow,
  runnerHolds,
  type RunnerStatsContext,
  type StatsQueryOptions,
} from './stats-command';
import { type OpenStore, withStore } from './with-store';

export interface HistoryCommandIO {
  out?: Writable;
  err?: Writable;
  /** How `stats` finds and asks a runner of this folder; absent: the saved history only. */
  runner?: () => RunnerStatsContext;
}

/** What every history command is given: where to write, and how to run with the store. */
interface HistoryCli {
  out(): Writable;
  err(): Writable;
  /** Opens the store as asked, runs the command, always closes; errors become one line and an exit code. */
  run<A extends unknown[]>(
    access: StoreAccess,
    fn: (store: HistoryStore, ...args: A) => Promise<void>,
  ): (...args: A) => Promise<void>;
  /** Whether --json was given. */
  json(cmd: Command): boolean;
  /** The runner of this folder, for `stats`. */
  readonly runner: RunnerStatsContext | undefined;
}

const READ: StoreAccess = { mode: 'read' };

const write = (out: Writable, text: string) =>
  new Promise<void>((resolve, reject) => out.write(text, (err) => (err ? reject(err) : resolve())));

export function registerHistoryCommands(program: Command, open: OpenStore, io: HistoryCommandIO = {}): void {
  const err = () => io.err ?? process.stderr;
  const cli: HistoryCli = {
    out: () => io.out ?? process.stdout,
    err,
    run: (access, fn) =>
      commandAction(
        (...args) => withStore(open, access, (store) => fn(store, ...args)),
        (text) => void err().write(text),
      ),
    json: (cmd) => Boolean(cmd.optsWithGlobals<{ json?: boolean }>().json),
    get runner() {
      return io.runner?.();
    },
  };
  for (const add of [addHistory, addStats, addExport, addBackup, addRestore, addImport, addRepair]) add(program, cli);
}

interface HistoryOptions {
  family?: string;
  from?: number;
  to?: number;
  ip?: string;
  limit: number;
  offset: number;
}

function addHistory(program: Command, cli: HistoryCli): void {
  program
    .command('history')
    .description('list address history (one line per run of an address), newest first')
    .addOption(new Option('--family <n>', 'only IPv4 or IPv6').choices(['4', '6']))
    .option('--from <date>', 'runs that were current on or after this date', (v) => parseDate(v))
    .option('--to <date>', 'runs that were current on or before this date', (v) => parseDate(v, true))
    .option('--ip <text>', 'addresses containing this text')
    .option('--limit <n>', `rows per page (1-${MAX_LIMIT})`, wholeNumber(1, MAX_LIMIT), 50)
    .option('--offset <n>', 'rows to skip', wholeNumber(0), 0)
    .option('--json', 'print JSON')
    .action(
      cli.run(READ, async (store, o: HistoryOptions, cmd: Command) => {
        const page = store.history({ ...o, family: o.family === undefined ? undefined : o.family === '6' ? 6 : 4 });
        if (cli.json(cmd)) return write(cli.out(), `${JSON.stringify(page, null, 2)}\n`);
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
        const head = ['FAMILY', 'ADDRESS', 'FIRST SEEN (UTC)', 'LAST SEEN', 'HELD', 'CHECKS', 'TRIGGER'];
        await write(cli.out(), `${table(head, rows)}${shown} of ${page.total}\n`);
      }),
    );
}

function addStats(program: Command, cli: HistoryCli): void {
  program
    .command('stats')
    .description('changes per day/week/month, uptime, run lengths and source health for a period')
    .option('--from <date>', 'start of the period', (v) => parseDate(v))
    .option('--to <date>', 'end of the period (default now)', (v) => parseDate(v, true))
    .option('--days <n>', 'the last N days (default 30)', wholeNumber(1))
    .option(...PORT_OPTION)
    .option('--json', 'print JSON')
    .action(
      cli.run(READ, async (store, o: StatsQueryOptions & { port?: number }, cmd: Command) => {
        const { port, ...q } = o;
        // While a runner holds the folder, its figures (stats-command.ts), never the history as last saved.
        const live = cli.runner ? await runnerHolds(cli.runner.dataDir) : false;
        const asked = live && cli.runner ? await askRunnerStats(cli.runner, q, port) : null;
        if (asked && 'why' in asked) cli.err().write(`${countedUpToNow(asked.why)}\n`);
        if (asked && 'runner' in asked) cli.err().write(`ipwatch: asked ${asked.runner}\n`);
        const s = asked && 'report' in asked ? asked.report : store.stats(q, { runnerLive: live });
        await write(cli.out(), cli.json(cmd) ? `${JSON.stringify(s, null, 2)}\n` : formatStats(s));
      }),
    );
}

function addExport(program: Command, cli: HistoryCli): void {
  program
    .command('export')
    .description('export the history as CSV (runs) or JSON (everything importable)')
    .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).makeOptionMandatory())
    .option('--out <file>', 'write to a file instead of stdout')
    .action(
      cli.run(READ, async (store, o: { format: ExportFormat; out?: string }) => {
        if (!o.out) {
          await store.exportTo(cli.out(), o.format);
          return;
        }
        const file = createWriteStream(o.out, { flags: 'wx' });
        await once(file, 'open');
        try {
          const { rows } = await store.exportTo(file, o.format);
          file.end();
          await once(file, 'finish');
          cli.err().write(`exported ${rows} rows to ${o.out}\n`);
        } catch (e) {
          file.destroy();
          await unlink(o.out).catch(() => undefined);
          throw e;
        }
      }),
    );
}

function addBackup(program: Command, cli: HistoryCli): void {
  program
    .command('backup <file>')
    .description('write a consistent copy of the whole history database to FILE (works while the monitor runs)')
    .action(
      cli.run(READ, async (store, file: string) => {
        const { bytes } = await store.backupTo(file);
        await write(cli.out(), `backed up ${bytes} bytes to ${file}\n`);
      }),
    );
}

function addRestore(program: Command, cli: HistoryCli): void {
  program
    .command('restore <file>')
    .description('replace the history with a backup (the current one is kept in backups/); stop the monitor first')
    .action(
      cli.run({ mode: 'write', role: 'restore' }, async (store, file: string) => {
        const { keptAs } = await store.restoreFrom(file);
        await write(cli.out(), `restored ${file}${keptAs ? `; previous history kept as ${keptAs}` : ''}\n`);
      }),
    );
}

function addImport(program: Command, cli: HistoryCli): void {
  program
    .command('import <file>')
    .description(
      "merge history from an IPWatch JSON export, the seed bot's SQLite or JSON, or ddns-updater's updates.json",
    )
    .addOption(
      new Option('--from <format>', 'file format (default: detected)').choices(['ipwatch', 'seed', 'ddns-updater']),
    )
    .option('--tz <zone>', "IANA zone of times written without one (the seed bot's); default: this machine's")
    .option('--json', 'print JSON')
    .action(
      cli.run(
        { mode: 'write', role: 'import' },
        async (store, file: string, o: { from?: ImportFormat; tz?: string }, cmd: Command) => {
          const r = await importHistoryFile(store, file, o.from, { tz: o.tz });
          await write(cli.out(), `${cli.json(cmd) ? JSON.stringify(r, null, 2) : formatImport(file, r)}\n`);
        },
      ),
    );
}

function addRepair(program: Command, cli: HistoryCli): void {
  program
    .command('repair')
    .description(
      'check the history file and, if it is damaged, recover it from the newest good copy; stop the monitor first',
    )
    .action(
      cli.run({ mode: 'write', role: 'repair' }, async (store) => {
        const r = store.status().recovered;
        const text = !r
          ? `the history file is healthy; nothing to repair`
          : `the history file was damaged (${r.reason}); kept as ${r.movedTo}; ` +
            (r.from ? `recovered from ${r.from}` : 'no good copy was found, so the history starts empty');
        await write(cli.out(), `${text}\n`);
      }),
    );
}
