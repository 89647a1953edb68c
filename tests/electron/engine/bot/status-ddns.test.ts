/**
 * /status names a DNS record IPWatch switched off in the words the dashboard, the tray and the
 * runner use (shared/words/ddns.ts): the dyndns2 stand-in (tests/fakes/dyndns2.ts) refuses the
 * credentials, the real keeper switches the record off, and /status through the Discord
 * stand-in and a real discord.js Client says "switched off" with why, never "stopped".
 */
import { promises as dnsPromises } from 'node:dns';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type FakeDnsServer, startDnsServer } from '../../../fakes/dns-server';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';
import { until } from '../../../helpers/until';
import { alice, answered, type BotHarness, callback, connected, startBot } from './helpers';

const HOST = 'home.example.org';

let dyn: Dyndns2StandIn;
let dns: FakeDnsServer;
let h: BotHarness;

beforeAll(async () => {
  dyn = await startDyndns2('user', 'right-password-1234', [HOST]);
  dns = await startDnsServer();
  dns.setRecord('example.org', 'NS', 'ns1.example.org');
  dns.setRecord('ns1.example.org', 'A', '127.0.0.1');
  const resolver = new dnsPromises.Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([dns.server]);
  h = await startBot({
    more: {
      ddns: {
        records: [
          { id: 'home', provider: 'dyndns2', server: dyn.url, username: 'user', password: 'wrong-99', hostname: HOST },
        ],
      },
    },
    ddnsLookups: { resolver, dnsPort: dns.port },
  });
  await connected(h);
});
afterAll(async () => {
  await h?.close();
  await Promise.all([dyn?.close(), dns?.close()]);
});

describe('/status: a DNS record IPWatch switched off', () => {
  it('says "switched off" and why, as the dashboard does', async () => {
    const record = () => h.runtime.status().ddns?.records.find((r) => r.id === 'home');
    await until(() => record()?.state === 'stopped', { what: 'the record switched off', timeoutMs: 15_000 });
    const log = h.discord.command('status', {}, alice);
    await answered(log);
    const [embed] = callback(log).data!.embeds as { fields: { name: string; value: string }[] }[];
    const value = embed!.fields.find((f) => f.name === 'Dynamic DNS')?.value;
    expect(value).toBe(`${HOST} A: switched off: ${record()!.why}`);
    expect(record()!.why).toContain('badauth');
    expect(value).not.toContain('stopped');
  });
});
