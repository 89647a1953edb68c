/**
 * A headless runner has no keychain: a secret typed into its Settings page (the bot token, a
 * webhook URL, a password) is stored in a file of its own, DATA_DIR/secrets/<name> (folder 0700,
 * file 0600), and settings.json gets `{ "file": ... }`, the reference the runtime already
 * resolves. What the page types in thus never lands in settings.json.
 */
import { chmod, mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import { getAt } from '../../shared/settings/schema-fields';
import type { SettingsAccess } from '../engine/api/settings-access';
import { writeFileAtomic } from '../engine/store/atomic-file';
import { moveSecrets } from './secret-moves';

export const SECRETS_DIR = 'secrets';

const readOld = (file: string): Promise<string | null> => readFile(file, 'utf8').catch(() => null);

export function fileSecretsAccess(access: SettingsAccess, dataDir: string): SettingsAccess {
  const dir = join(dataDir, SECRETS_DIR);
  const fileOf = (name: string) => join(dir, name);
  return {
    read: () => access.read(),
    async write(settings, actor) {
      // Only what this write types in moves: a secret already in settings.json (put there by
      // hand) stays, so an unrelated edit changes nothing else.
      const { settings: stored } = await access.read();
      const { settings: referenced, moves } = moveSecrets(
        settings,
        (name) => ({ file: fileOf(name) }),
        (path, value) => getAt(stored, path) === value,
      );
      if (moves.length === 0) return access.write(settings, actor);
      // What each file held, so a refused write leaves every secret as it was.
      const before = new Map<string, string | null>();
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await chmod(dir, 0o700);
        for (const m of moves) {
          if (!before.has(m.name)) before.set(m.name, await readOld(fileOf(m.name)));
          await writeFileAtomic(fileOf(m.name), Buffer.from(m.value, 'utf8'));
        }
        const outcome = await access.write(referenced, actor);
        if (!outcome.ok) await restore(before, fileOf);
        return outcome;
      } catch (err) {
        await restore(before, fileOf).catch(() => undefined);
        return {
          ok: false,
          errors: [`(root): secrets not stored: ${err instanceof Error ? err.message : String(err)}`],
        };
      }
    },
  };
}

async function restore(before: Map<string, string | null>, fileOf: (name: string) => string): Promise<void> {
  for (const [name, old] of before)
    if (old === null) await unlink(fileOf(name)).catch(() => undefined);
    else await writeFileAtomic(fileOf(name), Buffer.from(old, 'utf8'));
}
