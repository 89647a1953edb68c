/** Which events a channel (or a Discord server's channel) gets: one checkbox each, in words. */
import { NOTIFY_EVENTS, type NotifyEvent } from '../../../../shared/notify-types';
import { useTranslator } from '../../i18n/I18n';
import { eventLabel } from './spec';

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
  const words = useTranslator();
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
            {eventLabel(e, words)}
          </label>
        ))}
      </div>
      {value.length === 0 && <p className="muted small">{words.t('editors.channel.noEvents')}</p>}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
