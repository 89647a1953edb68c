/**
 * One labelled value of a settings form (the schema's fields, a channel's, a source's, Discord's,
 * the first-run steps'): its label with a mark when it is required, one line of help, what the
 * value is now when the control cannot show it, the control, a note and the schema's message.
 * Everything around the control describes it (aria-describedby), the message first.
 *
 * Nothing is red before it is touched: a row shows its message once the user changed or left
 * that field, once the form around it was submitted (a save attempt, also for a row drawn after
 * it), or inside `<ShowErrors value>` (a test asked for with fields to fix). A list item added
 * since the last save was tried (`<FreshItem value>`) starts clean: only its own typing or the
 * next save attempt shows its messages (issue 75).
 */
import './field.css';

import { createContext, type ReactNode, type RefObject, useContext, useEffect, useId, useRef, useState } from 'react';

import type { Translator } from '../../../shared/i18n/translator';
import { useTranslator } from '../i18n/I18n';
import { messageWords, unitOf } from './issue-words';

/** Rows inside show their messages untouched (a test was asked for with fields to fix). */
export const ShowErrors = createContext(false);

/** Rows inside belong to a list item added since the form was last submitted: the earlier submit does not count for them. */
export const FreshItem = createContext(false);

/** What ties the control to its row: spread onto the input, select or textarea. */
export interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
  /** The field's dotted path in the settings (`notifications.channels.3.url`): an error link focuses it by this. */
  'data-path'?: string | undefined;
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

/** zod's text or an author's, said as a sentence about the field (a sentence already said stays as it is). */
const said = (error: string | undefined, label: string, words: Translator) =>
  error === undefined ? undefined : messageWords(error, { label, unit: unitOf(label) }, words);

/** Marks a form tried on its first submit, so rows drawn after it (an item's form opened later) show their messages too. */
const TRIED = 'tried';

/** Whether the row shows its message, and what marks it touched (its control changed or left). */
function useShown(): { shown: boolean; touch: () => void; ref: RefObject<HTMLDivElement | null> } {
  const forced = useContext(ShowErrors);
  const fresh = useContext(FreshItem);
  const [touched, setTouched] = useState(false);
  const [tried, setTried] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    if (!fresh && form.dataset[TRIED] !== undefined) setTried(true);
    const onSubmit = () => {
      form.dataset[TRIED] = '';
      setTried(true);
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, []);
  return { shown: forced || touched || tried, touch: () => setTouched(true), ref };
}

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
  view,
}: {
  texts: Texts;
  ids: Ids;
  check?: boolean;
  head: ReactNode;
  children?: ReactNode;
  view: ReturnType<typeof useShown>;
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
    <div
      ref={view.ref}
      className={`field${check ? ' check' : ''}${texts.error ? ' invalid' : ''}`}
      onChange={view.touch}
      onBlur={view.touch}
    >
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
  path,
  children,
}: {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  /** The field's dotted path in the settings, put on the control as data-path (error links focus it). */
  path?: string | undefined;
  /** A remark on the value: set by the environment, applies after a restart. */
  note?: string | undefined;
  /** What the value is now, when the control cannot show it (a secret: set, or not). */
  state?: ReactNode;
  required?: boolean;
  children: (control: FieldControl) => ReactNode;
}) {
  const words = useTranslator();
  const view = useShown();
  const texts = { error: view.shown ? said(error, label, words) : undefined, help, state, note };
  const { id, ids, describedBy } = useMessages(texts);
  const control: FieldControl = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': texts.error ? true : undefined,
    'aria-required': required || undefined,
    ...(path ? { 'data-path': path } : {}),
  };
  // The mark sits outside the label, so the field's name is the label alone; aria-required says it.
  const head = (
    <span className="label-row">
      <label htmlFor={id}>{label}</label>
      {required && (
        <span className="required" aria-hidden="true" title={words.t('settings.field.required')}>
          *
        </span>
      )}
    </span>
  );
  return (
    <Frame texts={texts} ids={ids} head={head} view={view}>
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
  path,
  checked,
  onChange,
}: {
  label: string;
  help?: string | undefined;
  note?: string | undefined;
  error?: string | undefined;
  path?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const words = useTranslator();
  const view = useShown();
  const texts = { error: view.shown ? said(error, label, words) : undefined, help, note };
  const { ids, describedBy } = useMessages(texts);
  const head = (
    <label>
      <input
        type="checkbox"
        data-path={path}
        aria-describedby={describedBy}
        aria-invalid={texts.error ? true : undefined}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      {label}
    </label>
  );
  return <Frame texts={texts} ids={ids} check head={head} view={view} />;
}
