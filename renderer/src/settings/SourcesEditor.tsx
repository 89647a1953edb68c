/**
 * Sources: the built-in ones on or off (their fields drawn from the settings schema), and your
 * own, one card each with its kind's form (sources/) and "Test this source".
 */
import { fieldMeta, fieldSchema } from '../../../shared/schema-fields';
import type { CustomSource } from '../../../shared/settings';
import { sourcesSchema } from '../../../shared/settings';
import { type FormCtx, LeafField } from './fields';
import { getAt } from './schema-walk';
import { SOURCE_FORMS } from './sources/forms';
import { SourceCard } from './sources/SourceCard';

export function SourcesEditor({ ctx }: { ctx: FormCtx }) {
  const path = ['sources', 'custom'];
  const custom = (getAt(ctx.draft, path) as CustomSource[] | undefined) ?? [];
  const own = fieldMeta(fieldSchema(sourcesSchema, 'custom')!);
  return (
    <>
      <LeafField schema={fieldSchema(sourcesSchema, 'builtIn')!} path={['sources', 'builtIn']} ctx={ctx} />
      <LeafField schema={fieldSchema(sourcesSchema, 'disabled')!} path={['sources', 'disabled']} ctx={ctx} />
      <h3>{own.label}</h3>
      {own.help && <p className="muted small">{own.help}</p>}
      {custom.length === 0 && <p className="muted">None yet: only the built-in sources are asked.</p>}
      {custom.map((_, i) => (
        <SourceCard
          key={i}
          index={i}
          ctx={ctx}
          onRemove={() =>
            ctx.set(
              path,
              custom.filter((_, k) => k !== i),
            )
          }
        />
      ))}
      <button type="button" onClick={() => ctx.set(path, [...custom, SOURCE_FORMS.http.blank])}>
        Add a custom source
      </button>
    </>
  );
}
