/**
 * An older settings.json (or settings.yaml, its comments kept) written back once in the current version, as Mattermost Desktop and
 * VS Code do: the shared migrations (shared/settings/index.ts) upgrade the file's own JSON, so
 * every field in it is kept (no defaults filled in, no IPWATCH_* overrides written, unknown
 * fields left as they are). Without it every start upgraded again, and a raw edit (the bot's
 * /config set, the app's settings store) kept the old version, so a list the user had trimmed
 * since was widened again at each read.
 *
 * Only the writer of the data folder (the monitor or the app, holding its one-writer lock:
 * engine/store/data-lock.ts) calls this. The old text is first kept byte for byte beside it as
 * settings.v<N>.json or .yaml (settings.v<N>.2.json and on when that name holds something else), made
 * durable, then the new text replaces the file atomically. A file that cannot be read or
 * would not be valid once upgraded is never rewritten: the load has said why already.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { english } from '../../shared/i18n/translators';
import { migrateSettings, SETTINGS_VERSION } from '../../shared/settings';
import { upgradeNotes } from '../../shared/settings/upgrade-notes';
import type { Logger } from '../engine/logger';
import { inEnglish, reason } from '../engine/reason';
import type { HistoryStore } from '../engine/store';
import { createFileAtomic } from '../engine/store/atomic-file';
import { applyChange, changesBetween, docText, readSettingsDoc, type SettingsFormat } from './settings-doc';
import { parseInForce, settingsPath } from './settings-file';
import { fileSource } from './settings-source';
import { inTurn, writeSettingsText } from './settings-write';

export type SettingsUpgrade =
  /** The file is in the current version (or newer, or not readable as settings): left as it is. */
  | { upgraded: false; reason: string }
  /** Written back: the version it had, where its old text is kept, and the file's new text. */
  | { upgraded: true; from: number; to: number; copy: string; text: string };

/** Upgrades DATA_DIR/settings.json in place when it is older than this IPWatch; see the file's top. */
export async function upgradeSettingsFile(dataDir: string, env: NodeJS.ProcessEnv): Promise<SettingsUpgrade> {
  // The base in force: settings.yaml when it is there (a profile holds no version: it is not upgraded).
  const yaml = path.join(dataDir, 'settings.yaml');
  const file = existsSync(yaml) ? yaml : settingsPath(dataDir);
  // In turn with every other edit of the file in this process (settings-write.ts).
  return inTurn(file, () => upgradeInTurn(file, dataDir, env));
}

async function upgradeInTurn(file: string, dataDir: string, env: NodeJS.ProcessEnv): Promise<SettingsUpgrade> {
  const before = await readFile(file);
  const read = readSettingsDoc(before.toString('utf8'), file);
  if (!read.ok) return { upgraded: false, reason: read.errors.join('; ') };
  const { doc } = read;
  const from = doc.raw.version === undefined ? 0 : doc.raw.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from >= SETTINGS_VERSION)
    return { upgraded: false, reason: 'the file is in the current version' };
  const migrated = migrateSettings(doc.raw);
  if (!migrated.ok) return { upgraded: false, reason: migrated.errors.map((e) => `${file}: ${e}`).join('; ') };
  // JSON written whole as before; YAML changed field by field, so its comments stay.
  for (const change of changesBetween(doc.raw, migrated.value)) applyChange(doc, change, migrated.value);
  const text = doc.format === 'json' ? `${JSON.stringify(migrated.value, null, 2)}\n` : docText(doc);
  const checked = parseInForce(fileSource(file), text, env);
  if (!checked.ok) return { upgraded: false, reason: checked.errors.join('; ') };
  const copy = await keepCopy(dataDir, from, before, doc.format);
  // An edit by hand since the read wins: it is read (and upgraded) again at the next start.
  if (!before.equals(await readFile(file)))
    return { upgraded: false, reason: `${file} changed while it was being upgraded` };
  await writeSettingsText(file, text);
  return { upgraded: true, from, to: SETTINGS_VERSION, copy, text };
}

/** Writes `bytes` to the first free settings.v<N>[.<k>].json (or finds them there already), synced to disk. */
async function keepCopy(dataDir: string, version: number, bytes: Buffer, ext: SettingsFormat): Promise<string> {
  for (let k = 1; k <= 100; k++) {
    const copy = path.join(dataDir, k === 1 ? `settings.v${version}.${ext}` : `settings.v${version}.${k}.${ext}`);
    const existing = await readFile(copy).catch(() => null);
    if (existing?.equals(bytes)) return copy;
    if (existing) continue;
    // Whole and synced, never over a file of that name made meanwhile.
    if (await createFileAtomic(copy, bytes)) return copy;
  }
  throw new Error(`no free name for a copy of settings.${ext} (version ${version}) in ${dataDir}`);
}

/** An upgrade as a code and its values (its audit row's `reason`, said in the reader's language: issue 75). */
export const upgradeReason = (u: Extract<SettingsUpgrade, { upgraded: true }>) =>
  reason('reason.audit.settingsUpgraded', { from: u.from, to: u.to, copy: path.basename(u.copy) });

/** The log line of an upgrade, the row's English detail. */
export const upgradeLine = (u: Extract<SettingsUpgrade, { upgraded: true }>): string => inEnglish(upgradeReason(u));

/**
 * At a writer's start, once it holds the data folder's lock: upgrades the file, logs and audits
 * it, and returns the file's new text (the settings watcher's starting point), or null when the
 * file was left as it is. A failure is logged and the runner goes on: the settings in force came
 * from the same migrations, only the write back waits for the next start.
 */
export async function upgradeSettingsAtStart(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  logger: Pick<Logger, 'info' | 'warn'>,
  store: Pick<HistoryStore, 'audit'>,
): Promise<string | null> {
  try {
    const u = await upgradeSettingsFile(dataDir, env);
    if (!u.upgraded) return null;
    logger.info(upgradeLine(u));
    for (const note of upgradeNotes(u.from, u.to, english)) logger.info(note);
    store.audit({
      actor: 'ipwatch',
      action: 'settings.upgrade',
      detail: upgradeLine(u),
      result: 'applied',
      reason: upgradeReason(u),
    });
    return u.text;
  } catch (err) {
    logger.warn('cannot write the upgraded settings.json back; it is upgraded again at the next start', {
      error: err instanceof Error ? err.message : String(err),
    });
    return null;
  }
}
