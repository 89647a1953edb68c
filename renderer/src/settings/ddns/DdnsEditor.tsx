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
import type { DdnsRecordStatus } from '../../../../shared/contract/ddns';
import { type DdnsProviderId, ddnsSettingsSchema } from '../../../../shared/settings/ddns';
import { fieldMeta, fieldSchema } from '../../../../shared/settings/schema-fields';
import { useStatus } from '../../api/queries';
import type { FormCtx } from '../fields';
import type { ItemState } from '../ItemList';
import { DraftList } from '../items/DraftList';
import { ddnsItemState, propagationWords } from './ddns-words';
import { enabledField } from './EnabledSwitch';
import { DDNS_KINDS, type DdnsDraft, hostOf, providerLabel } from './forms';
import { RetryDdns } from './RetryDdns';
import { TestDdns } from './TestDdns';
import { tsigField } from './TsigSecret';

type Row = Record<string, unknown> & DdnsDraft;

const nameOf = (r: Row) => hostOf(r) || r.id || 'New record';

/** The state word, with the last propagation time where there is one ("in step · 1.4 s to propagate"). */
function rowState(r: Row, status: DdnsRecordStatus | undefined, saved: boolean): ItemState {
  const state = ddnsItemState(status, saved, r.enabled !== false);
  const took = saved && status ? propagationWords(status.lastPropagationMs) : null;
  return took ? { ...state, word: `${state.word} · last propagated in ${took}` } : state;
}

export function DdnsEditor({ ctx, showErrors = false }: { ctx: FormCtx; showErrors?: boolean }) {
  // Until the status is read, a row says nothing of its state rather than something untrue.
  const status = useStatus().data;
  const statuses = status ? (status.ddns?.records ?? []) : null;
  const own = fieldMeta(fieldSchema(ddnsSettingsSchema, 'records')!);
  return (
    <DraftList<Row, DdnsProviderId>
      ctx={ctx}
      path={['ddns', 'records']}
      showErrors={showErrors}
      kinds={DDNS_KINDS}
      label={own.label ?? 'DNS records'}
      empty="No records: no host name is kept pointing here."
      adder={{ kind: 'Provider of the new record', button: 'Add a record' }}
      name={nameOf}
      type={(r) => `${providerLabel(r.provider)} · ${r.type ?? 'A'}`}
      state={(r, saved) =>
        statuses &&
        rowState(
          r,
          statuses.find((s) => s.id === r.id),
          saved,
        )
      }
      legend="DNS record"
      className="item ddns-card"
      field={(spec, props, schema, item) =>
        tsigField(spec, props, schema, item) ?? enabledField(spec, props, schema, item)
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
