/**
 * A list of settings items of several kinds kept in the draft at `path` (DDNS records, service
 * monitors), drawn as ItemList's one-line rows: the row's state as the section says it once the
 * item is saved as shown, "needs fixing" after a refused save, the row's Test (an item with
 * fields to fix opens its form with every message shown), the item's form (KindForm) below its
 * row, Remove, and a new item of a chosen kind under a free id.
 */
import { type ReactNode, useState } from 'react';
import { useIntl } from 'react-intl';

import { freshId } from '../ChannelsEditor';
import type { FormCtx } from '../fields';
import { type ItemState, ItemList } from '../ItemList';
import { errorWithin, getAt } from '../schema-walk';
import type { RowTestProps } from './ItemTest';
import { KindForm, type KindFormProps } from './KindForm';
import { KindPicker } from './KindPicker';
import { type ItemKinds, sameAs } from './kinds';

/** An item of the list as the draft holds it: named by its id. */
type Item = Record<string, unknown> & { id: string };

export interface DraftListProps<T extends Item, K extends string> extends Pick<
  KindFormProps<K>,
  'legend' | 'className' | 'field'
> {
  ctx: FormCtx;
  /** The list in the settings: ['ddns', 'records']. */
  path: readonly [string, string];
  /** A save was refused: rows with a field to fix say so, and their forms show every message. */
  showErrors: boolean;
  kinds: ItemKinds<K>;
  /** The list's name, for its landmark. */
  label: string;
  /** Shown when there is no item. */
  empty: string;
  /** The new item's controls: the kind's label ("Provider of the new record") and the button's ("Add a record"). */
  adder: { kind: string; button: string };
  name(item: T): string;
  type(item: T): string;
  /** What the row says; `saved`: the item is saved exactly as shown, so the engine's status is about it. */
  state(item: T, saved: boolean): ItemState | null;
  /** A flag of the section's own, when the row has no field to fix. */
  flag?(item: T): string | null;
  /** The item's Test: in its row (named, opening the form when incomplete) and in its form. */
  test(item: T, props: RowTestProps): ReactNode;
}

export function DraftList<T extends Item, K extends string>(props: DraftListProps<T, K>) {
  const { ctx, path, kinds } = props;
  const intl = useIntl();
  const items = (getAt(ctx.draft, path) as T[] | undefined) ?? [];
  const savedList = (getAt(ctx.saved, path) as T[] | undefined) ?? [];
  const storedOf = (item: T) => savedList.find((s) => s.id === item.id);
  const savedAsShown = (item: T) => sameAs(item, storedOf(item));
  const [kind, setKind] = useState<K>(kinds.ids[0]!);
  // The row whose test was asked for with fields to fix: its form opens with every message shown.
  const [revealAt, setRevealAt] = useState<number | null>(null);
  return (
    <ItemList<T>
      base={path.join('.')}
      label={props.label}
      items={items}
      empty={props.empty}
      name={props.name}
      type={props.type}
      state={(item) => props.state(item, savedAsShown(item))}
      flag={(item, i, fresh) =>
        props.showErrors && !fresh && errorWithin(ctx.errors, [...path, i])
          ? intl.formatMessage({ id: 'editors.needsFixing' })
          : (props.flag?.(item) ?? null)
      }
      test={(item, i, open) =>
        props.test(item, {
          savedAsShown: savedAsShown(item),
          name: props.name(item),
          onIncomplete: () => {
            setRevealAt(i);
            open();
          },
        })
      }
      form={(item, i, fresh) => (
        <KindForm
          kinds={kinds}
          path={[...path, i]}
          ctx={ctx}
          stored={storedOf(item)}
          reveal={(props.showErrors && !fresh) || revealAt === i}
          legend={props.legend}
          className={props.className}
          field={props.field}
          test={(shown, saved) => props.test(shown as T, { savedAsShown: saved })}
        />
      )}
      onRemove={(i) => {
        setRevealAt(null);
        ctx.set(
          [...path],
          items.filter((_, k) => k !== i),
        );
      }}
      onAdd={(item) => ctx.set([...path], [...items, item])}
      adder={(add) => (
        <div className="controls add-channel">
          {/* A new search with each record added (its key): the list whole again. */}
          <KindPicker<K>
            key={items.length}
            kinds={kinds}
            kind={kind}
            followSearch
            label={props.adder.kind}
            onChange={setKind}
          />
          <button
            type="button"
            onClick={() =>
              add(
                kinds.blank(
                  kind,
                  freshId(
                    kind,
                    items.map((r) => r.id),
                  ),
                ) as T,
              )
            }
          >
            {props.adder.button}
          </button>
        </div>
      )}
    />
  );
}
