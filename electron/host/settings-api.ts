/**
 * The API's way to the settings of a running engine (SettingsAccess): read settings.json, and
 * write it as an edit would be made, then apply it through the same reloader the file
 * watcher uses, so the outcome is known, logged and audited once, with the API as the actor.
 * The watcher then sees the text in force already and does nothing. A write the disk has no room
 * for is answered in words (DISK_FULL_CODE), the file as it was and nothing applied.
 */
import path from 'node:path';

import { ApiError } from '../../shared/contract';
import { DISK_FULL_CODE } from '../../shared/contract/error-codes';
import { english } from '../../shared/i18n/translators';
import { parseSettings, type Settings } from '../../shared/settings';
import type { SettingsAccess } from '../engine/api/settings-access';
import { ENV_OVERRIDES, envInForce } from './env';
import type { Reloader, ReloadOutcome } from './reload';
import { changesBetween, formatOf } from './settings-doc';
import { parseSettingsText, settingsPath } from './settings-file';
import { fileSource, readSnapshot, readSnapshotDocs, type SettingsSource } from './settings-source';
import { editSettings, inTurn, writeSettingsText } from './settings-write';

export function createSettingsAccess(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  reloader: Reloader,
  source: SettingsSource = fileSource(settingsPath(dataDir)),
): SettingsAccess {
  const file = source.base;
  const byDocument = formatOf(file) === 'yaml' || source.profile !== null;
  const overridden = () =>
    ENV_OVERRIDES.filter((o) => env[o.name] !== undefined && env[o.name] !== '').map((o) => o.path.join('.'));
  const stored = async () => {
    // What the files hold, without the environment: the monitor runs on them, so they were valid when read.
    const read = readSnapshotDocs(source, await readSnapshot(source));
    const parsed = read.ok ? parseSettings(read.docs.merged) : read;
    if (!parsed.ok) throw new ApiError(409, `${file} is not valid now; fix it first: ${parsed.errors.join('; ')}`);
    return parsed.settings;
  };
  return {
    async read() {
      return { settings: await stored(), envOverrides: overridden(), inForce: envInForce(env), files: filesOf(source) };
    },
    async write(settings, actor) {
      if (byDocument) return writeByDocument(settings, actor);
      const text = `${JSON.stringify(settings, null, 2)}\n`;
      // What the runner will read: the environment's overrides on top, checked as a whole.
      const checked = parseSettingsText(text, file, env);
      if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => e.replace(`${file}: `, '')) };
      // In turn with the engine's own edits (a bot's /config set, a channel's move): one write at a time.
      await inTurn(file, () => writeSettingsText(file, text)).catch(refuseFullDisk);
      return answer(await reloader.reload(text, actor));
    },
  };

  /**
   * settings.yaml, or a profile: only the fields this write changes are set, each in the file
   * that holds it (settings-source.ts targetOf), so comments, order and the split stay.
   */
  async function writeByDocument(settings: Settings, actor: string) {
    let next: string;
    try {
      next = await editSettings(source, env, (docs) => {
        const before = parseSettings(docs.merged);
        if (!before.ok) throw Object.assign(new Error(before.errors.join('; ')), { fields: before.errors });
        return { changes: changesBetween(before.settings, settings), whole: settings };
      });
    } catch (err) {
      const fields = (err as { fields?: string[] }).fields;
      if (fields) return { ok: false as const, errors: fields };
      return refuseFullDisk(err);
    }
    return answer(await reloader.reload(next, actor));
  }

  function answer(outcome: ReloadOutcome) {
    return outcome.ok ? outcome : { ok: false as const, errors: outcome.errors.map((e) => e.replace(`${file}: `, '')) };
  }
}

/** The files in force by their names in the data folder: the page and the API say which, never the folder's path. */
const filesOf = (s: SettingsSource) => ({
  base: path.basename(s.base),
  ...(s.profile ? { profile: { name: s.profile.name, file: path.basename(s.profile.file) } } : {}),
  ...(s.ignored ? { ignored: path.basename(s.ignored) } : {}),
});

/** A full disk (or the owner's quota used up) said in words, with HTTP 507; any other failure as it was. */
function refuseFullDisk(err: unknown): never {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    throw new ApiError(507, english.t('web.apiError.diskFull'), DISK_FULL_CODE);
  throw err;
}
