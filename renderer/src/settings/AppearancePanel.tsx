/** Theme, time zone and clock of this window (kept by the browser, see appearance.ts). */
import { useState } from 'react';

import { isTimeZone } from '../../../shared/time-zone';
import { shellOf } from '../api/shell';
import { useAppearance } from '../appearance';
import { formatTime } from '../format';
import { FieldRow } from './FieldRow';

export function AppearancePanel() {
  const [a, update] = useAppearance();
  const [zone, setZone] = useState(a.timeZone);
  const zoneError = zone === '' || isTimeZone(zone) ? undefined : 'unknown time zone (expected e.g. Europe/Berlin)';
  return (
    <>
      <FieldRow label="Theme">
        {(control) => (
          <select
            {...control}
            value={a.theme}
            onChange={(e) => {
              const theme = e.target.value as typeof a.theme;
              update({ theme });
              // The app keeps it too (app-state.json), for its windows and the tray's next start.
              void shellOf()?.setTheme({ theme });
            }}
          >
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        )}
      </FieldRow>
      <FieldRow label="Time zone (empty: this machine's)" error={zoneError}>
        {(control) => (
          <input
            {...control}
            value={zone}
            placeholder="Europe/Berlin"
            onChange={(e) => {
              setZone(e.target.value);
              if (e.target.value === '' || isTimeZone(e.target.value)) update({ timeZone: e.target.value });
            }}
          />
        )}
      </FieldRow>
      <FieldRow label="Clock">
        {(control) => (
          <select {...control} value={a.clock} onChange={(e) => update({ clock: e.target.value as typeof a.clock })}>
            <option value="auto">As the language has it</option>
            <option value="24">24 hours</option>
            <option value="12">12 hours</option>
          </select>
        )}
      </FieldRow>
      <p className="muted small">Now: {formatTime(Date.now(), a)}</p>
    </>
  );
}
