/**
 * The DDNS section: each record one line (host name, provider and type, state from the status
 * with the last propagation time, a record IPWatch switched off with why and "Try again"
 * (RetryDdns.tsx), Test, Edit, Remove), the one being edited below its row with
 * the provider first, then only that provider's fields (labels, help and checks from
 * shared/settings/ddns.ts), the rarely changed ones folded under "More options", secrets through
 * SecretInput (a TSIG secret with Generate), and "Test this record", which works before saving
 * too; a record IPWatch switched off reads off on its switch, with why and "Try again"
 * (EnabledSwitch.tsx); and a new record of a chosen provider. The list and the form are those of every list of
 * items of several kinds (items/DraftList.tsx, items/KindForm.tsx).
 */
import { useMemo } from 'react';

import type { DdnsRecordStatus } from '../../../../shared/contract/ddns';
import type { Translator } from '../../../../shared/i18n/translator';
import { type DdnsProviderId, ddnsSettingsSchema } from '../../../../shared/settings/ddns';
import { fieldMeta, fieldSchema } from '../../../../shared/settings/schema-fields';
import { useStatus } from '../../api/queries';
import { useTranslator } from '../../i18n/I18n';
import type { FormCtx } from '../fields';
import type { ItemState } from '../ItemList';
import { DraftList } from '../items/DraftList';
import { ddnsItemState, propagationWords } from './ddns-words';
import { enabledField } from './EnabledSwitch';
import { type DdnsDraft, ddnsKinds, hostOf, providerLabel } from './forms';
import { RetryDdns } from './RetryDdns';
import { TestDdns } from './TestDdns';
import { tsigField } from './TsigSecret';

type Row = Record<string, unknown> & DdnsDraft;

/** The state word, with the last propagation time where there is one ("in step · last propagated in 1.4 s"). */
function rowState(r: Row, status: DdnsRecordStatus | undefined, saved: boolean, words: Translator): ItemState {
  const state = ddnsItemState(status, saved, r.enabled !== false, words);
  const took = saved && status ? propagationWords(status.lastPropagationMs, words) : null;
  return took ? { ...state, word: words.t('editors.ddns.lastPropagated', { state: state.word, took }) } : state;
}

export function DdnsEditor({ ctx, showErrors = false }: { ctx: FormCtx; showErrors?: boolean }) {
  // Until the status is read, a row says nothing of its state rather than something untrue.
  const status = useStatus().data;
  const words = useTranslator();
  const kinds = useMemo(() => ddnsKinds(words), [words]);
  const statuses = status ? (status.ddns?.records ?? []) : null;
  const own = fieldMeta(fieldSchema(ddnsSettingsSchema, 'records')!, words);
  return (
    <DraftList<Row, DdnsProviderId>
      ctx={ctx}
      path={['ddns', 'records']}
      showErrors={showErrors}
      kinds={kinds}
      label={own.label ?? words.t('editors.ddns.records')}
      empty={words.t('editors.ddns.empty')}
      adder={{ kind: words.t('editors.ddns.adderKind'), button: words.t('editors.ddns.add') }}
      name={(r) => hostOf(r) || r.id || words.t('editors.ddns.newRecord')}
      type={(r) => words.t('editors.ddns.rowType', { provider: providerLabel(r.provider, words), type: r.type ?? 'A' })}
      state={(r, saved) =>
        statuses &&
        rowState(
          r,
          statuses.find((s) => s.id === r.id),
          saved,
          words,
        )
      }
      legend={words.t('editors.ddns.record')}
      className="item ddns-card"
      field={(spec, props, schema, item) =>
        tsigField(spec, props, schema, item, words) ?? enabledField(spec, props, schema, item)
      }
      test={(r, row) => (
        <>
          <RetryDdns record={r} savedAsShown={row.savedAsShown} />
          <TestDdns record={r} {...row} />
        </>
      )}
    />
  );
}
