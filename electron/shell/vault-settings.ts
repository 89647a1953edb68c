/**
 * In the app, a secret typed into the settings (a webhook URL, an SMTP password, the bot
 * token) goes into the keychain vault, and settings.json gets only a reference to it,
 * `{ "env": "IPWATCH_SECRET_..." }`, which the runtime resolves from the vault. References and
 * empty values pass through. With no secure storage (a Linux desktop without a keyring) the
 * write is refused with the advice to use an env or file reference, and nothing changes.
 */
import { mapSecrets } from '../../shared/contract-settings';
import type { Settings } from '../../shared/settings';
import type { SettingsAccess } from '../engine/api/settings-access';
import { type SecretVault, secretEnvName } from './secrets';

export interface SecretMove {
  /** The vault name, from the field's path with list items named by their id. */
  name: string;
  value: string;
  path: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `notifications.channels.2.url` -> `notifications.channels.alerts.url` (the channel's id), vault-safe. Pure. */
export function vaultName(settings: unknown, path: string[]): string {
  let node: unknown = settings;
  const parts = path.map((key) => {
    const item = Array.isArray(node) ? node[Number(key)] : undefined;
    node = Array.isArray(node) ? item : isObj(node) ? node[key] : undefined;
    return isObj(item) && typeof item.id === 'string' && item.id ? item.id : key;
  });
  const name = parts
    .join('.')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  return name.slice(0, 96);
}

/** The settings with each plain secret replaced by its vault reference, and what to store. Pure. */
export function vaultSecrets(settings: Settings): { settings: Settings; moves: SecretMove[] } {
  const moves: SecretMove[] = [];
  const out = mapSecrets(settings, (value, path) => {
    if (typeof value !== 'string' || value === '') return value;
    const name = vaultName(settings, path);
    moves.push({ name, value, path: path.join('.') });
    return { env: secretEnvName(name) };
  }) as Settings;
  return { settings: out, moves };
}

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
