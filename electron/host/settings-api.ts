/**
 * The API's way to the settings of a running engine (SettingsAccess): read settings.json, and
 * write it as an edit would be made, then apply it through the same reloader the file
 * watcher uses, so the outcome is known, logged and audited once, with the API as the actor.
 * The watcher then sees the text in force already and does nothing. A write the disk has no room
 * for is answered in words (DISK_FULL_CODE), the file as it was and nothing applied.
 */
import { ApiError } from '../../shared/contract';
import { DISK_FULL_CODE } from '../../shared/contract/error-codes';
import { english } from '../../shared/i18n/translators';
import { parseSettings } from '../../shared/settings';
import type { SettingsAccess } from '../engine/api/settings-access';
import { ENV_OVERRIDES, envInForce } from './env';
import type { Reloader } from './reload';
import { parseSettingsText, readSettingsJson, settingsPath } from './settings-file';
import { inTurn, writeSettingsText } from './settings-write';

export function createSettingsAccess(dataDir: string, env: NodeJS.ProcessEnv, reloader: Reloader): SettingsAccess {
  const file = settingsPath(dataDir);
  const overridden = () =>
    ENV_OVERRIDES.filter((o) => env[o.name] !== undefined && env[o.name] !== '').map((o) => o.path.join('.'));
  return {
    async read() {
      // The monitor is running on this file, so it was valid when read; an edit since may not be.
      const json = await readSettingsJson(file);
      const parsed = json.ok ? parseSettings(json.raw) : json;
      if (!parsed.ok) throw new ApiError(409, `${file} is not valid now; fix it first: ${parsed.errors.join('; ')}`);
      return { settings: parsed.settings, envOverrides: overridden(), inForce: envInForce(env) };
    },
    async write(settings, actor) {
      const text = `${JSON.stringify(settings, null, 2)}\n`;
      // What the runner will read: the environment's overrides on top, checked as a whole.
      const checked = parseSettingsText(text, file, env);
      if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => e.replace(`${file}: `, '')) };
      // In turn with the engine's own edits (a bot's /config set, a channel's move): one write at a time.
      await inTurn(file, () => writeSettingsText(file, text)).catch(refuseFullDisk);
      const outcome = await reloader.reload(text, actor);
      return outcome.ok ? outcome : { ok: false, errors: outcome.errors.map((e) => e.replace(`${file}: `, '')) };
    },
  };
}

/** A full disk (or the owner's quota used up) said in words, with HTTP 507; any other failure as it was. */
function refuseFullDisk(err: unknown): never {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    throw new ApiError(507, english.t('web.apiError.diskFull'), DISK_FULL_CODE);
  throw err;
}
