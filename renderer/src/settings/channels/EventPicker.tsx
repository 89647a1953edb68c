/** Which events a channel (or a Discord server's channel) gets: one checkbox each, in words. */
import { NOTIFY_EVENTS, type NotifyEvent } from '../../../../shared/notify-types';
import { EVENT_LABELS } from './spec';

export function EventPicker({
  legend,
  help,
  value,
  error,
  onChange,
}: {
  legend: string;
  help?: string | undefined;
  value: readonly string[];
  error?: string | undefined;
  onChange: (events: NotifyEvent[]) => void;
}) {
  return (
    <fieldset className="events-picker">
      <legend>{legend}</legend>
      {help && <p className="muted small help">{help}</p>}
      <div className="choices">
        {NOTIFY_EVENTS.map((e) => (
          <label key={e} className="inline">
            <input
              type="checkbox"
              checked={value.includes(e)}
              onChange={(x) => onChange(NOTIFY_EVENTS.filter((y) => (y === e ? x.target.checked : value.includes(y))))}
            />{' '}
            {EVENT_LABELS[e]}
          </label>
        ))}
      </div>
      {value.length === 0 && <p className="muted small">No events: nothing is sent.</p>}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
