/**
 * A list of settings items (sources, channels, Discord servers, DDNS records, service monitors)
 * as one-line rows, Uptime Kuma's shape: name, type, state, Test, Edit, Remove. Only the item being
 * edited has its form open, below its row; Add opens a new item's form at once. The page stays
 * short however many items there are, and a person sees every item's state at a glance.
 *
 * An error link elsewhere on the page reaches a field inside a closed form with `revealPath`.
 */
// The rows' look travels with them: the first-run steps draw these lists without the Settings page.
import './settings.css';

import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useIntl } from 'react-intl';

import { Badge } from '../components/Badge';
import { ErrorText } from '../components/ErrorText';
import { FreshItem } from './FieldRow';
import type { ItemState } from './item-states';

export type { ItemState };

const REVEAL = 'ipwatch:settings-reveal';

/**
 * Opens the item whose form holds the field at a dotted path (`notifications.channels.3.url`),
 * at once, so the field can be focused right after; false when no list on the page holds it.
 */
export function revealPath(path: string): boolean {
  const event = new CustomEvent<{ path: string; found: boolean }>(REVEAL, { detail: { path, found: false } });
  window.dispatchEvent(event);
  return event.detail.found;
}

export interface ItemListProps<T> {
  /** The list's dotted path in the settings (`sources.custom`): `revealPath` opens its items by it. */
  base: string;
  /** The list's name, for its landmark and the Add button ("Custom sources"). */
  label: string;
  items: readonly T[];
  /** Shown when there is no item. */
  empty: ReactNode;
  name(item: T, index: number): string;
  type(item: T, index: number): string;
  state(item: T, index: number): ItemState | null;
  /**
   * A flag beside the state ("Needs fixing" after a refused save), or null; `fresh`: the item was
   * added since the form was last submitted, so a refused save before it is not about it.
   */
  flag?(item: T, index: number, fresh: boolean): string | null;
  /** The row's test (shown while its form is closed: the open form has its own); `open` shows the form. */
  test?(item: T, index: number, open: () => void): ReactNode;
  /** The item's form, shown below its row while it is being edited; `fresh` as for `flag`. */
  form(item: T, index: number, fresh: boolean): ReactNode;
  onRemove(index: number): void;
  /** The controls that add an item; `add` appends it (through `onAdd`) and opens its form. */
  adder(add: (item: T) => void): ReactNode;
  onAdd(item: T): void;
}

/** Keys that follow the items across a removal above them, so an open form stays with its item. */
function useItemKeys(length: number) {
  const ref = useRef<{ next: number; list: number[] }>({ next: 0, list: [] });
  const k = ref.current;
  while (k.list.length < length) k.list.push(k.next++);
  if (k.list.length > length) k.list.length = length;
  return k;
}

export function ItemList<T>(props: ItemListProps<T>) {
  const { items, base } = props;
  const keys = useItemKeys(items.length);
  const [open, setOpen] = useState<number | null>(null);
  const fresh = useFreshKeys();
  const id = useId();
  const t = useIntl().formatMessage;
  // Another part of the page (an error link) asks for a field inside one of these forms.
  useEffect(() => {
    const onReveal = (e: Event) => {
      const detail = (e as CustomEvent<{ path: string; found: boolean }>).detail;
      if (!detail.path.startsWith(`${base}.`)) return;
      const index = Number(detail.path.slice(base.length + 1).split('.')[0]);
      const key = keys.list[index];
      if (key === undefined) return;
      detail.found = true;
      flushSync(() => setOpen(key));
    };
    window.addEventListener(REVEAL, onReveal);
    return () => window.removeEventListener(REVEAL, onReveal);
  }, [base, keys]);
  const add = (item: T) => {
    keys.list.push(keys.next);
    fresh.add(keys.next);
    setOpen(keys.next++);
    props.onAdd(item);
  };
  return (
    <>
      {items.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul className="item-list" aria-label={props.label}>
          {items.map((item, i) => {
            const key = keys.list[i]!;
            const rowId = `${id}-${key}`;
            const isOpen = open === key;
            const name = props.name(item, i);
            const state = props.state(item, i);
            const isFresh = fresh.has(key);
            const flag = props.flag?.(item, i, isFresh) ?? null;
            const show = () => setOpen(key);
            return (
              <li key={key} className={`item-entry${isOpen ? ' open' : ''}`} aria-labelledby={`${rowId}-name`}>
                <div className="item-line">
                  <span className="item-name" id={`${rowId}-name`}>
                    {name}
                  </span>
                  <span className="item-type">{props.type(item, i)}</span>
                  <span className="item-state">
                    {state && <Badge tone={state.tone}>{state.word}</Badge>}
                    {flag && <Badge tone="warn">{flag}</Badge>}
                  </span>
                  <span className="item-actions">
                    {!isOpen && props.test?.(item, i, show)}
                    <button
                      type="button"
                      className="secondary"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? `${rowId}-form` : undefined}
                      onClick={() => setOpen(isOpen ? null : key)}
                    >
                      {t({ id: isOpen ? 'settings.items.close' : 'settings.items.edit' })}
                      <span className="sr-only"> {name}</span>
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        keys.list.splice(i, 1);
                        if (isOpen) setOpen(null);
                        props.onRemove(i);
                      }}
                    >
                      {t({ id: 'settings.items.remove' })}
                      <span className="sr-only"> {name}</span>
                    </button>
                  </span>
                </div>
                {isOpen && (
                  <div className="item-form" id={`${rowId}-form`}>
                    {(state?.detail || state?.error) && (
                      <div className="small muted item-detail">
                        {state.word}: {state.detail}
                        {state.detail && state.error && ' '}
                        {state.error && <ErrorText raw={state.error} />}
                      </div>
                    )}
                    <FreshItem value={isFresh}>{props.form(item, i, isFresh)}</FreshItem>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {props.adder(add)}
    </>
  );
}

/** The keys of items added since a form on the page was last submitted (a save tried). */
function useFreshKeys() {
  const [keys, setKeys] = useState<ReadonlySet<number>>(new Set());
  useEffect(() => {
    const onSubmit = () => setKeys(new Set());
    document.addEventListener('submit', onSubmit, true);
    return () => document.removeEventListener('submit', onSubmit, true);
  }, []);
  return { has: (key: number) => keys.has(key), add: (key: number) => setKeys((k) => new Set([...k, key])) };
}
