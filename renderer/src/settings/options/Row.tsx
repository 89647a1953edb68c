/**
 * One labelled field of a channel, source or Discord form, laid out as the rest of Settings
 * (FieldRow): its label (with a mark when it is required), one line of help, the control and the
 * schema's message, help and message tied to the control with aria-describedby.
 */
import './forms.css';

import { type ReactNode, useId } from 'react';

export interface RowControl {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
}

export function Row({
  label,
  help,
  error,
  required = false,
  children,
}: {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  children: (control: RowControl) => ReactNode;
}) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errId = error ? `${id}-err` : undefined;
  const describedBy = [errId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      {/* The mark sits outside the label, so the field's name is the label alone; aria-required says it. */}
      <span className="label-row">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required" aria-hidden="true" title="required">
            *
          </span>
        )}
      </span>
      {help && (
        <p id={helpId} className="muted small help">
          {help}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(error), required })}
      {error && (
        <p id={errId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A checkbox with its label beside it, help and message below. */
export function CheckRow({
  label,
  help,
  error,
  checked,
  onChange,
}: {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className={`field check${error ? ' invalid' : ''}`}>
      <label>
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={help || error ? `${id}-d` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {label}
      </label>
      {(help || error) && (
        <p id={`${id}-d`} className={error ? 'field-error' : 'muted small help'}>
          {error ?? help}
        </p>
      )}
    </div>
  );
}
