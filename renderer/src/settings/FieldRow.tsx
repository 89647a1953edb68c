/**
 * One labelled value of a settings form (the schema's fields, a channel's, a source's, Discord's,
 * the first-run steps'): its label with a mark when it is required, one line of help, what the
 * value is now when the control cannot show it, the control, a note and the schema's message.
 * Everything around the control describes it (aria-describedby), the message first.
 */
import './field.css';

import { type ReactNode, useId } from 'react';

/** What ties the control to its row: spread onto the input, select or textarea. */
export interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

/** What is said around a control; each is a line of its own, when there is something to say. */
interface Texts {
  error?: string | undefined;
  help?: string | undefined;
  state?: ReactNode;
  note?: string | undefined;
}

/** The lines' kinds, in the order aria-describedby reads them, and the class of each. */
const KINDS = ['error', 'help', 'state', 'note'] as const;
type Kind = (typeof KINDS)[number];
type Ids = Record<Kind, string | undefined>;
const CLASS: Record<Kind, string> = {
  error: 'field-error',
  help: 'help',
  state: 'field-state',
  note: 'note',
};

/** The ids of the lines around a control, and its aria-describedby (the error first). */
function useMessages(parts: Texts) {
  const id = useId();
  const ids = Object.fromEntries(KINDS.map((k) => [k, parts[k] ? `${id}-${k}` : undefined])) as Ids;
  const describedBy =
    KINDS.map((k) => ids[k])
      .filter(Boolean)
      .join(' ') || undefined;
  return { id, ids, describedBy };
}

/** A row: its head (a label, or a checkbox in its label), then help, state, control, note and error. */
function Frame({
  texts,
  ids,
  check = false,
  head,
  children,
}: {
  texts: Texts;
  ids: Ids;
  check?: boolean;
  head: ReactNode;
  children?: ReactNode;
}) {
  const lines = (kinds: Kind[]) =>
    kinds.map((k) =>
      texts[k] ? (
        <p key={k} id={ids[k]} className={CLASS[k]}>
          {texts[k]}
        </p>
      ) : null,
    );
  return (
    <div className={`field${check ? ' check' : ''}${texts.error ? ' invalid' : ''}`}>
      {head}
      {lines(['help', 'state'])}
      {children}
      {lines(['note', 'error'])}
    </div>
  );
}

export function FieldRow({
  label,
  help,
  error,
  note,
  state,
  required = false,
  children,
}: {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  /** A remark on the value: set by the environment, applies after a restart. */
  note?: string | undefined;
  /** What the value is now, when the control cannot show it (a secret: set, or not). */
  state?: ReactNode;
  required?: boolean;
  children: (control: FieldControl) => ReactNode;
}) {
  const texts = { error, help, state, note };
  const { id, ids, describedBy } = useMessages(texts);
  const control: FieldControl = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
  };
  // The mark sits outside the label, so the field's name is the label alone; aria-required says it.
  const head = (
    <span className="label-row">
      <label htmlFor={id}>{label}</label>
      {required && (
        <span className="required" aria-hidden="true" title="required">
          *
        </span>
      )}
    </span>
  );
  return (
    <Frame texts={texts} ids={ids} head={head}>
      {children(control)}
    </Frame>
  );
}

/** A yes/no value: the checkbox inside its label, help, note and message below. */
export function CheckRow({
  label,
  help,
  note,
  error,
  checked,
  onChange,
}: {
  label: string;
  help?: string | undefined;
  note?: string | undefined;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const texts = { error, help, note };
  const { ids, describedBy } = useMessages(texts);
  const head = (
    <label>
      <input
        type="checkbox"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      {label}
    </label>
  );
  return <Frame texts={texts} ids={ids} check head={head} />;
}
