/**
 * In the app, a secret typed into the settings (a webhook URL, an SMTP password, the bot
 * token) goes into the keychain vault, and settings.json gets only a reference to it,
 * `{ "env": "IPWATCH_SECRET_..." }`, which the runtime resolves from the vault. References and
 * empty values pass through. With no secure storage (a Linux desktop without a keyring) the
 * write is refused with the advice to use an env or file reference, and nothing changes.
 */
import type { Settings } from '../../shared/settings';
import type { SettingsAccess } from '../engine/api/settings-access';
import { moveSecrets, secretName } from '../host/secret-moves';
import { type SecretVault, secretEnvName } from './secrets';

export type { SecretMove } from '../host/secret-moves';

/** The vault name of a secret's field (the host's secretName). */
export const vaultName = secretName;

/** The settings with each plain secret replaced by its vault reference, and what to store. Pure. */
export const vaultSecrets = (settings: Settings) => moveSecrets(settings, (name) => ({ env: secretEnvName(name) }));

export function vaultedSettingsAccess(access: SettingsAccess, vault: SecretVault): SettingsAccess {
  return {
    read: () => access.read(),
    async write(settings, actor) {
      const { settings: referenced, moves } = vaultSecrets(settings);
      if (moves.length === 0) return access.write(settings, actor);
      const keyring = vault.status();
      if (keyring.weak)
        return {
          ok: false,
          errors: moves.map((m) => `${m.path}: not stored: ${keyring.advice ?? 'no secure storage on this system'}`),
        };
      const known = new Set(keyring.secrets.map((s) => s.name));
      const added: string[] = [];
      try {
        // The values first: the runtime resolves the new references as soon as the file is applied.
        for (const m of moves) {
          await vault.set(m.name, m.value);
          if (!known.has(m.name)) added.push(m.name);
        }
        const outcome = await access.write(referenced, actor);
        if (!outcome.ok) for (const name of added) await vault.clear(name);
        return outcome;
      } catch (err) {
        for (const name of added) await vault.clear(name).catch(() => undefined);
        return {
          ok: false,
          errors: [`(root): secrets not stored: ${err instanceof Error ? err.message : String(err)}`],
        };
      }
    },
  };
}
