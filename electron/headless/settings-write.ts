/**
 * Writes to settings.json on the engine's behalf (a Telegram group that became a supergroup
 * has a new chat id). It goes the way a user's edit goes: the new text is validated by the
 * shared schema before it replaces the file, atomically and readable by its owner only; the
 * settings watcher then applies it like any other edit. Everything else in the file is kept.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';

import { parseSettingsText, settingsPath } from './settings-file';

export async function saveChannelOptions(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  channelId: string,
  options: Record<string, unknown>,
): Promise<void> {
  const file = settingsPath(dataDir);
  const raw = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, '')) as {
    notifications?: { channels?: unknown };
  };
  const channels = raw.notifications?.channels;
  const entry = Array.isArray(channels)
    ? (channels as unknown[]).find(
        (c): c is Record<string, unknown> =>
          typeof c === 'object' && c !== null && (c as { id?: unknown }).id === channelId,
      )
    : undefined;
  if (!entry) throw new Error(`${file}: no channel "${channelId}" to update`);
  Object.assign(entry, options);
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
