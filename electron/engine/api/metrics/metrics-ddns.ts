/**
 * The dynamic DNS records in Prometheus (metrics.ts registers them), read from the app status at
 * each scrape:
 *
 * - `ipwatch_ddns_record_state{record,name,type,state}`: a state set, 1 for each record's state
 *   now and 0 for its other states (contract-ddns.ts DDNS_STATES), so an alert can say
 *   `ipwatch_ddns_record_state{state="stopped"} == 1`;
 * - `ipwatch_ddns_updates_total{result}`: the update attempts since the start by what they came
 *   to (updated, unchanged, retry, stopped: the record keeper counts each attempt as it ends), so
 *   a provider that keeps answering 503 shows as a rising `retry`.
 */
import type { Registry } from 'prom-client';

import type { AppStatus } from '../../../../shared/contract';
import { DDNS_STATES } from '../../../../shared/contract/ddns';

export function ddnsSeries(prom: typeof import('prom-client'), registry: Registry, status: () => AppStatus): void {
  new prom.Gauge({
    name: 'ipwatch_ddns_record_state',
    help: "Each dynamic DNS record's state: 1 for the state it is in, 0 for the others",
    labelNames: ['record', 'name', 'type', 'state'],
    registers: [registry],
    collect() {
      this.reset();
      for (const r of status().ddns?.records ?? [])
        for (const state of DDNS_STATES)
          this.set({ record: r.id, name: r.name, type: r.type, state }, r.state === state ? 1 : 0);
    },
  });
  new prom.Counter({
    name: 'ipwatch_ddns_updates_total',
    help: 'Dynamic DNS update attempts since the start, by result: updated, unchanged, retry (tried again later), stopped',
    labelNames: ['result'],
    registers: [registry],
    // The runtime's own count, read at each scrape: it only grows.
    collect() {
      this.reset();
      for (const [result, n] of Object.entries(status().ddns?.updates ?? {})) this.inc({ result }, n);
    },
  });
}
