/**
 * What the settings form says about fields beyond their values: "Applies after a restart" and
 * "set by the environment" beside each field concerned, the fields a save left waiting for a
 * restart, and a summary of the fields to fix, each named by its label rather than its path.
 */
import { leavesOf } from '../../../shared/schema-fields';
import { settingsSchema } from '../../../shared/settings';
import type { SettingsView } from '../api/types';

export const RESTART_NOTE = 'Applies after a restart.';
export const ENV_NOTE = 'Set by an IPWATCH_* environment variable, which wins over this value.';

/** Beside a field, by its dotted path: applies only after a restart, or set by the environment (which wins). */
export function notesOf(view: Pick<SettingsView, 'restartFields' | 'envOverrides'>): Map<string, string> {
  const notes = new Map<string, string>();
  const add = (p: string, note: string) => notes.set(p, notes.has(p) ? `${notes.get(p)} ${note}` : note);
  for (const p of view.restartFields) add(p, RESTART_NOTE);
  for (const p of view.envOverrides) add(p, ENV_NOTE);
  return notes;
}

let labels: Map<string, string> | null = null;

/**
 * A field's label for people, from the schema, by the path an error or a reload names
 * (`notifications.channels.2.url`, `api.token.env`): the closest field that has one, with the
 * list item's number; the path itself when none does.
 */
export function labelOfPath(path: string): string {
  labels ??= new Map(leavesOf(settingsSchema).map((l) => [l.path, l.meta.label ?? l.path]));
  const generic = path.replace(/\.(\d+)(?=\.|$)/g, '[]');
  const item = /\.(\d+)(?:\.|$)/.exec(path)?.[1];
  const parts = generic.split('.');
  for (let n = parts.length; n > 0; n--) {
    const at = parts.slice(0, n).join('.');
    // An item's own option (a channel's url) is named by its list.
    const label = labels.get(at) ?? labels.get(at.replace(/\[\]$/, ''));
    if (label) return item === undefined ? label : `${label} (item ${Number(item) + 1})`;
  }
  return path;
}

/** "API port and Daily backups kept apply after a restart." */
export function restartText(paths: string[]): string {
  const names = [...new Set(paths.map(labelOfPath))];
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `${list} ${names.length > 1 ? 'apply' : 'applies'} after a restart.`;
}

/** After a save was tried: every field still to fix, by its label, so none hides in a closed part of the page. */
export function ErrorSummary({ errors }: { errors: Map<string, string> }) {
  if (errors.size === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="settings-errors-h">
      <h2 id="settings-errors-h">Fix these settings</h2>
      <ul>
        {[...errors].map(([path, message]) => (
          <li key={path}>
            <strong>{labelOfPath(path)}</strong>: {message}
          </li>
        ))}
      </ul>
    </div>
  );
}
