/**
 * Writes to settings.json on the engine's behalf (a Telegram group that became a supergroup
 * has a new chat id, a /config set from the Discord bot). It goes the way a user's edit goes:
 * the new text is validated by the shared schema before it replaces the file, atomically and
 * readable by its owner only; the settings watcher then applies it like any other edit.
 * Everything else in the file is kept.
 *
 * Every write of a settings file in this process takes its turn here (`inTurn`): the API's
 * writes, the bot's /config set, a channel's move, the upgrade at start, the first run's desktop
 * switch and `ddns-import` each read the file the previous one wrote, so none is lost and none
 * interleaves. Other processes are kept out by the data folder's lock (engine/store/data-lock.ts).
 */
import { resolve } from 'node:path';

import { inEnglish, reason } from '../engine/reason';
import type { RuntimeOptions } from '../engine/runtime';
import type { HistoryStore } from '../engine/store';
import { writeFileAtomic } from '../engine/store/atomic-file';
import { applyChange, type Change, changesBetween, docText, type SettingsDoc } from './settings-doc';
import { parseInForce } from './settings-file';
import {
  joinSnapshot,
  readSnapshot,
  readSnapshotDocs,
  resolveSource,
  type SettingsSource,
  type SnapshotDocs,
  type SnapshotText,
  splitSnapshot,
  targetOf,
} from './settings-source';

/**
 * The runtime's writers of a data folder's settings.json, the same in the app and the headless
 * runner: a channel's new options (audited here) and the bot's /config set (audited by the
 * reloader, since the watcher then applies it like an edit made by hand).
 */
export function settingsWriters(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  store: Pick<HistoryStore, 'audit'>,
): Required<Pick<RuntimeOptions, 'saveChannelOptions' | 'editSettings'>> {
  return {
    async saveChannelOptions(channelId, options) {
      await saveChannelOptions(dataDir, env, channelId, options);
      const coded = reason('reason.audit.channelSet', { keys: Object.keys(options).join(', ') });
      store.audit({
        actor: `channel ${channelId}`,
        action: 'settings.write',
        detail: inEnglish(coded),
        result: 'applied',
        reason: coded,
      });
    },
    editSettings: (edit) => editSettingsFile(dataDir, env, edit),
  };
}

async function saveChannelOptions(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  channelId: string,
  options: Record<string, unknown>,
): Promise<void> {
  await editSettingsFile(dataDir, env, (raw, file) => {
    const channels = (raw.notifications as { channels?: unknown } | undefined)?.channels;
    const entry = Array.isArray(channels)
      ? (channels as unknown[]).find(
          (c): c is Record<string, unknown> =>
            typeof c === 'object' && c !== null && (c as { id?: unknown }).id === channelId,
        )
      : undefined;
    if (!entry) throw new Error(`${file}: no channel "${channelId}" to update`);
    Object.assign(entry, options);
  });
}

/**
 * Applies `edit` to the settings in force as plain data (the profile over the base, no defaults),
 * validates the result with the shared schema, then writes each file the edit changed: a field
 * the profile sets is changed in the profile, any other in the base (settings-source.ts), each
 * through its document so a YAML file keeps its comments and order.
 */
export async function editSettingsFile(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  edit: (raw: Record<string, unknown>, file: string) => void,
): Promise<void> {
  const resolved = resolveSource(dataDir, env);
  if (!resolved.ok) throw new Error(`the settings cannot be edited: ${resolved.errors.join('; ')}`);
  const { source } = resolved;
  await editSettings(source, env, (docs) => {
    const after = structuredClone(docs.merged);
    edit(after, source.base);
    return { changes: changesBetween(docs.merged, after), whole: after };
  });
}

export interface EditPlan {
  changes: Change[];
  /** The edit's whole result, for a part set whole where the file lacks its parents. */
  whole: unknown;
}

/**
 * The one read-change-check-write of the source's files, in turn with every other: returns the
 * new snapshot (what the reloader is given), or throws saying why nothing was written.
 */
export async function editSettings(
  source: SettingsSource,
  env: NodeJS.ProcessEnv,
  plan: (docs: SnapshotDocs) => EditPlan,
): Promise<SnapshotText> {
  return inTurn(source.base, async () => {
    const before = await readSnapshot(source);
    const read = readSnapshotDocs(source, before);
    if (!read.ok) throw new Error(`the settings cannot be edited: ${read.errors.join('; ')}`);
    const { changes, whole } = plan(read.docs);
    const touched = new Set<SettingsDoc>();
    for (const change of changes) {
      const doc = targetOf(read.docs, change.path);
      applyChange(doc, change, whole);
      touched.add(doc);
    }
    const { base, profile } = splitSnapshot(source, before);
    const textOf = (d: SettingsDoc | null, old: string | null) => (d && touched.has(d) ? docText(d) : old);
    const next = joinSnapshot(textOf(read.docs.base, base)!, textOf(read.docs.profile, profile));
    const checked = parseInForce(source, next, env);
    if (!checked.ok) {
      const err = new Error(`the updated settings would be invalid: ${checked.errors.join('; ')}`);
      throw Object.assign(err, { fields: checked.fields ?? checked.errors });
    }
    for (const d of touched) await writeSettingsText(d.file, docText(d));
    return next;
  });
}

/**
 * The edits of each file waiting for their turn, by absolute path. Module-wide on purpose: the
 * file is one for the whole process, so its queue is too; a queue handed to each writer would let
 * a writer that builds its own race the others.
 */
const turns = new Map<string, Promise<unknown>>();

/**
 * Runs `work` once every earlier `inTurn` of the same file has settled (fulfilled or not), so a
 * read-modify-write inside it reads what the one before wrote. Resolves or rejects as `work` does.
 */
export function inTurn<T>(file: string, work: () => Promise<T>): Promise<T> {
  const key = resolve(file);
  const turn = (turns.get(key) ?? Promise.resolve()).then(work, work);
  const settled = turn.then(
    () => undefined,
    () => undefined,
  );
  turns.set(key, settled);
  // The map keeps only files with an edit under way or waiting.
  void settled.then(() => turns.get(key) === settled && turns.delete(key));
  return turn;
}

/**
 * Replaces settings.json (or first-run.json) through the house's one writer: a reader sees the old
 * file or the new one, readable by its owner only. A read-modify-write calls it inside `inTurn`.
 */
export async function writeSettingsText(file: string, text: string): Promise<void> {
  await writeFileAtomic(file, Buffer.from(text, 'utf8'));
}
