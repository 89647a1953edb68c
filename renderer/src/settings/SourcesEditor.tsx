/**
 * Sources: the built-in ones on or off (the field drawn from the settings schema; those switched
 * off one by one are folded with the health rules, sections.tsx), and your own as one-line rows (name, kind, state, Test, Edit, Remove), the one being edited with its
 * kind's form (sources/) below its row.
 */
import type { CustomSource } from '../../../shared/settings';
import { sourcesSchema } from '../../../shared/settings';
import { fieldMeta, fieldSchema } from '../../../shared/settings/schema-fields';
import { useStatus } from '../api/queries';
import { useTranslator } from '../i18n/I18n';
import { type FormCtx, LeafField } from './fields';
import { sourceRowState } from './item-states';
import { ItemList } from './ItemList';
import { errorWithin, getAt } from './schema-walk';
import { SOURCE_BLANKS, sourceForms } from './sources/forms';
import { SourceCard } from './sources/SourceCard';
import { TestSource } from './sources/TestSource';

export function SourcesEditor({ ctx, showErrors = false }: { ctx: FormCtx; showErrors?: boolean }) {
  const path = ['sources', 'custom'];
  const custom = (getAt(ctx.draft, path) as CustomSource[] | undefined) ?? [];
  const savedIds = new Set(((getAt(ctx.saved, path) as CustomSource[] | undefined) ?? []).map((s) => s.id));
  // Until the status is read, a row says nothing of its state rather than something untrue.
  const health = useStatus().data?.sources;
  const words = useTranslator();
  const own = fieldMeta(fieldSchema(sourcesSchema, 'custom')!, words);
  const forms = sourceForms(words);
  const nameOf = (s: CustomSource) => s.id || words.t('settings.sources.new');
  return (
    <>
      <LeafField schema={fieldSchema(sourcesSchema, 'builtIn')!} path={['sources', 'builtIn']} ctx={ctx} />
      <h3>{own.label}</h3>
      {own.help && <p className="muted small">{own.help}</p>}
      <ItemList<CustomSource>
        base="sources.custom"
        label={own.label ?? words.t('settings.sources.custom')}
        items={custom}
        empty={words.t('settings.sources.none')}
        name={nameOf}
        type={(s) => `${forms[s.kind]?.label ?? s.kind} · IPv${s.family}`}
        state={(s) =>
          health
            ? sourceRowState(
                health.find((h) => h.id === s.id),
                savedIds.has(s.id),
                words,
              )
            : null
        }
        flag={(_, i, fresh) =>
          showErrors && !fresh && errorWithin(ctx.errors, [...path, i]) ? words.t('settings.items.needsFixing') : null
        }
        test={(s, _, open) => <TestSource source={s} name={nameOf(s)} onIncomplete={open} />}
        form={(_, i, fresh) => <SourceCard index={i} ctx={ctx} reveal={showErrors && !fresh} />}
        onRemove={(i) =>
          ctx.set(
            path,
            custom.filter((_, k) => k !== i),
          )
        }
        onAdd={(s) => ctx.set(path, [...custom, s])}
        adder={(add) => (
          <button type="button" onClick={() => add(SOURCE_BLANKS.http)}>
            {words.t('settings.sources.add')}
          </button>
        )}
      />
    </>
  );
}
