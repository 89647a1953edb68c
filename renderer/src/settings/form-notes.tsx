/**
 * What the settings form says about fields beyond their values: what an IPWATCH_* variable puts
 * in force beside each field concerned, the fields that apply after a restart (said once per
 * section, by name: RestartNote), and a summary of the fields to fix, each named in words ("Notification
 * channels › home-hook › URL") and a link that opens, scrolls to and focuses the field.
 */
import './field.css';

import { useIntl } from 'react-intl';

import type { Translator } from '../../../shared/i18n/translator';
import { getAt } from '../../../shared/settings/schema-fields';
import type { SettingsView } from '../api/types';
import { useTranslator } from '../i18n/I18n';
import { inForceText, labelOfPathIn, problemWords } from './field-trail';
import { revealPath } from './ItemList';

export { fieldTrail, labelOfPathIn } from './field-trail';

/**
 * Beside a field, by its dotted path: set by the environment (the value in force and its
 * variable, when the engine says them). That a field applies after a restart is said once for
 * its section instead (RestartNote), not beside each field.
 */
export function notesOf(
  view: Pick<SettingsView, 'envOverrides'> & Partial<Pick<SettingsView, 'inForce'>>,
  words: Translator,
) {
  const notes = new Map<string, string>();
  const inForce = new Map((view.inForce ?? []).map((e) => [e.path, e]));
  for (const p of view.envOverrides) {
    const entry = inForce.get(p);
    notes.set(p, entry ? inForceText(entry, words) : words.t('settings.env.note'));
  }
  return notes;
}

/** "A, B and C": a list as the language joins it, without English's serial comma Intl would add. */
export function andList(items: readonly string[], words: Translator): string {
  if (items.length < 2) return items[0] ?? '';
  return words.t('settings.list.and', { head: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

/** "API port and Daily backups kept apply after a restart." */
export function restartText(paths: string[], words: Translator): string {
  const names = [...new Set(paths.map((p) => labelOfPathIn(p, words)))];
  return words.t('settings.restart.fields', { fields: andList(names, words), count: names.length });
}

/**
 * Of `paths` (dotted), those whose value in `draft` is not the one in `saved`: the restart note
 * names only the fields actually changed, not every field that would need a restart.
 *
 * | path       | draft               | saved               | kept |
 * | ---------- | ------------------- | ------------------- | ---- |
 * | `api.port` | `{api:{port:9}}`    | `{api:{port:8787}}` | yes  |
 * | `api.port` | `{api:{port:8787}}` | `{api:{port:8787}}` | no   |
 * | `api.tls`  | `{api:{tls:{a:1}}}` | `{api:{tls:{a:1}}}` | no (equal objects) |
 */
export function changedPaths(paths: readonly string[], draft: unknown, saved: unknown): string[] {
  const at = (o: unknown, p: string) => JSON.stringify(getAt(o, p.split('.')) ?? null);
  return paths.filter((p) => at(draft, p) !== at(saved, p));
}

/**
 * Shows the field at `path` and puts the focus in it: its item's form and fold opened, scrolled
 * to the middle of the window. The field is found by its data-path, or its closest parent's; else the
 * first invalid control. Returns the element focused, or null.
 */
export function focusField(path: string): HTMLElement | null {
  // An item's field is in the DOM only while its form is open: this opens it, at once.
  revealPath(path);
  const keys = path.split('.');
  let el: HTMLElement | null = null;
  for (let n = keys.length; n > 0 && !el; n--)
    el = document.querySelector<HTMLElement>(`[data-path="${keys.slice(0, n).join('.')}"]`);
  el ??= document.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!el) return null;
  // A field folded under "More options" cannot take the focus until its fold is open.
  for (let fold = el.closest('details'); fold; fold = fold.parentElement?.closest('details') ?? null) fold.open = true;
  el.scrollIntoView?.({ block: 'center' });
  el.focus({ preventScroll: true });
  return el;
}

/**
 * After a save was tried: every field still to fix, named in words, each a link to the field, so
 * none hides in a closed part of the page. `draft` names a list's items by their ids.
 */
export function ErrorSummary({
  errors,
  draft,
  go = focusField,
}: {
  errors: Map<string, string>;
  draft?: unknown;
  /** Takes the reader to the field (Settings first opens the field's page). */
  go?: (path: string) => void;
}) {
  const intl = useIntl();
  if (errors.size === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="settings-errors-h">
      <h2 id="settings-errors-h">{intl.formatMessage({ id: 'settings.errors.title' })}</h2>
      <ul>
        {[...errors].map(([path, message]) => (
          <Problem key={path} path={path} message={message} draft={draft} go={go} />
        ))}
      </ul>
    </div>
  );
}

/** One field to fix: its name, a button that takes the focus there, and what is wrong in a sentence. */
function Problem(p: { path: string; message: string; draft: unknown; go: (path: string) => void }) {
  const { path, message, draft, go } = p;
  const { trail, words } = problemWords(path, message, draft, useTranslator());
  return (
    <li>
      {/* A button, not a link: the page's routes live in the URL's hash. */}
      <button type="button" className="field-link" onClick={() => go(path)}>
        {trail.join(' › ')}
      </button>
      : {words}
    </li>
  );
}
