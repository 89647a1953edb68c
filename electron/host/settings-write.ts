/**
 * Writes to settings.json on the engine's behalf (a Telegram group that became a supergroup
 * has a new chat id, a /config set from the Discord bot). It goes the way a user's edit goes:
 * the new text is validated by the shared schema before it replaces the file, atomically and
 * readable by its owner only; the settings watcher then applies it like any other edit.
 * Everything else in the file is kept.
 */
import { rename, writeFile } from 'node:fs/promises';

import type { RuntimeOptions } from '../engine/runtime';
import type { HistoryStore } from '../engine/store';
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
      store.audit({
        actor: `channel ${channelId}`,
        action: 'settings.write',
        detail: `set ${Object.keys(options).join(', ')}`,
        result: 'applied',
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
  const json = await readSettingsJson(file);
  if (!json.ok) throw new Error(`the settings cannot be edited: ${json.errors.join('; ')}`);
  const { raw } = json;
  edit(raw, file);
  const text = `${JSON.stringify(raw, null, 2)}\n`;
  const checked = parseSettingsText(text, file, env);
  if (!checked.ok) throw new Error(`the updated settings would be invalid: ${checked.errors.join('; ')}`);
  await writeSettingsText(file, text);
}

/** Replaces settings.json atomically (a reader sees the old file or the new one), readable by its owner only. */
export async function writeSettingsText(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text, { mode: 0o600 });
  await rename(tmp, file);
}
