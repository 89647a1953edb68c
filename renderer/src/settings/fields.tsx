/**
 * Form fields drawn from the schema: a number input carries the schema's bounds, a select its
 * choices, and the schema's own message for the field shows beside it (aria-describedby).
 */
import { type ReactNode, useId } from 'react';
import type { z } from 'zod';

import { getAt, isSecretMarker, labelOf, type Path, pathKey, shapeOf } from './schema-walk';

export interface FormCtx {
  draft: unknown;
  errors: Map<string, string>;
  /** Remarks by path: set by the environment, applies after a restart. */
  notes?: Map<string, string>;
  set(path: Path, value: unknown): void;
}

/** Label, control and error message of one value. */
export function FieldRow({
  label,
  error,
  note,
  children,
}: {
  label: string;
  error: string | undefined;
  note?: string;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const errId = `${id}-err`;
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: error ? errId : undefined })}
      {note && <p className="muted small">{note}</p>}
      {error && (
        <p id={errId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Reads a number input: a number when it is one, else the raw text so the schema says what is wrong. */
const numberOrText = (text: string): number | string =>
  text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;

export function LeafField({
  schema,
  path,
  ctx,
  label,
}: {
  schema: z.ZodType;
  path: Path;
  ctx: FormCtx;
  label?: string;
}) {
  const shape = shapeOf(schema);
  const value = getAt(ctx.draft, path);
  const error = ctx.errors.get(pathKey(path));
  const name = label ?? labelOf(String(path[path.length - 1]));
  const note = ctx.notes?.get(pathKey(path));
  if (isSecretMarker(value)) return <SecretField path={path} ctx={ctx} name={name} />;
  if (shape.kind === 'boolean')
    return (
      <div className={`field check${error ? ' invalid' : ''}`}>
        <label>
          <input type="checkbox" checked={value === true} onChange={(e) => ctx.set(path, e.target.checked)} /> {name}
        </label>
        {error && <p className="field-error">{error}</p>}
      </div>
    );
  return (
    <FieldRow label={name} error={error} note={note}>
      {({ id, describedBy }) => {
        const common = { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined };
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
              onChange={(e) => ctx.set(path, numberOrText(e.target.value))}
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
                  {o}
                </option>
              ))}
            </select>
          );
        return (
          <input
            {...common}
            type="text"
            value={typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)}
            onChange={(e) => ctx.set(path, e.target.value)}
          />
        );
      }}
    </FieldRow>
  );
}

/** A secret: only whether it is set (and from where); typing replaces it, leaving it keeps it. */
export function SecretField({ path, ctx, name }: { path: Path; ctx: FormCtx; name: string }) {
  const value = getAt(ctx.draft, path);
  const marker = isSecretMarker(value) ? value : null;
  const state = marker ? (marker.set ? `set${marker.from ? ` from ${marker.from}` : ''}` : 'not set') : 'replaced';
  return (
    <FieldRow label={`${name} (${state}; type to replace)`} error={ctx.errors.get(pathKey(path))}>
      {({ id, describedBy }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          type="password"
          autoComplete="off"
          value={marker ? '' : String(value ?? '')}
          onChange={(e) => ctx.set(path, e.target.value)}
        />
      )}
    </FieldRow>
  );
}

/** Every leaf of an object schema; nested objects become their own group. */
export function ObjectFields({
  schema,
  path,
  ctx,
  skip = [],
}: {
  schema: z.ZodType;
  path: Path;
  ctx: FormCtx;
  skip?: string[];
}) {
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
          if (inner.kind === 'object')
            return (
              <fieldset key={k}>
                <legend>{labelOf(k)}</legend>
                <ObjectFields schema={s} path={[...path, k]} ctx={ctx} />
              </fieldset>
            );
          if (isSecretMarker(getAt(ctx.draft, [...path, k])))
            return <SecretField key={k} path={[...path, k]} ctx={ctx} name={labelOf(k)} />;
          if (inner.kind === 'array' || inner.kind === 'other') return null;
          return <LeafField key={k} schema={s} path={[...path, k]} ctx={ctx} />;
        })}
    </>
  );
}
