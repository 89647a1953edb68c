/**
 * The app's secret vault: the Discord bot token, webhook URLs, SMTP/MQTT passwords, the API
 * token, the history key. Values are encrypted with Electron's safeStorage (the OS keychain)
 * into DATA_DIR/secrets.json (owner-only); settings.json holds only a reference to each,
 * `{ "env": "IPWATCH_SECRET_<NAME>" }`, which the app resolves from the vault and the
 * headless runner from its environment, so one settings file serves both. The renderer
 * sees names and "set", never a value.
 *
 * On Linux without a keyring safeStorage falls back to a hard-coded key (backend
 * `basic_text`): that is obfuscation, not encryption, so the vault then refuses to store and
 * says to use an env or file reference instead.
 */
import { readFileSync } from 'node:fs';

import type { SafeStorage } from 'electron';

import type { SecretsStatus } from '../../shared/contract/shell';
import type { Reason } from '../../shared/reason';
import type { Logger } from '../engine/logger';
import { inEnglish, reason } from '../engine/reason';
import type { Redactor } from '../engine/secrets/redact';
import { writeFileAtomic } from '../engine/store/atomic-file';

export const SECRET_ENV_PREFIX = 'IPWATCH_SECRET_';
export const secretEnvName = (name: string): string =>
  SECRET_ENV_PREFIX + name.toUpperCase().replace(/[^A-Z0-9]/g, '_');

export type KeyringCheck = Pick<SafeStorage, 'isEncryptionAvailable'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

/** Which backend safeStorage uses, and whether it is worth the name. Call after app ready. */
export function keyringStatus(
  safeStorage: KeyringCheck,
  platform: NodeJS.Platform = process.platform,
): { backend: string; weak: boolean; advice: string | null; adviceReason?: Reason } {
  const available = safeStorage.isEncryptionAvailable();
  const backend =
    platform === 'linux'
      ? (safeStorage.getSelectedStorageBackend?.() ?? 'unknown')
      : platform === 'darwin'
        ? 'keychain'
        : 'dpapi';
  const weak = !available || (platform === 'linux' && (backend === 'basic_text' || backend === 'unknown'));
  if (!weak) return { backend, weak, advice: null };
  // The code for a reader in another language; `advice` is its English (the log's, and an older dashboard's).
  const adviceReason = reason(platform === 'linux' ? 'reason.keyring.linux' : 'reason.keyring.other');
  return { backend, weak, advice: inEnglish(adviceReason), adviceReason };
}

/** Why the vault refused to store a secret: the advice inside, in English (`inner` for other readers). */
export const notStored = (adviceReason: Reason | undefined): string =>
  adviceReason ? inEnglish(reason('reason.keyring.notStored', {}, adviceReason)) : 'not stored: no secure storage';

interface VaultFile {
  version: 1;
  /** name -> base64 of safeStorage.encryptString(value) */
  secrets: Record<string, string>;
}

export interface SecretVault {
  status(): SecretsStatus;
  /** Encrypts and stores; throws when the keyring is weak or the name collides. */
  set(name: string, value: string): Promise<void>;
  clear(name: string): Promise<void>;
  /** The decrypted values by their env names, kept current: give it to the runtime as its environment. */
  readonly env: Record<string, string>;
}

export interface VaultDeps {
  file: string;
  safeStorage: Pick<SafeStorage, 'encryptString' | 'decryptString'> & KeyringCheck;
  logger: Logger;
  /** Learns every value, so logs and status mask it. */
  redactor?: Pick<Redactor, 'add'>;
  platform?: NodeJS.Platform;
}

export function openSecretVault(deps: VaultDeps): SecretVault {
  const { logger } = deps;
  const stored: VaultFile = load(deps.file);
  const env: Record<string, string> = {};
  for (const [name, blob] of Object.entries(stored.secrets)) {
    try {
      env[secretEnvName(name)] = deps.safeStorage.decryptString(Buffer.from(blob, 'base64'));
    } catch (err) {
      // Kept in the file (the keyring may come back); the channel using it reports the missing value.
      logger.error('cannot decrypt a stored secret', { name, error: err instanceof Error ? err.message : String(err) });
    }
  }
  deps.redactor?.add(Object.values(env));
  const keyring = () => keyringStatus(deps.safeStorage, deps.platform);
  const save = () => writeFileAtomic(deps.file, Buffer.from(`${JSON.stringify(stored, null, 2)}\n`));

  return {
    env,
    status() {
      return {
        ...keyring(),
        secrets: Object.keys(stored.secrets)
          .sort()
          .map((name) => ({ name, set: true as const, reference: { env: secretEnvName(name) } })),
      };
    },
    async set(name, value) {
      const k = keyring();
      if (k.weak) throw new Error(notStored(k.adviceReason));
      const envName = secretEnvName(name);
      const clash = Object.keys(stored.secrets).find((n) => n !== name && secretEnvName(n) === envName);
      if (clash) throw new Error(`"${name}" and "${clash}" would share ${envName}; choose another name`);
      deps.redactor?.add([value]);
      stored.secrets[name] = deps.safeStorage.encryptString(value).toString('base64');
      await save();
      env[envName] = value;
      logger.info('secret stored', { name });
    },
    async clear(name) {
      if (!(name in stored.secrets)) return;
      delete stored.secrets[name];
      await save();
      delete env[secretEnvName(name)];
      logger.info('secret removed', { name });
    },
  };
}

function load(file: string): VaultFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { version: 1, secrets: {} };
  }
  try {
    const raw = JSON.parse(text) as Partial<VaultFile>;
    const secrets = raw.secrets && typeof raw.secrets === 'object' ? raw.secrets : {};
    return {
      version: 1,
      secrets: Object.fromEntries(Object.entries(secrets).filter(([, v]) => typeof v === 'string')),
    };
  } catch (err) {
    // Never overwritten while unreadable: the first set() would lose whatever it held.
    throw new Error(`${file} is not valid JSON (${String(err)}); fix or move it aside`, { cause: err });
  }
}
