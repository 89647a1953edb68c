/**
 * The inventory follows the way out chosen (issue 76): a source declares the interface or address
 * its family's checks leave from (monitor.fromV4/fromV6), a DNS record its own `from`, else the
 * monitor's for its type; with none chosen, nothing (the system's choice). And the egress gate keeps
 * the local address a connection left from (electron/engine/net/egress-gate.ts).
 */
import { describe, expect, it } from 'vitest';

import { declaredDestinations } from '../../../../electron/engine/egress/inventory';
import { createEgressGate } from '../../../../electron/engine/net/egress-gate';
import { parseSettings, type SettingsInput } from '../../../../shared/settings';

const FACTS = { dnsServers: ['127.0.0.53'], proxies: [] };
const settings = (input: SettingsInput) => {
  const r = parseSettings({ version: 2, ...input });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.settings;
};
const record = (id: string, type: 'A' | 'AAAA', from?: string) => ({
  id,
  type,
  provider: 'duckdns' as const,
  token: 'a-token',
  domain: 'home',
  ...(from ? { from } : {}),
});

describe('the inventory and the way out chosen', () => {
  it("declares each source's and record's way out", () => {
    const declared = declaredDestinations(
      settings({
        monitor: { fromV4: 'wan2', fromV6: '' },
        ddns: { records: [record('a', 'A'), record('aaaa', 'AAAA'), record('own', 'AAAA', 'eth1')] },
      }),
      FACTS,
    );
    const byId = (id: string) => declared.find((d) => d.id === id);
    expect(byId('source:ipify-v4')?.from).toBe('wan2');
    expect(byId('source:ipify-v6')).not.toHaveProperty('from');
    expect(byId('record:a')?.from).toBe('wan2');
    expect(byId('record:aaaa')).not.toHaveProperty('from');
    expect(byId('record:own')?.from).toBe('eth1');
  });

  it('declares none with nothing chosen', () => {
    expect(declaredDestinations(settings({}), FACTS).some((d) => 'from' in d)).toBe(false);
  });
});

describe('the egress gate', () => {
  it('keeps the local address the last connection left from, and forgets it when the system chose', () => {
    const gate = createEgressGate(() => 1000);
    gate.open({ host: 'api.ipify.org', port: 443, protocol: 'tcp', from: '81.2.70.142' }).end();
    expect(gate.report().contacted[0]).toMatchObject({ host: 'api.ipify.org', from: '81.2.70.142' });
    gate.open({ host: 'api.ipify.org', port: 443, protocol: 'tcp' }).end();
    expect(gate.report().contacted[0]).not.toHaveProperty('from');
  });
});
