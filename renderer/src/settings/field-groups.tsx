/**
 * How the Settings page groups the schema's fields: two to a row where the page is wide, a group
 * inside another section under its own legend, and the fine tuning few people change folded
 * under one line that names it, so the page stays short enough to take in.
 */
import type * as z from 'zod/v4/core';

import { settingsSchema } from '../../../shared/settings';
import { useTranslator } from '../i18n/I18n';
import { type FormCtx, LeafField, ObjectFields } from './fields';
import { Disclosure } from './options/Disclosure';
import { optionSchema } from './options/option-schema';
import { errorWithin, fieldMeta, fieldSchema, labelFor } from './schema-walk';

/** A top-level group of the settings by its key (`monitor`). */
export const group = (key: string) => fieldSchema(settingsSchema, key)!;

/** A settings group shown inside another section, under its own legend and help line. */
export function SubGroup({ path, ctx }: { path: string[]; ctx: FormCtx }) {
  const words = useTranslator();
  const schema = path.length === 1 ? group(path[0]!) : optionSchema(settingsSchema, path)!;
  return (
    <fieldset>
      <legend>{labelFor(schema, path.at(-1)!, words)}</legend>
      <p className="help">{fieldMeta(schema, words).help}</p>
      <Fields schema={schema} path={path} ctx={ctx} />
    </fieldset>
  );
}

/** Fields drawn from the schema, two to a row where the page is wide enough (settings.css). */
export function Fields(props: { schema: z.$ZodType; path: string[]; ctx: FormCtx; skip?: string[] }) {
  return (
    <div className="field-grid">
      <ObjectFields {...props} />
    </div>
  );
}

/** Single fields by their paths, two to a row where the page is wide enough, in the order given. */
export function Leaves({ paths, ctx, label }: { paths: string[][]; ctx: FormCtx; label?: string }) {
  return (
    <div className="field-grid" role={label ? 'group' : undefined} aria-label={label}>
      {paths.map((p) => (
        <LeafField key={p.join('.')} schema={optionSchema(settingsSchema, p)!} path={p} ctx={ctx} />
      ))}
    </div>
  );
}

/**
 * Settings few people change, folded under one line that names them (the page stays short enough
 * to take in): single fields and whole groups; open by themselves when one inside needs fixing.
 */
export function Folded({
  summary,
  leaves = [],
  groups = [],
  ctx,
}: {
  summary: string;
  leaves?: string[][];
  groups?: string[][];
  ctx: FormCtx;
}) {
  const paths = [...leaves, ...groups];
  return (
    <Disclosure summary={summary} mustOpen={paths.some((p) => errorWithin(ctx.errors, p) !== undefined)}>
      {leaves.length > 0 && <Leaves paths={leaves} ctx={ctx} />}
      {groups.map((p) => (
        <SubGroup key={p.join('.')} path={p} ctx={ctx} />
      ))}
    </Disclosure>
  );
}
