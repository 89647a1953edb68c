/**
 * The service monitors section: each monitor one line (name, kind and target, state from the
 * status, Test, Edit, Remove), the one being edited below its row with the kind first, then only
 * that kind's fields (labels, help and checks from shared/settings/service-monitor.ts), timing
 * folded, and "Test this monitor", which works before saving too; a new monitor of a chosen
 * kind, and what a check from inside the LAN can and cannot show. The list and the form are
 * those of every list of items of several kinds (items/DraftList.tsx, items/KindForm.tsx).
 */
import { useMemo } from 'react';

import type { MonitorStatus } from '../../../../shared/contract/monitors';
import type { Translator } from '../../../../shared/i18n/translator';
import type { MonitorType } from '../../../../shared/settings/service-monitor';
import { useStatus } from '../../api/queries';
import { useTranslator } from '../../i18n/I18n';
import { monitorBadge, monitorReason } from '../../pages/monitor-words';
import type { FormCtx } from '../fields';
import type { ItemState } from '../ItemList';
import { DraftList } from '../items/DraftList';
import { kindLabel } from '../items/kinds';
import { Disclosure } from '../options/Disclosure';
import { isMonitorType, MONITOR_FORMS, type MonitorDraft, monitorKinds } from './monitor-forms';
import { TestMonitor } from './TestMonitor';

type Row = Record<string, unknown> & MonitorDraft;

function rowState(status: MonitorStatus | undefined, saved: boolean, words: Translator): ItemState {
  if (!saved) return { word: words.t('editors.notSaved'), tone: 'neutral' };
  if (!status) return { word: words.t('editors.starting'), tone: 'neutral' };
  const { word, tone } = monitorBadge(status.state, words);
  const r = monitorReason(status, words);
  // Its failure as the engine gave it: in words, its text under Details (ErrorText).
  if (r?.why) return { word, tone, detail: `${r.lead}:`, error: r.why };
  return { word, tone, detail: r?.lead ?? null };
}

export function MonitorsEditor({ ctx, showErrors = false }: { ctx: FormCtx; showErrors?: boolean }) {
  const words = useTranslator();
  const kinds = useMemo(() => monitorKinds(words), [words]);
  // Until the status is read, a row says nothing of its state rather than something untrue.
  const status = useStatus().data;
  const statuses = status ? (status.monitors?.items ?? []) : null;
  const statusOf = (r: Row) => statuses?.find((s) => s.id === r.id);
  return (
    <>
      <Disclosure summary={words.t('editors.monitor.inside')}>
        <p className="muted small">{words.t('web.monitor.insideNote')}</p>
      </Disclosure>
      <DraftList<Row, MonitorType>
        ctx={ctx}
        path={['monitors', 'items']}
        showErrors={showErrors}
        kinds={kinds}
        label={words.t('editors.monitor.list')}
        empty={words.t('editors.monitor.empty')}
        adder={{ kind: words.t('editors.monitor.adderKind'), button: words.t('editors.monitor.add') }}
        name={(r) => r.name || r.id || words.t('editors.monitor.new')}
        type={(r) => (isMonitorType(r.type) ? kindLabel(MONITOR_FORMS[r.type].label, words) : String(r.type))}
        state={(r, saved) => statuses && rowState(statusOf(r), saved, words)}
        flag={(r) => (statusOf(r)?.notForwarded ? words.t('web.monitor.notForwarded') : null)}
        legend={words.t('editors.monitor.legend')}
        className="item"
        test={(r, row) => <TestMonitor monitor={r} {...row} />}
      />
    </>
  );
}
