/**
 * Which settings a reload changed, split into those the running monitor applies at once and
 * those that need a restart. The reload line and its audit row show both lists, so no edit
 * is ever silently ignored.
 */
import type { Settings } from './settings';

/**
 * Fields read only when the monitor starts. history.* configures the store, which is opened
 * once (backups kept, statistics retention); api.* configures the server, bound once at start.
 */
export const RESTART_PREFIXES: readonly string[] = ['history.', 'api.'];

export interface SettingsChanges {
  live: string[];
  restart: string[];
}

/** Dotted paths of the leaves that differ; an array (custom sources, channels) is one field. */
export function changedFields(prev: unknown, next: unknown, path = ''): string[] {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObj(prev) && isObj(next)) {
    const keys = [...new Set([...Object.keys(prev), ...Object.keys(next)])].sort();
    return keys.flatMap((k) => changedFields(prev[k], next[k], path ? `${path}.${k}` : k));
  }
  return JSON.stringify(prev) === JSON.stringify(next) ? [] : [path || '(root)'];
}

export function settingsChanges(prev: Settings, next: Settings): SettingsChanges {
  const fields = changedFields(prev, next);
  const restart = fields.filter((f) => RESTART_PREFIXES.some((p) => f.startsWith(p)));
  return { live: fields.filter((f) => !restart.includes(f)), restart };
}
