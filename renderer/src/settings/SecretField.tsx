/**
 * A secret (a token, a password): the page never sees its value, only whether it is set and,
 * for a reference, where from. Typing replaces it; leaving the input empty keeps it; "Remove"
 * clears it where the setting may be empty (no bot token: no bot).
 */
import { FieldRow } from './FieldRow';
import type { FormCtx } from './fields';
import { getAt, isSecretMarker, type Path, pathKey } from './schema-walk';

export function SecretField({
  path,
  ctx,
  name,
  help,
  clearTo = 'empty',
}: {
  path: Path;
  ctx: FormCtx;
  name: string;
  help?: string | undefined;
  /** What "Remove" leaves: null, or no value at all, where the setting may be absent; else '' (a cleared secret). */
  clearTo?: 'null' | 'absent' | 'empty';
}) {
  const cleared = clearTo === 'null' ? null : clearTo === 'absent' ? undefined : '';
  const value = getAt(ctx.draft, path);
  const marker = isSecretMarker(value) ? value : null;
  const set = marker ? marker.set : typeof value === 'string' && value !== '';
  const state = marker
    ? marker.set
      ? `Set${marker.from ? ` (from ${marker.from})` : ''}; type to replace it.`
      : 'Not set in the settings.'
    : set
      ? 'Replaced when you save.'
      : 'Not set in the settings.';
  // Emptying what was typed keeps the stored secret; "Remove" is how to clear it.
  const stored = getAt(ctx.saved, path);
  const emptied = isSecretMarker(stored) && stored.set ? stored : cleared;
  return (
    <FieldRow
      label={name}
      help={help}
      state={state}
      error={ctx.errors.get(pathKey(path))}
      note={ctx.notes?.get(pathKey(path))}
    >
      {({ id, describedBy }) => (
        <div className="secret-row">
          <input
            id={id}
            aria-describedby={describedBy}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={marker ? '' : String(value ?? '')}
            onChange={(e) => ctx.set(path, e.target.value === '' ? emptied : e.target.value)}
          />
          {set && (
            <button type="button" className="secondary" onClick={() => ctx.set(path, cleared)}>
              Remove
            </button>
          )}
        </div>
      )}
    </FieldRow>
  );
}
