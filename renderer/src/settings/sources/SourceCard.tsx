/**
 * One custom source's form, open below its row: its kind, that kind's own fields (labels, help
 * and checks from the settings schema, shared/source-settings.ts), the rarely needed ones folded
 * under "More options", and "Test this source", which asks it once as configured here, saved or not.
 */
import { unionOption } from '../../../../shared/schema-fields';
import { type CustomSource, customSourceSchema } from '../../../../shared/settings';
import { FieldRow } from '../FieldRow';
import type { FormCtx } from '../fields';
import { optionMeta, optionRequired } from '../options/option-schema';
import { OptionInput } from '../options/OptionInput';
import type { OptionSpec } from '../options/spec';
import { errorWithin, getAt, type Path, pathKey } from '../schema-walk';
import { SOURCE_FORMS } from './forms';
import { TestSource } from './TestSource';

const KINDS = Object.keys(SOURCE_FORMS) as CustomSource['kind'][];

export function SourceCard({ index, ctx }: { index: number; ctx: FormCtx }) {
  const path: Path = ['sources', 'custom', index];
  const source = getAt(ctx.draft, path) as CustomSource;
  const form = SOURCE_FORMS[source.kind];
  const schema = unionOption(customSourceSchema, 'kind', source.kind);
  const kindMeta = schema ? optionMeta(schema, ['kind']) : { label: 'Source kind' };
  const input = (spec: OptionSpec) =>
    schema && (
      <OptionInput
        key={spec.path.join('.')}
        schema={schema}
        spec={spec}
        value={getAt(source, spec.path)}
        error={ctx.errors.get(pathKey([...path, ...spec.path]))}
        path={pathKey([...path, ...spec.path])}
        required={optionRequired(schema, spec.path, source)}
        onChange={(v) => ctx.set([...path, ...spec.path], v)}
      />
    );
  const shown = (form?.fields ?? []).filter(
    (spec) => !spec.shownWhen || spec.shownWhen(source as unknown as Record<string, unknown>),
  );
  const isAdvanced = (spec: OptionSpec) => form?.advanced.includes(spec.path.join('.')) ?? false;
  const advanced = shown.filter(isAdvanced);
  return (
    <fieldset className="item source-card">
      <legend>Custom source {source.id || index + 1}</legend>
      <FieldRow label={kindMeta.label} help={kindMeta.help} error={ctx.errors.get(pathKey([...path, 'kind']))}>
        {(control) => (
          <select
            {...control}
            value={source.kind}
            onChange={(e) => {
              const kind = e.target.value as CustomSource['kind'];
              // Another kind has other fields: the id and family stay.
              ctx.set(path, { ...SOURCE_FORMS[kind].blank, id: source.id, family: source.family });
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {SOURCE_FORMS[k].label}
              </option>
            ))}
          </select>
        )}
      </FieldRow>
      {form && <p className="muted small">{form.blurb}</p>}
      {shown.filter((spec) => !isAdvanced(spec)).map(input)}
      {advanced.length > 0 && (
        <details
          className="disclosure"
          open={advanced.some((spec) => errorWithin(ctx.errors, [...path, ...spec.path])) || undefined}
        >
          <summary>More options</summary>
          {advanced.map(input)}
        </details>
      )}
      <TestSource source={source} />
    </fieldset>
  );
}
