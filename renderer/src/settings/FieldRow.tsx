/** One labelled value of the settings form: its label, help, control, note and error. */
import { type ReactNode, useId } from 'react';

import type { FormCtx } from './fields';
import { getAt, type Path, pathKey } from './schema-walk';

/** Label, help, control, note and error message of one value; the control is described by the rest. */
export function FieldRow({
  label,
  help,
  error,
  note,
  state,
  children,
}: {
  label: string;
  help?: string | undefined;
  error: string | undefined;
  note?: string | undefined;
  /** What the value is now, when the control cannot show it (a secret: set, or not). */
  state?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const describedBy = [help && `${id}-help`, state && `${id}-state`, note && `${id}-note`, error && `${id}-err`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      {children({ id, describedBy: describedBy || undefined })}
      {state && (
        <p id={`${id}-state`} className="help">
          {state}
        </p>
      )}
      {note && (
        <p id={`${id}-note`} className="note">
          {note}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A yes/no setting: the checkbox inside its label, help and messages below. */
export function Checkbox({
  path,
  ctx,
  label,
  help,
  note,
}: {
  path: Path;
  ctx: FormCtx;
  label: string;
  help?: string;
  note?: string;
}) {
  const id = useId();
  const error = ctx.errors.get(pathKey(path));
  const describedBy = [help && `${id}-help`, note && `${id}-note`, error && `${id}-err`].filter(Boolean).join(' ');
  return (
    <div className={`field check${error ? ' invalid' : ''}`}>
      <label>
        <input
          type="checkbox"
          aria-describedby={describedBy || undefined}
          checked={getAt(ctx.draft, path) === true}
          onChange={(e) => ctx.set(path, e.target.checked)}
        />{' '}
        {label}
      </label>
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      {note && (
        <p id={`${id}-note`} className="note">
          {note}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
