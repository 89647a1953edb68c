/**
 * One item's form, open below its row, for lists of items of several kinds (ItemKinds): the
 * kind first, then only that kind's fields (labels, help and checks from the kind's schema), the
 * rarely changed ones folded, and the item's Test, which works before saving too. Another kind
 * keeps what all kinds share and starts its own fields empty.
 */
import { Fragment, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type * as z from 'zod/v4/core';

import { isSecretMarker } from '../../../../shared/contract/settings';
import { unionOption } from '../../../../shared/settings/schema-fields';
import { useTranslator } from '../../i18n/I18n';
import { FieldRow, ShowErrors } from '../FieldRow';
import type { FormCtx } from '../fields';
import { optionMeta, optionRequired } from '../options/option-schema';
import { OptionInput } from '../options/OptionInput';
import type { OptionSpec } from '../options/spec';
import { errorWithin, getAt, type Path, pathKey } from '../schema-walk';
import { KindPicker } from './KindPicker';
import { type ItemKinds, kindFields, kindOf, sameAs } from './kinds';

/** What every field of the form is drawn with, whichever control draws it. */
export interface FieldProps {
  value: unknown;
  error: string | undefined;
  onChange: (next: unknown) => void;
  /** The value as last saved (a secret's marker). */
  stored: unknown;
  /** The field's dotted path in the settings, for error links. */
  path: string;
}

export interface KindFormProps<K extends string> {
  kinds: ItemKinds<K>;
  /** Where the item is in the draft: ['ddns', 'records', 2]. */
  path: Path;
  ctx: FormCtx;
  /** The item with the same id as last saved (its secrets are markers), if any. */
  stored: Record<string, unknown> | undefined;
  /** Every field shows its message untouched (a save was refused, a test asked for with fields to fix). */
  reveal?: boolean | undefined;
  /** The group's name before the item's id: "DNS record". */
  legend: string;
  /** What follows the name while the item has no id yet (its place in the list), if anything. */
  nameless?: string;
  className: string;
  /** A field drawn by another control than OptionInput (an RFC 2136 secret with Generate), or null. */
  field?(spec: OptionSpec, props: FieldProps, schema: z.$ZodType, item: Record<string, unknown>): ReactNode;
  /** The form's Test, once the kind is known; `savedAsShown`: the engine has the item as the page shows it. */
  test(item: Record<string, unknown>, savedAsShown: boolean): ReactNode;
}

export function KindForm<K extends string>(props: KindFormProps<K>) {
  const { kinds, path, ctx, stored } = props;
  const item = getAt(ctx.draft, path) as Record<string, unknown>;
  const kind = kindOf(kinds, item);
  const schema = kind ? unionOption(kinds.schema, kinds.key, kind) : null;
  const [shown, folded] = kindFields(kinds, kind, item);
  const at = (spec: OptionSpec) => [...path, ...spec.path];
  const input = (spec: OptionSpec) => {
    if (!schema) return null;
    const key = pathKey(at(spec));
    const common: FieldProps = {
      value: getAt(item, spec.path),
      error: ctx.errors.get(key),
      onChange: (v: unknown) => ctx.set(at(spec), v),
      stored: getAt(stored, spec.path),
      path: key,
    };
    const field = props.field?.(spec, common, schema, item) ?? (
      <OptionInput schema={schema} spec={spec} {...common} required={optionRequired(schema, spec.path, item)} />
    );
    // A secret left as stored is never touched, and its message is not about typing (its record now
    // sends elsewhere: enter it again): shown at once.
    const kept = isSecretMarker(common.value) && common.error !== undefined;
    return <Fragment key={key}>{kept ? <ShowErrors value>{field}</ShowErrors> : field}</Fragment>;
  };
  const id = (typeof item.id === 'string' && item.id) || (props.nameless ?? '');
  return (
    <ShowErrors value={props.reveal ?? false}>
      <fieldset className={props.className}>
        <legend>
          {props.legend} {id}
        </legend>
        <KindSelect kinds={kinds} kind={kind} item={item} path={path} ctx={ctx} schema={schema} />
        {kind && <p className="muted small">{kinds.forms[kind].blurb}</p>}
        {kind && <KeyLink kinds={kinds} kind={kind} />}
        {shown.map(input)}
        {folded.length > 0 && (
          <details className="disclosure" open={folded.some((spec) => errorWithin(ctx.errors, at(spec))) || undefined}>
            <summary>{kinds.fold.summary}</summary>
            {folded.map(input)}
          </details>
        )}
        {kind && props.test(item, sameAs(item, stored))}
      </fieldset>
    </ShowErrors>
  );
}

/** The kind's choice: a kind IPWatch does not know stays shown as it is until another is picked. */
function KindSelect<K extends string>({
  kinds,
  kind,
  item,
  path,
  ctx,
  schema,
}: {
  kinds: ItemKinds<K>;
  kind: K | null;
  item: Record<string, unknown>;
  path: Path;
  ctx: FormCtx;
  schema: z.$ZodType | null;
}) {
  const intl = useIntl();
  const words = useTranslator();
  const meta = schema ? optionMeta(schema, [kinds.key], words) : { label: kinds.label };
  const key = pathKey([...path, kinds.key]);
  return (
    <FieldRow label={meta.label} help={meta.help} error={ctx.errors.get(key)} path={key}>
      {(control) => (
        <KindPicker
          kinds={kinds}
          kind={kind}
          control={control}
          unknown={intl.formatMessage({ id: 'editors.unknownKind' }, { kind: String(item[kinds.key]) })}
          onChange={(k) => ctx.set(path, kinds.withKind(item, k))}
        />
      )}
    </FieldRow>
  );
}

/** Where the kind's key is made, on its provider's own site, opened outside the app. */
function KeyLink<K extends string>({ kinds, kind }: { kinds: ItemKinds<K>; kind: K }) {
  const url = kinds.forms[kind].keyUrl;
  if (!url || !kinds.find) return null;
  return (
    <p className="small">
      <a href={url} target="_blank" rel="noreferrer">
        {kinds.find.keyAt(new URL(url).host.replace(/^www\./, ''))}
      </a>
    </p>
  );
}
