/**
 * Form fields drawn from the schema: each with the schema's label and one line of help, a number
 * input with the schema's bounds, a select with its choices in words, a list editor for a list of
 * plain values, and the schema's own message beside the field (aria-describedby), with a note
 * when the field is set by the environment. A choice whose words a select would cut off on a
 * phone is drawn as radio buttons instead (choiceControl).
 */
import type * as z from 'zod/v4/core';

import { useTranslator } from '../i18n/I18n';
import { CheckRow, FieldRow } from './FieldRow';
import type { FormCtx } from './form-ctx';
import { messageWords } from './issue-words';
import { choiceControl, ListField, RadioField } from './list-fields';
import {
  fieldFacts,
  fieldMeta,
  getAt,
  isNullable,
  isOptional,
  isSecretMarker,
  labelFor,
  type Path,
  pathKey,
  shapeOf,
} from './schema-walk';
import { SecretInput } from './SecretInput';

export type { FormCtx } from './form-ctx';

/** Reads a number input: a number when it is one, else the raw text so the schema says what is wrong. */
const numberOrText = (text: string): number | string =>
  text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;

/** What an emptied input stores: null where null means "none", nothing where the field may be left out. */
const emptyValue = (schema: z.$ZodType): null | undefined | '' =>
  isNullable(schema) ? null : isOptional(schema) ? undefined : '';

/**
 * One setting, drawn from its schema, its words in the page's language. `label` and `help` replace
 * the schema's own when given.
 */
export function LeafField({
  schema,
  path,
  ctx,
  label,
  help,
}: {
  schema: z.$ZodType;
  path: Path;
  ctx: FormCtx;
  label?: string;
  help?: string;
}) {
  const words = useTranslator();
  const shape = shapeOf(schema);
  const meta = fieldMeta(schema, words);
  const value = getAt(ctx.draft, path);
  const said = ctx.errors.get(pathKey(path));
  // zod's text or the engine's, said as a sentence about this field (its unit, what was typed).
  const error = said === undefined ? undefined : messageWords(said, fieldFacts(schema, [], value, words), words);
  const name = label ?? labelFor(schema, String(path[path.length - 1]), words);
  const about = help ?? meta.help;
  const note = ctx.notes?.get(pathKey(path));
  const empty = emptyValue(schema);
  const row = { label: name, help: about, error, note, path: pathKey(path) };
  const set = (v: unknown) => ctx.set(path, v);
  if (shape.kind === 'secret' || isSecretMarker(value))
    return <SecretInput {...row} value={value} stored={getAt(ctx.saved, path)} onChange={set} cleared={empty} />;
  if (shape.kind === 'boolean') return <CheckRow {...row} checked={value === true} onChange={set} />;
  if (shape.kind === 'list')
    return (
      <ListField path={path} ctx={ctx} label={name} help={about} note={note} shape={shape} choices={meta.choices} />
    );
  if (
    shape.kind === 'enum' &&
    choiceControl(shape.options.map((o) => meta.choices?.[String(o)] ?? String(o))) === 'radios'
  )
    return <RadioField {...row} label={name} path={path} ctx={ctx} options={shape.options} choices={meta.choices} />;
  if (shape.kind !== 'number' && shape.kind !== 'enum' && shape.kind !== 'string') return null;
  return (
    <FieldRow {...row}>
      {(common) => {
        if (shape.kind === 'number')
          return (
            <input
              {...common}
              type="number"
              inputMode={shape.int ? 'numeric' : 'decimal'}
              min={shape.min ?? undefined}
              max={shape.max ?? undefined}
              step={shape.int ? 1 : 'any'}
              value={value === undefined || value === null ? '' : String(value)}
              onChange={(e) =>
                ctx.set(path, e.target.value === '' && empty !== '' ? empty : numberOrText(e.target.value))
              }
            />
          );
        if (shape.kind === 'enum')
          return (
            <select
              {...common}
              value={String(value ?? '')}
              onChange={(e) => ctx.set(path, shape.options.find((o) => String(o) === e.target.value) ?? e.target.value)}
            >
              {shape.options.map((o) => (
                <option key={o} value={String(o)}>
                  {meta.choices?.[String(o)] ?? o}
                </option>
              ))}
            </select>
          );
        return (
          <input
            {...common}
            type="text"
            value={
              typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value)
            }
            onChange={(e) => ctx.set(path, e.target.value === '' ? empty : e.target.value)}
          />
        );
      }}
    </FieldRow>
  );
}

/** Every field of an object schema; a nested object becomes a group with its own legend and help. */
export function ObjectFields({
  schema,
  path,
  ctx,
  skip = [],
}: {
  schema: z.$ZodType;
  path: Path;
  ctx: FormCtx;
  skip?: string[];
}) {
  const words = useTranslator();
  const shape = shapeOf(schema);
  if (shape.kind !== 'object') return null;
  const objectError = ctx.errors.get(pathKey(path));
  return (
    <>
      {objectError && <p className="field-error">{objectError}</p>}
      {shape.fields
        .filter(([k]) => !skip.includes(k))
        .map(([k, s]) => {
          const inner = shapeOf(s);
          if (inner.kind === 'object') {
            const meta = fieldMeta(s, words);
            return (
              <fieldset key={k}>
                <legend>{labelFor(s, k, words)}</legend>
                {meta.help && <p className="help">{meta.help}</p>}
                <ObjectFields schema={s} path={[...path, k]} ctx={ctx} />
              </fieldset>
            );
          }
          // Lists of objects (sources, channels, servers) have editors of their own.
          if (inner.kind === 'array' || inner.kind === 'other') return null;
          return <LeafField key={k} schema={s} path={[...path, k]} ctx={ctx} />;
        })}
    </>
  );
}
