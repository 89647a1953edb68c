/** The online enrichment's providers by id: one file each (types.ts says what one is). */
import type { OnlineProviderId } from '../../../../shared/settings/identity';
import { ifconfigCoProvider } from './ifconfig-co';
import { ipinfoProvider } from './ipinfo';
import type { OnlineProvider } from './types';

export const ONLINE_PROVIDERS = {
  ipinfo: ipinfoProvider,
  'ifconfig.co': ifconfigCoProvider,
} satisfies Record<OnlineProviderId, OnlineProvider>;

export type { AskContext, AskOutcome, OnlineProvider } from './types';
