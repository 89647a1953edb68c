/** Built-in sources on or off, and custom sources with "Test this source". */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import { type CustomSource, customSourceSchema, sourcesSchema } from '../../../shared/settings';
import { useEngine } from '../api/engine';
import { type FormCtx, FieldRow, LeafField, ObjectFields } from './fields';
import { fieldSchema, getAt, type Path, pathKey, unionOption } from './schema-walk';

const BLANK: Record<CustomSource['kind'], CustomSource> = {
  http: { id: '', kind: 'http', url: '', format: 'text', family: 4 },
  dns: { id: '', kind: 'dns', server: '', name: '', type: 'A', class: 'IN', family: 4 },
  stun: { id: '', kind: 'stun', server: '', family: 4 },
};

function TestSource({ source }: { source: CustomSource }) {
  const { client } = useEngine();
  const test = useMutation({ mutationFn: () => client.testSource({ source }) });
  const valid = customSourceSchema.safeParse(source).success;
  return (
    <div className="controls">
      <button type="button" disabled={!valid || test.isPending} onClick={() => test.mutate()}>
        {test.isPending ? 'Testing…' : 'Test this source'}
      </button>
      <span role="status" className="small">
        {test.data && (test.data.ok ? `Answered ${test.data.ip} in ${test.data.ms} ms` : `Failed: ${test.data.error}`)}
        {test.error && `Failed: ${test.error.message}`}
      </span>
    </div>
  );
}

function CustomSourceFields({ index, ctx }: { index: number; ctx: FormCtx }) {
  const path: Path = ['sources', 'custom', index];
  const source = getAt(ctx.draft, path) as CustomSource;
  const option = unionOption(customSourceSchema, 'kind', source.kind);
  return (
    <fieldset className="item">
      <legend>Custom source {source.id || index + 1}</legend>
      <FieldRow label="Kind" error={ctx.errors.get(pathKey([...path, 'kind']))}>
        {({ id }) => (
          <select
            id={id}
            value={source.kind}
            onChange={(e) => {
              const kind = e.target.value as CustomSource['kind'];
              ctx.set(path, { ...BLANK[kind], id: source.id, family: source.family });
            }}
          >
            <option value="http">HTTP</option>
            <option value="dns">DNS</option>
            <option value="stun">STUN</option>
          </select>
        )}
      </FieldRow>
      {option && <ObjectFields schema={option} path={path} ctx={ctx} skip={['kind']} />}
      <TestSource source={source} />
      <button
        type="button"
        className="secondary"
        onClick={() =>
          ctx.set(
            ['sources', 'custom'],
            (getAt(ctx.draft, ['sources', 'custom']) as CustomSource[]).filter((_, i) => i !== index),
          )
        }
      >
        Remove source {source.id || index + 1}
      </button>
    </fieldset>
  );
}

export function SourcesEditor({ ctx }: { ctx: FormCtx }) {
  const custom = (getAt(ctx.draft, ['sources', 'custom']) as CustomSource[] | undefined) ?? [];
  const disabled = (getAt(ctx.draft, ['sources', 'disabled']) as string[] | undefined) ?? [];
  const [disabledText, setDisabledText] = useState(disabled.join(', '));
  const disabledError = [...ctx.errors].find(([k]) => k.startsWith('sources.disabled'))?.[1];
  return (
    <>
      <LeafField
        schema={fieldSchema(sourcesSchema, 'builtIn')!}
        path={['sources', 'builtIn']}
        ctx={ctx}
        label="Use the built-in sources"
      />
      <FieldRow label="Built-in sources switched off (ids, comma-separated)" error={disabledError}>
        {({ id, describedBy }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            value={disabledText}
            onChange={(e) => {
              setDisabledText(e.target.value);
              ctx.set(
                ['sources', 'disabled'],
                e.target.value
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean),
              );
            }}
          />
        )}
      </FieldRow>
      {custom.length === 0 && <p className="muted">No custom sources.</p>}
      {custom.map((_, i) => (
        <CustomSourceFields key={i} index={i} ctx={ctx} />
      ))}
      <button type="button" onClick={() => ctx.set(['sources', 'custom'], [...custom, BLANK.http])}>
        Add a custom source
      </button>
    </>
  );
}
