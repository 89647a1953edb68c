/**
 * Secrets typed into the settings leave settings.json: each plain value is stored elsewhere (the
 * app's keychain vault, or a file of its own beside a headless runner's settings) and the
 * settings keep only a reference to it, so the file can be read, copied or shown without one.
 * This is the shared, pure part: which values move, and under what name. References and empty
 * values stay as they are.
 */
import { mapSecrets } from '../../shared/contract/settings';
import type { Settings } from '../../shared/settings';
import type { SecretRef } from '../../shared/settings/secret';

export interface SecretMove {
  /** The stored secret's name, from the field's path with list items named by their id. */
  name: string;
  value: string;
  path: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `notifications.channels.2.url` -> `notifications.channels.alerts.url` (the channel's id), file- and vault-safe. */
export function secretName(settings: unknown, path: string[]): string {
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

/**
 * The settings with each plain secret replaced by `ref(name)`, and what to store under each name.
 * `keep` leaves a value where it is (one already stored so, that the write does not change).
 */
export function moveSecrets(
  settings: Settings,
  ref: (name: string) => SecretRef,
  keep: (path: string[], value: string) => boolean = () => false,
): { settings: Settings; moves: SecretMove[] } {
  const moves: SecretMove[] = [];
  const out = mapSecrets(settings, (value, path) => {
    if (typeof value !== 'string' || value === '' || keep(path, value)) return value;
    const name = secretName(settings, path);
    moves.push({ name, value, path: path.join('.') });
    return ref(name);
  }) as Settings;
  return { settings: out, moves };
}
