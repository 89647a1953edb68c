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
import { parseSettingsText, readSettingsJson, settingsPath } from './settings-file';

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

/** Applies `edit` to the file's JSON, validates the result with the shared schema, then replaces the file. */
export async function editSettingsFile(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  edit: (raw: Record<string, unknown>, file: string) => void,
): Promise<void> {
  const file = settingsPath(dataDir);
  await inTurn(file, async () => {
    const json = await readSettingsJson(file);
    if (!json.ok) throw new Error(`the settings cannot be edited: ${json.errors.join('; ')}`);
    const { raw } = json;
    edit(raw, file);
    const text = `${JSON.stringify(raw, null, 2)}\n`;
    const checked = parseSettingsText(text, file, env);
    if (!checked.ok) throw new Error(`the updated settings would be invalid: ${checked.errors.join('; ')}`);
    await writeSettingsText(file, text);
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
