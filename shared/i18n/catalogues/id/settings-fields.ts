/** Indonesian: every setting's label, help and choice names, one part per settings module, gathered as en/settings-fields.ts gathers them. */
import type { Area } from '../area';
import type { settingsFields as source } from '../en/settings-fields';
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
import { settingsFieldsOutside } from './settings-fields-outside';
import { settingsFieldsPath } from './settings-fields-path';
import { settingsFieldsRouter } from './settings-fields-router';
import { settingsFieldsServiceMonitor } from './settings-fields-service-monitor';
import { settingsFieldsSource } from './settings-fields-source';
import { settingsFieldsSpeed } from './settings-fields-speed';
import { settingsFieldsWatcher } from './settings-fields-watcher';

export const settingsFields = {
  ...settingsFieldsOutside,
  ...settingsFieldsApi,
  ...settingsFieldsChannelOptionsPhone,
  ...settingsFieldsChannelOptionsPush,
  ...settingsFieldsChannelOptions,
  ...settingsFieldsDdns,
  ...settingsFieldsDdnsProvidersAF,
  ...settingsFieldsDdnsProvidersGM,
  ...settingsFieldsDdnsProvidersNR,
  ...settingsFieldsDdnsProvidersSZ,
  ...settingsFieldsDiscord,
  ...settingsFieldsEgressChoice,
  ...settingsFieldsEgress,
  ...settingsFieldsFleet,
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
  ...settingsFieldsGeneral,
} satisfies Area<typeof source>;
