/**
 * Language, theme, time zone and clock of this window (kept by the browser, see appearance.ts).
 * The language is this browser's own choice: 'auto' follows the app's language setting, else the
 * browser's; choosing one re-renders the whole dashboard in it at once (i18n/I18n.tsx). Each
 * language is named in itself, so a person who cannot read the page's words still finds theirs.
 */
import { useState } from 'react';
import { useIntl } from 'react-intl';

import { LANGUAGE_CHOICES, LANGUAGE_NAMES, type LanguageChoice } from '../../../shared/i18n/languages';
import { isTimeZone } from '../../../shared/time-zone';
import { shellOf } from '../api/shell';
import { useAppearance } from '../appearance';
import { useFormat } from '../i18n/use-format';
import { FieldRow } from './FieldRow';

export function AppearancePanel() {
  const [a, update] = useAppearance();
  const [zone, setZone] = useState(a.timeZone);
  const t = useIntl().formatMessage;
  const f = useFormat();
  const zoneError = zone === '' || isTimeZone(zone) ? undefined : t({ id: 'settings.look.zoneUnknown' });
  return (
    <>
      <FieldRow label={t({ id: 'settings.look.language' })} help={t({ id: 'settings.look.languageHelp' })}>
        {(control) => (
          <select
            {...control}
            value={a.language}
            onChange={(e) => update({ language: e.target.value as LanguageChoice })}
          >
            {LANGUAGE_CHOICES.map((l) =>
              l === 'auto' ? (
                <option key={l} value={l}>
                  {t({ id: 'settings.look.languageAuto' })}
                </option>
              ) : (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ),
            )}
          </select>
        )}
      </FieldRow>
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
