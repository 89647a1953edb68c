/**
 * A kind's choice (a DNS provider, a monitor's type) as a select, and for a long list (ItemKinds
 * `find`) a search field above it: what is typed narrows the select to the kinds whose name has
 * every word (kind-choices.ts), how many matched is said to screen readers, and with nothing
 * typed the most used come first, then the others by name. The select stays a native one, so
 * keyboard, screen reader and phone all work as they do everywhere.
 */
import { type ReactNode, useId, useState } from 'react';

import './kind-picker.css';

import type { FieldControl } from '../FieldRow';
import { kindChoices } from './kind-choices';
import type { ItemKinds } from './kinds';

export interface KindPickerProps<K extends string> {
  kinds: ItemKinds<K>;
  /** The chosen kind; null for one IPWatch does not know (shown as `unknown` until another is picked). */
  kind: K | null;
  unknown?: ReactNode;
  /** A search that no longer offers the chosen kind picks the first match (the list's Add), or keeps it (a record's form). */
  followSearch?: boolean;
  onChange(kind: K): void;
  /** The select's own attributes (its id and described-by from the row it sits in). */
  control?: Partial<FieldControl>;
  /** The select's label, when no row gives it one (the list's Add): drawn beside it, after the search. */
  label?: ReactNode;
}

export function KindPicker<K extends string>(props: KindPickerProps<K>) {
  const { kinds, kind } = props;
  const find = kinds.find;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const selectId = useId();
  const control = { id: selectId, ...props.control };
  const labelOf = (k: K) => kinds.forms[k].label;
  const { groups, found } = kindChoices(kinds.ids, labelOf, {
    query,
    keep: kind,
    popular: find?.popular ?? 0,
    popularLabel: find?.popularLabel ?? '',
    allLabel: find?.allLabel ?? '',
  });
  const search = (q: string) => {
    setQuery(q);
    if (!props.followSearch) return;
    const first = kindChoices(kinds.ids, labelOf, { query: q, keep: null, popular: 0, popularLabel: '', allLabel: '' })
      .groups[0]?.ids[0];
    if (first !== undefined && first !== kind) props.onChange(first);
  };
  const option = (k: K) => (
    <option key={k} value={k}>
      {labelOf(k)}
    </option>
  );
  return (
    <span className="kind-picker">
      {find && (
        <span className="kind-find">
          <label htmlFor={searchId}>{find.label}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => search(e.target.value)}
            autoComplete="off"
          />
          <span className="muted small" role="status">
            {!query.trim() ? '' : found === 0 ? find.none(query.trim()) : find.found(found)}
          </span>
        </span>
      )}
      <span className="kind-choice">
        {props.label && <label htmlFor={String(control.id)}>{props.label}</label>}
        <select {...control} value={kind ?? ''} onChange={(e) => props.onChange(e.target.value as K)}>
          {kind === null && <option value="">{props.unknown}</option>}
          {groups.map((g) =>
            g.label ? (
              <optgroup key={g.label} label={g.label}>
                {g.ids.map(option)}
              </optgroup>
            ) : (
              g.ids.map(option)
            ),
          )}
        </select>
      </span>
    </span>
  );
}
