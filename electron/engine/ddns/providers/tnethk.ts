/**
 * Tnet.hk: Todaynic's DNS API at its own host, as jeessy2/ddns-go's dns/tnethk.go calls it (the
 * requests, the signature and the answers are in ../todaynic.ts; qdm12/ddns-updater has no Tnet.hk).
 */
import { todaynicFromDdnsGo, todaynicUpdater } from '../todaynic';
import type { DdnsProvider } from '../types';

export const tnethk: DdnsProvider<'tnethk'> = {
  id: 'tnethk',
  label: 'Tnet.hk',
  create: (r, deps) => todaynicUpdater('Tnet.hk', r, deps),
  fromDdnsGo: todaynicFromDdnsGo('tnethk'),
};
