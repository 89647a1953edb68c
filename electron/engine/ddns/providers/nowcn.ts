/**
 * Now.cn: Todaynic's DNS API at its own host, as jeessy2/ddns-go's dns/nowcn.go calls it (the
 * requests, the signature and the answers are in ../todaynic.ts; qdm12/ddns-updater has no Now.cn).
 */
import { todaynicFromDdnsGo, todaynicUpdater } from '../todaynic';
import type { DdnsProvider } from '../types';

export const nowcn: DdnsProvider<'nowcn'> = {
  id: 'nowcn',
  label: 'Now.cn',
  create: (r, deps) => todaynicUpdater('Now.cn', r, deps),
  fromDdnsGo: todaynicFromDdnsGo('nowcn'),
};
