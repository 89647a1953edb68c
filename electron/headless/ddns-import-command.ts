/**
 * `ddns-import <file>`: moves ddns-updater's records (its config.json `settings` array) or
 * ddns-go's (its .ddns_go_config.yaml `dnsconf` list, engine/ddns/import-ddns-go.ts)
 * into this data folder's settings.json `ddns.records`, for the providers IPWatch keeps in step
 * (engine/ddns/import-ddns-updater.ts decides each entry). The write goes the way every edit
 * goes: validated by the shared schema, atomic, readable by its owner only (0600), and the
 * monitor reads it when it starts. Secrets stay values in that file, as ddns-updater had them
 * in its own. One line per record imported, one per entry refused (never a secret), then a
 * summary; the exit code is 1 when nothing was imported. `--dry-run` prints the same and writes
 * nothing.
 * One process writes a data folder: the write takes the folder's lock (engine/store/data-lock.ts),
 * so while a monitor or the app runs it is refused, naming that process (exit 1), instead of racing
 * the runner's own settings writes (a bot's /config set, a channel's new chat id) and losing one.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';

import type { Command } from 'commander';
import YAML from 'yaml';

import type { ImportResult } from '../engine/ddns/import-ddns-updater';
import { createLogger, stderrSink } from '../engine/logger';
import { acquireDataLock } from '../engine/store/data-lock';
import { readSettingsDoc } from '../host/settings-doc';
import { loadSettingsFile, settingsPath } from '../host/settings-file';
import { resolveSource } from '../host/settings-source';
import { editSettingsFile } from '../host/settings-write';
import { commandAction, EXIT_FAILED, EXIT_OK, UsageError } from './cli-errors';

export interface DdnsImportOptions {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  config: string;
  dryRun: boolean;
  out: (line: string) => void;
}

type Json = Record<string, unknown>;

const recordsOf = (raw: Json): unknown[] => {
  const records = (raw.ddns as { records?: unknown } | undefined)?.records;
  return Array.isArray(records) ? records : [];
};
const idOf = (r: unknown): unknown => (typeof r === 'object' && r !== null ? (r as { id?: unknown }).id : undefined);

/** What a record is, without its secrets: `cloudflare A home.example.org`. */
function describe(r: Json): string {
  const name = r.name ?? r.hostname ?? (r.provider === 'duckdns' ? `${String(r.domain)}.duckdns.org` : '?');
  return `${String(r.provider)} ${String(r.type)} ${String(name)}`;
}

/**
 * Which peer's file `text` is, and its records: ddns-updater's config.json (a `settings` array)
 * or ddns-go's .ddns_go_config.yaml (a `dnsconf` list; YAML, of which JSON is a part).
 */
export async function importWhole(text: string, file: string): Promise<ImportResult> {
  let config: unknown;
  try {
    config = YAML.parse(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new UsageError(`${file} is neither JSON nor YAML (${(err as Error).message}); nothing was imported`);
  }
  const has = (k: string) => typeof config === 'object' && config !== null && k in config;
  // Loaded when a file is imported: the importers bring every provider, which the runner loads
  // only when a record is set (tests/electron/engine/runtime/startup-loads.test.ts).
  if (has('settings')) return (await import('../engine/ddns/import-ddns-updater')).importDdnsUpdater(config);
  if (has('dnsconf')) return (await import('../engine/ddns/import-ddns-go')).importDdnsGo(config);
  throw new UsageError(
    `${file} is neither ddns-updater's config.json (no "settings") nor ddns-go's config (no "dnsconf"); nothing was imported`,
  );
}

export async function importDdnsConfig(o: DdnsImportOptions): Promise<number> {
  let text: string;
  try {
    text = await readFile(o.config, 'utf8');
  } catch (err) {
    throw new UsageError(`${o.config} cannot be read (${String(err)}); nothing was imported`);
  }
  const { records, refused } = await importWhole(text, o.config);
  // The base in force: settings.yaml when it is there (host/settings-source.ts).
  const resolved = resolveSource(o.dataDir, o.env);
  const file = resolved.ok ? resolved.source.base : settingsPath(o.dataDir);
  // Ids already in the settings are left as they are: importing twice adds nothing.
  const split = (raw: Json) => {
    const taken = new Set(recordsOf(raw).map(idOf));
    return {
      fresh: records.filter((r) => !taken.has(r.id)),
      kept: records.filter((r) => taken.has(r.id)),
    };
  };
  let outcome: { fresh: Json[]; kept: Json[] };
  if (o.dryRun) {
    const current = existsSync(file)
      ? readSettingsDoc(await readFile(file, 'utf8'), file)
      : { ok: true as const, doc: { raw: {} } };
    if (!current.ok) throw new UsageError(`the settings cannot be read: ${current.errors.join('; ')}`);
    outcome = split(current.doc.raw);
  } else {
    await mkdir(o.dataDir, { recursive: true });
    const logger = createLogger('ddns-import', { level: 'warn', sink: stderrSink });
    const lock = await acquireDataLock(o.dataDir, { logger, role: 'ddns-import' });
    try {
      // Creates settings.json with the defaults when there is none yet, and refuses an invalid one.
      const loaded = await loadSettingsFile(o.dataDir, o.env);
      if (!loaded.ok) throw new UsageError(`invalid settings, nothing was changed:\n  ${loaded.errors.join('\n  ')}`);
      outcome = { fresh: [], kept: [] };
      await editSettingsFile(o.dataDir, o.env, (raw) => {
        outcome = split(raw);
        if (!outcome.fresh.length) return;
        const ddns = typeof raw.ddns === 'object' && raw.ddns !== null ? (raw.ddns as Json) : {};
        raw.ddns = { ...ddns, records: [...recordsOf(raw), ...outcome.fresh] };
      });
    } finally {
      await lock.release();
    }
  }
  const verb = o.dryRun ? 'would import' : 'imported';
  for (const r of outcome.fresh) o.out(`${verb} ${String(r.id)}: ${describe(r)}`);
  for (const r of outcome.kept) o.out(`refused ${String(r.id)}: a record with this id is already in the settings`);
  for (const line of refused) o.out(`refused ${line}`);
  const where = o.dryRun ? '(dry run: nothing written)' : `into ${file}`;
  o.out(`${outcome.fresh.length} record(s) made, ${refused.length + outcome.kept.length} refused; ${verb} ${where}`);
  return outcome.fresh.length > 0 ? EXIT_OK : EXIT_FAILED;
}

export function registerDdnsImportCommand(program: Command, env: NodeJS.ProcessEnv): void {
  program
    .command('ddns-import')
    .description("move ddns-updater's or ddns-go's records into the settings' dynamic DNS records")
    .argument('<config>', "ddns-updater's config.json or ddns-go's .ddns_go_config.yaml")
    .option('--dry-run', 'print what would be imported and refused; write nothing', false)
    .action(
      commandAction(async (config: string, opts: { dryRun: boolean }) => {
        const { dataDir } = program.opts<{ dataDir: string }>();
        const out = (line: string) => void process.stdout.write(`${line}\n`);
        return importDdnsConfig({ dataDir, env, config, dryRun: opts.dryRun, out });
      }),
    );
}
