/**
 * Theme, time zone and clock of this window (kept by the browser, see appearance.ts). Its
 * language is chosen in one place, Settings' Language page (BrowserLanguage.tsx): here a line
 * names it and links there (issue 75).
 */
import { useState } from 'react';
import { useIntl } from 'react-intl';

import { LANGUAGE_NAMES, lookupLanguage } from '../../../shared/i18n/languages';
import { isTimeZone } from '../../../shared/time-zone';
import { shellOf } from '../api/shell';
import { useAppearance } from '../appearance';
import { useFormat } from '../i18n/use-format';
import { FieldRow } from './FieldRow';
import { settingsHash } from './section-pages';

export function AppearancePanel() {
  const [a, update] = useAppearance();
  const [zone, setZone] = useState(a.timeZone);
  const intl = useIntl();
  const t = intl.formatMessage;
  const f = useFormat();
  const zoneError = zone === '' || isTimeZone(zone) ? undefined : t({ id: 'settings.look.zoneUnknown' });
  return (
    <>
      <p>
        {t({ id: 'settings.look.languageHere' }, { language: LANGUAGE_NAMES[lookupLanguage(intl.locale) ?? 'en'] })}{' '}
        <a href={settingsHash('language')}>{t({ id: 'settings.look.languageLink' })}</a>
      </p>
      <FieldRow label={t({ id: 'settings.look.theme' })}>
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
            <option value="system">{t({ id: 'settings.look.system' })}</option>
            <option value="light">{t({ id: 'settings.look.light' })}</option>
            <option value="dark">{t({ id: 'settings.look.dark' })}</option>
          </select>
        )}
      </FieldRow>
      <FieldRow label={t({ id: 'settings.look.zone' })} error={zoneError}>
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
      <FieldRow label={t({ id: 'settings.look.clock' })}>
        {(control) => (
          <select {...control} value={a.clock} onChange={(e) => update({ clock: e.target.value as typeof a.clock })}>
            <option value="auto">{t({ id: 'settings.look.clockAuto' })}</option>
            <option value="24">{t({ id: 'settings.look.clock24' })}</option>
            <option value="12">{t({ id: 'settings.look.clock12' })}</option>
          </select>
        )}
      </FieldRow>
      {/* In the page's language now (a language just picked included), as every page writes a time. */}
      <p className="muted small">{t({ id: 'settings.look.now' }, { time: f.time(Date.now()) })}</p>
    </>
  );
}
