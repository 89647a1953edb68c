/**
 * "Test": the engine checks the monitor once as it is on the page, saved or not, and records
 * nothing (a monitor saved as shown is named by its id).
 */
import { useMutation } from '@tanstack/react-query';

import { errorInWords } from '../../../../shared/error-words';
import { type ServiceMonitor, serviceMonitorSchema } from '../../../../shared/service-monitor-settings';
import { useEngine } from '../../api/engine';
import { clientErrors } from '../schema-walk';
import type { MonitorDraft } from './monitor-forms';

export function TestMonitor({
  monitor,
  savedAsShown,
  name,
  onIncomplete,
}: {
  monitor: MonitorDraft;
  savedAsShown: boolean;
  /** In a row: the monitor's name, for the button's accessible name. */
  name?: string;
  onIncomplete?: () => void;
}) {
  const { client } = useEngine();
  const test = useMutation({
    mutationFn: () =>
      client.testMonitor(
        savedAsShown ? { monitorId: monitor.id } : { monitor: serviceMonitorSchema.parse(monitor) as ServiceMonitor },
      ),
  });
  const valid = clientErrors(serviceMonitorSchema, monitor).size === 0;
  const inRow = name !== undefined;
  const r = test.data;
  return (
    <span className={inRow ? 'row-test' : 'controls test'}>
      <button
        type="button"
        className={inRow ? 'secondary' : undefined}
        disabled={(!valid && !onIncomplete) || test.isPending}
        onClick={() => (valid ? test.mutate() : onIncomplete?.())}
      >
        {test.isPending ? 'Testing…' : inRow ? 'Test' : 'Test this monitor'}
        {inRow && <span className="sr-only"> {name}</span>}
      </button>
      <span role="status" className={`small${r?.ok === false || test.error ? ' error-text' : ''}`}>
        {!valid && !inRow && 'Fill in the fields above to test it.'}
        {!test.isPending && r && `${r.ok ? 'Up' : 'Down'}: ${r.detail} (${r.ms} ms)`}
        {!test.isPending && test.error && `Failed: ${errorInWords(test.error.message)}`}
      </span>
    </span>
  );
}
