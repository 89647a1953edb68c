/**
 * One custom source: its kind, that kind's own form (labels, help and checks from the settings
 * schema, shared/source-settings.ts), and "Test this source", which asks it once as configured
 * here, saved or not.
 */
import { useMutation } from '@tanstack/react-query';

import { unionOption } from '../../../../shared/schema-fields';
import { type CustomSource, customSourceSchema } from '../../../../shared/settings';
import { useEngine } from '../../api/engine';
import { FieldRow } from '../FieldRow';
import type { FormCtx } from '../fields';
import { optionMeta, optionRequired } from '../options/option-schema';
import { OptionInput } from '../options/OptionInput';
import { getAt, type Path, pathKey } from '../schema-walk';
import { SOURCE_FORMS } from './forms';

const KINDS = Object.keys(SOURCE_FORMS) as CustomSource['kind'][];

function TestSource({ source }: { source: CustomSource }) {
  const { client } = useEngine();
  const test = useMutation({ mutationFn: (s: CustomSource) => client.testSource({ source: s }) });
  const valid = customSourceSchema.safeParse(source).success;
  return (
    <div className="controls test">
      <button type="button" disabled={!valid || test.isPending} onClick={() => test.mutate(source)}>
        {test.isPending ? 'Testing…' : 'Test this source'}
      </button>
      <span role="status" className={`small${test.data?.ok === false || test.error ? ' error-text' : ''}`}>
        {!valid && 'Fill in the fields above to test it.'}
        {test.data && (test.data.ok ? `Answered ${test.data.ip} in ${test.data.ms} ms` : `Failed: ${test.data.error}`)}
        {test.error && `Failed: ${test.error.message}`}
      </span>
    </div>
  );
}

export function SourceCard({ index, ctx, onRemove }: { index: number; ctx: FormCtx; onRemove: () => void }) {
  const path: Path = ['sources', 'custom', index];
  const source = getAt(ctx.draft, path) as CustomSource;
  const form = SOURCE_FORMS[source.kind];
  const schema = unionOption(customSourceSchema, 'kind', source.kind);
  const kindMeta = schema ? optionMeta(schema, ['kind']) : { label: 'Source kind' };
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
      {form &&
        schema &&
        form.fields
          .filter((spec) => !spec.shownWhen || spec.shownWhen(source as unknown as Record<string, unknown>))
          .map((spec) => (
            <OptionInput
              key={spec.path.join('.')}
              schema={schema}
              spec={spec}
              value={getAt(source, spec.path)}
              error={ctx.errors.get(pathKey([...path, ...spec.path]))}
              required={optionRequired(schema, spec.path, source)}
              onChange={(v) => ctx.set([...path, ...spec.path], v)}
            />
          ))}
      <TestSource source={source} />
      <button type="button" className="secondary" onClick={onRemove}>
        Remove {source.id || 'this source'}
      </button>
    </fieldset>
  );
}
