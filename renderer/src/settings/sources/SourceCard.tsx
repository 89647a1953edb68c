/**
 * One custom source's form, open below its row, drawn as every item of several kinds is
 * (items/KindForm.tsx): its kind, that kind's own fields (labels, help and checks from the
 * settings schema, shared/settings/source.ts), the rarely needed ones folded under "More
 * options", and "Test this source", which asks it once as configured here, saved or not.
 */
import { useMemo } from 'react';

import type { CustomSource } from '../../../../shared/settings';
import { useTranslator } from '../../i18n/I18n';
import type { FormCtx } from '../fields';
import { KindForm } from '../items/KindForm';
import { getAt, type Path } from '../schema-walk';
import { sourceKinds } from './forms';
import { TestSource } from './TestSource';

export function SourceCard({ index, ctx, reveal }: { index: number; ctx: FormCtx; reveal?: boolean }) {
  const path: Path = ['sources', 'custom', index];
  const source = getAt(ctx.draft, path) as CustomSource;
  const saved = (getAt(ctx.saved, ['sources', 'custom']) as CustomSource[] | undefined) ?? [];
  const words = useTranslator();
  const kinds = useMemo(() => sourceKinds(words), [words]);
  return (
    <KindForm
      kinds={kinds}
      path={path}
      ctx={ctx}
      stored={saved.find((s) => s.id === source.id)}
      reveal={reveal}
      legend={words.t('settings.sources.legend')}
      nameless={String(index + 1)}
      className="item source-card"
      test={(item) => <TestSource source={item as CustomSource} />}
    />
  );
}
