/**
 * Which settings a reload changed, split into those the running monitor applies at once and
 * those that need a restart. The reload line and its audit row show both lists, so no edit
 * is ever silently ignored; the Settings page says "Applies after a restart" beside the same
 * fields, from restartFields().
 */
import { type Settings, settingsSchema } from '.';
import { leavesOf } from './schema-fields';

/**
 * Settings read only when the monitor starts, as groups or fields. history.* configures the
 * store, which is opened once (backups kept, statistics retention); api.* configures the
 * server, bound once at start. Every other setting applies at once.
 */
export const RESTART_ONLY: readonly string[] = ['history', 'api'];

/** Inside those, read again at each use: sign-in with Discord's settings, at each sign-in. */
export const LIVE_INSIDE: readonly string[] = ['api.signIn'];

const under = (path: string, groups: readonly string[]) => groups.some((p) => path === p || path.startsWith(`${p}.`));

/** True when a change at this dotted path (a field, or a part of one) waits for a restart. */
export const needsRestart = (path: string): boolean => under(path, RESTART_ONLY) && !under(path, LIVE_INSIDE);

/** Every field of the settings that applies only after a restart, as dotted paths (`api.port`). */
export const restartFields = (): string[] =>
  leavesOf(settingsSchema)
    .map((l) => l.path)
    .filter((p) => !p.includes('[]') && needsRestart(p));

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
  return { live: fields.filter((f) => !needsRestart(f)), restart: fields.filter(needsRestart) };
}
