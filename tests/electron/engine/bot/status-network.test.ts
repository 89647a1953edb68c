/**
 * /status tells what stands between the machine and the internet: the router's word on its
 * external address (a NAT-PMP/PCP stand-in as miniupnpd, masked as the server asks), the NAT
 * verdict with what it means, and how network changes reach the monitor. Through the Discord
 * stand-in and a real discord.js Client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import { english } from '../../../../shared/i18n/translators';
import { networkWatchText } from '../../../../shared/words/network';
import { startNatPmpPcpServer, type FakeNatPmpPcp } from '../../../fakes/natpmp-pcp';
import { standInRouter } from '../../../helpers/router-stand-in';
import { until } from '../../../helpers/until';
import { alice, answered, type BotHarness, callback, connected, startBot } from './helpers';

const SHARED = '100.64.12.34';
let router: FakeNatPmpPcp;
let h: BotHarness;

beforeAll(async () => {
  // A router whose own WAN address is in the provider's shared space: carrier-grade NAT.
  router = await startNatPmpPcpServer({ wan: SHARED });
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  h = await startBot({
    settings: (d) => ({ guilds: [{ id: d.home.id, channel: d.home.channels[0]!.id, mask: 'partial' }] }),
    routerWatch: standInRouter(router, systemClock, logger),
  });
  await connected(h);
  await until(() => h.runtime.status().router.state === 'ok', { what: 'the router answered' });
});
afterAll(async () => {
  await h?.close();
  await router?.close();
});

type Field = { name: string; value: string };
async function statusFields(): Promise<Map<string, string>> {
  const log = h.discord.command('status', {}, alice);
  await answered(log);
  const [embed] = callback(log).data!.embeds as { fields: Field[] }[];
  return new Map(embed!.fields.map((f) => [f.name, f.value]));
}

describe('/status: router, NAT and network changes', () => {
  it('shows the router by protocol with its address masked, and the CGNAT verdict with its meaning', async () => {
    const fields = await statusFields();
    // miniupnpd's NAT-PMP answers result 3 for a reserved WAN address; its PCP still tells it.
    expect(fields.get('Router')).toBe('100.64.12.xxx (by PCP)');
    expect(fields.get('NAT')).toMatch(/^\*\*Carrier-grade NAT\*\*: .*no port forwarding can reach this machine/);
    expect([...fields.values()].join('\n')).not.toContain(SHARED);
  });

  it('says how network changes are seen, as the dashboard does', async () => {
    const value = (await statusFields()).get('Network changes')!;
    // This machine's own event source (netlink where iproute2 is), or the poll and why.
    expect(value).toMatch(/^(seen at once \((Linux netlink events|macOS routing socket)\)|polled|not watched)/);
    expect(value.startsWith(networkWatchText(h.runtime.status().interfaces, english))).toBe(true);
  });
});
