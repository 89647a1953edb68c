/**
 * The methods each feature's own contract file adds (DDNS, monitors, speed test, hook and
 * heartbeat, forecast, fleet, egress, memory, path, IPv6 transition, map, plugins): index.ts puts them in the
 * API, and the runtime builds their handlers from its feature parts. Pure.
 */
import { ddnsApi } from './ddns';
import { egressApi } from './egress';
import { fleetApi } from './fleet';
import { forecastApi } from './forecast';
import { mapApi } from './map';
import { memoryApi } from './memory';
import { monitorsApi } from './monitors';
import { pathApi } from './path';
import { pluginsApi } from './plugins';
import { quietApi } from './quiet';
import { speedApi } from './speed';
import { transitionApi } from './transition';
import { watcherApi } from './watcher';

export const featureApi = {
  ...ddnsApi,
  ...monitorsApi,
  ...speedApi,
  ...watcherApi,
  ...forecastApi,
  ...fleetApi,
  ...egressApi,
  ...memoryApi,
  ...pathApi,
  ...transitionApi,
  ...mapApi,
  ...pluginsApi,
  ...quietApi,
};
export type FeatureMethod = keyof typeof featureApi;
