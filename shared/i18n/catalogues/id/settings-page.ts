/** The Settings page's own words in Indonesian: their own chunk (see en/settings-page.ts). */
import type { SettingsCatalogue } from '../en';
import { settingsFieldsApi } from './settings-fields-api';
import { settingsFieldsChannelOptions } from './settings-fields-channel-options';
import { settingsFieldsChannelOptionsPhone } from './settings-fields-channel-options-phone';
import { settingsFieldsChannelOptionsPush } from './settings-fields-channel-options-push';
import { settingsFieldsDdns } from './settings-fields-ddns';
import { settingsFieldsDdnsProvidersAF } from './settings-fields-ddns-providers-a-f';
import { settingsFieldsDdnsProvidersGM } from './settings-fields-ddns-providers-g-m';
import { settingsFieldsDdnsProvidersNR } from './settings-fields-ddns-providers-n-r';
import { settingsFieldsDdnsProvidersSZ } from './settings-fields-ddns-providers-s-z';
import { settingsFieldsDiscord } from './settings-fields-discord';
import { settingsFieldsEgress } from './settings-fields-egress';
import { settingsFieldsEgressChoice } from './settings-fields-egress-choice';
import { settingsFieldsFleet } from './settings-fields-fleet';
import { settingsFieldsGeneral } from './settings-fields-general';
import { settingsFieldsIdentity } from './settings-fields-identity';
import { settingsFieldsLanguage } from './settings-fields-language';
import { settingsFieldsMemory } from './settings-fields-memory';
import { settingsFieldsNotify } from './settings-fields-notify';
import { settingsFieldsPath } from './settings-fields-path';
import { settingsFieldsRouter } from './settings-fields-router';
import { settingsFieldsServiceMonitor } from './settings-fields-service-monitor';
import { settingsFieldsSource } from './settings-fields-source';
import { settingsFieldsSpeed } from './settings-fields-speed';
import { settingsFieldsWatcher } from './settings-fields-watcher';
import { settingsForm } from './settings-form';
import { settingsPanels } from './settings-panels';
import { settingsRows } from './settings-rows';
import { settingsSays } from './settings-says';
import { settingsSections } from './settings-sections';

export const idSettings = {
  ...settingsSays,
  ...settingsForm,
  ...settingsSections,
  ...settingsPanels,
  ...settingsRows,
  ...settingsFieldsApi,
  ...settingsFieldsChannelOptions,
  ...settingsFieldsChannelOptionsPhone,
  ...settingsFieldsChannelOptionsPush,
  ...settingsFieldsDdns,
  ...settingsFieldsDdnsProvidersAF,
  ...settingsFieldsDdnsProvidersGM,
  ...settingsFieldsDdnsProvidersNR,
  ...settingsFieldsDdnsProvidersSZ,
  ...settingsFieldsDiscord,
  ...settingsFieldsEgress,
  ...settingsFieldsEgressChoice,
  ...settingsFieldsFleet,
  ...settingsFieldsGeneral,
  ...settingsFieldsIdentity,
  ...settingsFieldsLanguage,
  ...settingsFieldsMemory,
  ...settingsFieldsNotify,
  ...settingsFieldsPath,
  ...settingsFieldsRouter,
  ...settingsFieldsServiceMonitor,
  ...settingsFieldsSource,
  ...settingsFieldsSpeed,
  ...settingsFieldsWatcher,
} satisfies SettingsCatalogue;
