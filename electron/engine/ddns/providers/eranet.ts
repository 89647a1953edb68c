/**
 * Eranet: Todaynic's DNS API at its own host, as jeessy2/ddns-go's dns/eranet.go calls it (the
 * requests, the signature and the answers are in ../todaynic.ts; qdm12/ddns-updater has no Eranet).
 */
import { todaynicFromDdnsGo, todaynicUpdater } from '../todaynic';
import type { DdnsProvider } from '../types';

export const eranet: DdnsProvider<'eranet'> = {
  id: 'eranet',
  label: 'Eranet',
  create: (r, deps) => todaynicUpdater('Eranet', r, deps),
  fromDdnsGo: todaynicFromDdnsGo('eranet'),
};
