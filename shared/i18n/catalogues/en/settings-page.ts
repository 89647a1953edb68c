/**
 * The words only the Settings page shows (and the pages that name a setting by its schema path:
 * the first-run steps, Activity): their own chunk, loaded with those pages, not with the first
 * frame (renderer/src/i18n/settings-words.tsx; bench/README.md "The words on the cold load").
 * A setting's label another page shows (shared/words/setting-label.ts) stays in the dashboard's
 * first chunk (index.ts), so its settings-fields part is there. tests/renderer/i18n/
 * dashboard-ids.test.ts holds each page to the chunk it has.
 */
import { settings } from './settings';
import { settings2 } from './settings-2';
import { settingsFieldsChannelOptionsPush } from './settings-fields-channel-options-push';
import { settingsFieldsLanguage } from './settings-fields-language';
import { settingsForm } from './settings-form';
import { settingsSays2 } from './settings-says-2';

/** The Settings page's own words (see the top of this file). */
export const enSettings = {
  ...settings,
  ...settings2,
  ...settingsForm,
  ...settingsSays2,
  ...settingsFieldsChannelOptionsPush,
  ...settingsFieldsLanguage,
} as const;
