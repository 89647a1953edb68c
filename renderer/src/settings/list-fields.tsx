/**
 * A list of plain values: a choice of several (events) as a group of checkboxes, and a list of
 * ids or numbers as one input per item with Remove and Add. Each item's own message (the
 * schema's, `sources.disabled.2`) shows beside it; the list's own (too many) under the group.
 */
import { type ReactNode, useId } from 'react';

import { useTranslator } from '../i18n/I18n';
import type { FormCtx } from './form-ctx';
import { getAt, type Path, pathKey, type ScalarShape } from './schema-walk';

interface ListProps {
  path: Path;
  ctx: FormCtx;
  label: string;
  help?: string | undefined;
  note?: string | undefined;
  shape: { kind: 'list'; element: ScalarShape; max: number | null };
  /** Words for each choice, by value. */
  choices?: Record<string, string> | undefined;
}

export function Group({
  label,
  help,
  note,
  error,
  children,
}: Omit<ListProps, 'path' | 'ctx' | 'shape'> & {
  error: string | undefined;
  children: ReactNode;
}) {
  const id = useId();
  const describedBy = [help && `${id}-help`, note && `${id}-note`].filter(Boolean).join(' ');
  return (
    <fieldset className={`list${error ? ' invalid' : ''}`} aria-describedby={describedBy || undefined}>
      <legend>{label}</legend>
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      {children}
      {note && (
        <p id={`${id}-note`} className="note">
          {note}
        </p>
      )}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

/** `label`, `help` and `choices` come in the page's language (LeafField); the list's own words are looked up here. */
export function ListField(props: ListProps) {
  const words = useTranslator();
  const { path, ctx, label, shape } = props;
  const raw = getAt(ctx.draft, path);
  const items = Array.isArray(raw) ? (raw as unknown[]) : [];
  const error = ctx.errors.get(pathKey(path));
  const { element } = shape;
  if (element.kind === 'enum')
    return (
      <Group {...props} error={error}>
        <div className="choices">
          {element.options.map((o) => (
            <label key={o} className="inline">
              <input
                type="checkbox"
                checked={items.includes(o)}
                onChange={(e) =>
                  ctx.set(
                    path,
                    e.target.checked
                      ? element.options.filter((x) => x === o || items.includes(x))
                      : items.filter((x) => x !== o),
                  )
                }
              />{' '}
              {props.choices?.[String(o)] ?? o}
            </label>
          ))}
        </div>
      </Group>
    );
  const read = (text: string): unknown =>
    element.kind === 'number' && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  const full = shape.max !== null && items.length >= shape.max;
  return (
    <Group {...props} error={error}>
      {items.length === 0 && <p className="muted small">{words.t('settings.field.listEmpty')}</p>}
      <ul className="list-items">
        {items.map((item, i) => {
          const itemError = ctx.errors.get(pathKey([...path, i]));
          return (
            <li key={i}>
              <span className="item-row">
                <input
                  aria-label={words.t('settings.field.listItem', { label, number: i + 1 })}
                  aria-invalid={itemError ? true : undefined}
                  inputMode={element.kind === 'number' ? 'decimal' : undefined}
                  value={String(item ?? '')}
                  onChange={(e) => ctx.set([...path, i], read(e.target.value))}
                />
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    ctx.set(
                      path,
                      items.filter((_, j) => j !== i),
                    )
                  }
                >
                  {words.t('settings.field.remove')}
                  <span className="sr-only"> {words.t('settings.field.removeWhich', { number: i + 1, label })}</span>
                </button>
              </span>
              {itemError && <p className="field-error">{itemError}</p>}
            </li>
          );
        })}
      </ul>
      <button type="button" disabled={full} onClick={() => ctx.set(path, [...items, ''])}>
        {words.t('settings.field.add')}
        <span className="sr-only"> {words.t('settings.field.addTo', { label })}</span>
      </button>
    </Group>
  );
}

/**
 * A choice drawn as a select or as radio buttons: radios when the words of a choice would be cut
 * off in a select on a phone (a 360 px window leaves a select about 300 px, some 32 characters),
 * and the choices are few enough to show them all. Pure.
 *
 * | choices | longest words | control |
 * | ------- | ------------- | ------- |
 * | 3       | 12 chars      | select  |
 * | 3       | 40 chars      | radios  |
 * | 5       | 33 chars      | radios  |
 * | 6       | 40 chars      | select  |
 */
export function choiceControl(words: string[]): 'select' | 'radios' {
  const longest = Math.max(0, ...words.map((w) => w.length));
  return longest > 32 && words.length <= 5 ? 'radios' : 'select';
}

/** A choice of one, as radio buttons whose words wrap (choiceControl). */
export function RadioField(props: {
  path: Path;
  ctx: FormCtx;
  label: string;
  help?: string | undefined;
  note?: string | undefined;
  error?: string | undefined;
  options: readonly (string | number)[];
  choices?: Record<string, string> | undefined;
}) {
  const { path, ctx, options } = props;
  const name = useId();
  const value = getAt(ctx.draft, path);
  const chosen = options.findIndex((o) => o === value);
  return (
    <Group {...props} error={props.error}>
      <div className="choices stacked">
        {options.map((o, i) => (
          <label key={String(o)} className="inline">
            <input
              type="radio"
              name={name}
              checked={o === value}
              aria-invalid={props.error ? true : undefined}
              data-path={i === Math.max(chosen, 0) ? pathKey(path) : undefined}
              onChange={() => ctx.set(path, o)}
            />{' '}
            {props.choices?.[String(o)] ?? o}
          </label>
        ))}
      </div>
    </Group>
  );
}
