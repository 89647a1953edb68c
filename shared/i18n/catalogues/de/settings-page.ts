/** The Settings page's own words in German: their own chunk (see en/settings-page.ts). */
import type { SettingsCatalogue } from '../en';
import { settings } from './settings';
import { settings2 } from './settings-2';
import { settingsFieldsChannelOptionsPush } from './settings-fields-channel-options-push';
import { settingsFieldsLanguage } from './settings-fields-language';
import { settingsForm } from './settings-form';
import { settingsSays2 } from './settings-says-2';

export const deSettings = {
  ...settings,
  ...settings2,
  ...settingsForm,
  ...settingsSays2,
  ...settingsFieldsChannelOptionsPush,
  ...settingsFieldsLanguage,
} satisfies SettingsCatalogue;
