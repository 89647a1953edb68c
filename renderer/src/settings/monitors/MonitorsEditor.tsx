/**
 * The service monitors section: each monitor one line (name, kind and target, state from the
 * status, Test, Edit, Remove), the one being edited with its kind's form below its row, a new
 * monitor of a chosen kind, and what a check from inside the LAN can and cannot show.
 */
import { useState } from 'react';

import type { MonitorStatus } from '../../../../shared/contract-monitors';
import type { MonitorType } from '../../../../shared/service-monitor-settings';
import { useStatus } from '../../api/queries';
import { INSIDE_CHECK_NOTE, MONITOR_STATE_WORDS, monitorDetail, NOT_FORWARDED } from '../../pages/monitor-words';
import { freshId } from '../ChannelsEditor';
import type { FormCtx } from '../fields';
import { type ItemState, ItemList } from '../ItemList';
import { Disclosure } from '../options/Disclosure';
import { errorWithin, getAt } from '../schema-walk';
import { blankMonitor, MONITOR_FORMS, MONITOR_KINDS, type MonitorDraft, isMonitorType } from './monitor-forms';
import { MonitorForm } from './MonitorForm';
import { TestMonitor } from './TestMonitor';

type Row = Record<string, unknown> & MonitorDraft;

const nameOf = (r: Row) => r.name || r.id || 'New monitor';

function rowState(status: MonitorStatus | undefined, saved: boolean): ItemState {
  if (!saved) return { word: 'not saved yet', tone: 'neutral' };
  if (!status) return { word: 'starting', tone: 'neutral' };
  const { word, tone } = MONITOR_STATE_WORDS[status.state];
  return { word, tone, detail: monitorDetail(status) };
}

export function MonitorsEditor({ ctx, showErrors = false }: { ctx: FormCtx; showErrors?: boolean }) {
  const path = ['monitors', 'items'];
  const items = (getAt(ctx.draft, path) as Row[] | undefined) ?? [];
  const savedList = (getAt(ctx.saved, path) as Row[] | undefined) ?? [];
  const storedOf = (r: Row) => savedList.find((s) => s.id === r.id);
  const [kind, setKind] = useState<MonitorType>('tcp');
  const [revealAt, setRevealAt] = useState<number | null>(null);
  const status = useStatus().data;
  const statuses = status ? (status.monitors?.items ?? []) : null;
  const savedAsShown = (r: Row) => JSON.stringify(r) === JSON.stringify(storedOf(r));
  return (
    <>
      <Disclosure summary="A check from here proves the service runs, not that the internet reaches it">
        <p className="muted small">{INSIDE_CHECK_NOTE}</p>
      </Disclosure>
      <ItemList<Row>
        base="monitors.items"
        label="Monitors"
        items={items}
        empty="No monitors: nothing behind the address is checked."
        name={nameOf}
        type={(r) => (isMonitorType(r.type) ? MONITOR_FORMS[r.type].label : String(r.type))}
        state={(r) =>
          statuses
            ? rowState(
                statuses.find((s) => s.id === r.id),
                savedAsShown(r),
              )
            : null
        }
        flag={(r, i) =>
          showErrors && errorWithin(ctx.errors, [...path, i])
            ? 'needs fixing'
            : statuses?.find((s) => s.id === r.id)?.notForwarded
              ? NOT_FORWARDED
              : null
        }
        test={(r, i, open) => (
          <TestMonitor
            monitor={r}
            savedAsShown={savedAsShown(r)}
            name={nameOf(r)}
            onIncomplete={() => {
              setRevealAt(i);
              open();
            }}
          />
        )}
        form={(r, i) => (
          <MonitorForm path={[...path, i]} ctx={ctx} stored={storedOf(r)} reveal={showErrors || revealAt === i} />
        )}
        onRemove={(i) => {
          setRevealAt(null);
          ctx.set(
            path,
            items.filter((_, k) => k !== i),
          );
        }}
        onAdd={(r) => ctx.set(path, [...items, r])}
        adder={(add) => (
          <div className="controls add-channel">
            <label>
              Kind of the new monitor
              <select value={kind} onChange={(e) => setKind(e.target.value as MonitorType)}>
                {MONITOR_KINDS.map((t) => (
                  <option key={t} value={t}>
                    {MONITOR_FORMS[t].label}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() =>
                add(
                  blankMonitor(
                    kind,
                    freshId(
                      kind,
                      items.map((r) => r.id),
                    ),
                  ) as Row,
                )
              }
            >
              Add a monitor
            </button>
          </div>
        )}
      />
    </>
  );
}
