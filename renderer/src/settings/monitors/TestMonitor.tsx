/**
 * "Test": the engine checks the monitor once as it is on the page, saved or not, and records
 * nothing (a monitor saved as shown is named by its id).
 */
import { type ServiceMonitor, serviceMonitorSchema } from '../../../../shared/settings/service-monitor';
import { sayReason } from '../../../../shared/words/reason';
import { useEngine } from '../../api/engine';
import { useTranslator } from '../../i18n/I18n';
import { ItemTest, type RowTestProps } from '../items/ItemTest';
import { clientErrors } from '../schema-walk';
import type { MonitorDraft } from './monitor-forms';

export function TestMonitor({ monitor, savedAsShown, ...row }: RowTestProps & { monitor: MonitorDraft }) {
  const { client } = useEngine();
  const words = useTranslator();
  return (
    <ItemTest
      testThis={words.t('editors.monitor.testThis')}
      valid={clientErrors(serviceMonitorSchema, monitor).size === 0}
      run={() =>
        client.testMonitor(
          savedAsShown ? { monitorId: monitor.id } : { monitor: serviceMonitorSchema.parse(monitor) as ServiceMonitor },
        )
      }
      words={(r) => {
        const detail = sayReason(r.reason, r.detail, words);
        return r.ok
          ? { ok: true, text: words.t('editors.monitor.up', { detail, ms: r.ms }) }
          : { ok: false, text: words.t('editors.monitor.down', { ms: r.ms }), error: { raw: detail } };
      }}
      {...row}
    />
  );
}
