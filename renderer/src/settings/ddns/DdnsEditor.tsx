/**
 * The DDNS section: each record one line (host name, provider and type, state from the status
 * with the last propagation time, Test, Edit, Remove), the one being edited with its provider's
 * form (RecordForm) below its row, and a new record of a chosen provider.
 */
import { useState } from 'react';

import type { DdnsRecordStatus } from '../../../../shared/contract-ddns';
import { ddnsSettingsSchema } from '../../../../shared/ddns-settings';
import { fieldMeta, fieldSchema } from '../../../../shared/schema-fields';
import { useStatus } from '../../api/queries';
import { freshId } from '../ChannelsEditor';
import type { FormCtx } from '../fields';
import { type ItemState, ItemList } from '../ItemList';
import { errorWithin, getAt } from '../schema-walk';
import { ddnsItemState, propagationWords } from './ddns-words';
import { blankRecord, DDNS_FORMS, type DdnsDraft, hostOf, PROVIDERS, providerLabel } from './forms';
import { RecordForm } from './RecordForm';
import { TestDdns } from './TestDdns';

type Row = Record<string, unknown> & DdnsDraft;

const nameOf = (r: Row) => hostOf(r) || r.id || 'New record';

/** The state word, with the last propagation time where there is one ("in step · 1.4 s to propagate"). */
function rowState(r: Row, status: DdnsRecordStatus | undefined, saved: boolean): ItemState {
  const state = ddnsItemState(status, saved, r.enabled !== false);
  const took = saved && status ? propagationWords(status.lastPropagationMs) : null;
  return took ? { ...state, word: `${state.word} · last propagated in ${took}` } : state;
}

export function DdnsEditor({ ctx, showErrors = false }: { ctx: FormCtx; showErrors?: boolean }) {
  const path = ['ddns', 'records'];
  const records = (getAt(ctx.draft, path) as Row[] | undefined) ?? [];
  const savedList = (getAt(ctx.saved, path) as Row[] | undefined) ?? [];
  const storedOf = (r: Row) => savedList.find((s) => s.id === r.id);
  const [provider, setProvider] = useState(PROVIDERS[0]!);
  // The row whose test was asked for with fields to fix: its form opens with every message shown.
  const [revealAt, setRevealAt] = useState<number | null>(null);
  // Until the status is read, a row says nothing of its state rather than something untrue.
  const status = useStatus().data;
  const statuses = status ? (status.ddns?.records ?? []) : null;
  const own = fieldMeta(fieldSchema(ddnsSettingsSchema, 'records')!);
  const savedAsShown = (r: Row) => JSON.stringify(r) === JSON.stringify(storedOf(r));
  return (
    <ItemList<Row>
      base="ddns.records"
      label={own.label ?? 'DNS records'}
      items={records}
      empty="No records: no host name is kept pointing here."
      name={nameOf}
      type={(r) => `${providerLabel(r.provider)} · ${r.type ?? 'A'}`}
      state={(r) =>
        statuses
          ? rowState(
              r,
              statuses.find((s) => s.id === r.id),
              savedAsShown(r),
            )
          : null
      }
      flag={(_, i) => (showErrors && errorWithin(ctx.errors, [...path, i]) ? 'needs fixing' : null)}
      test={(r, i, open) => (
        <TestDdns
          record={r}
          savedAsShown={savedAsShown(r)}
          name={nameOf(r)}
          onIncomplete={() => {
            setRevealAt(i);
            open();
          }}
        />
      )}
      form={(r, i) => (
        <RecordForm path={[...path, i]} ctx={ctx} stored={storedOf(r)} reveal={showErrors || revealAt === i} />
      )}
      onRemove={(i) => {
        setRevealAt(null);
        ctx.set(
          path,
          records.filter((_, k) => k !== i),
        );
      }}
      onAdd={(r) => ctx.set(path, [...records, r])}
      adder={(add) => (
        <div className="controls add-channel">
          <label>
            Provider of the new record
            <select value={provider} onChange={(e) => setProvider(e.target.value as typeof provider)}>
              {PROVIDERS.map((p) => (
                <option key={p} value={p}>
                  {DDNS_FORMS[p].label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() =>
              add(
                blankRecord(
                  provider,
                  freshId(
                    provider,
                    records.map((r) => r.id),
                  ),
                ) as Row,
              )
            }
          >
            Add a record
          </button>
        </div>
      )}
    />
  );
}
