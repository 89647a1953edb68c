/**
 * /ip and /status name the network beside the address (AS, organisation, country), under the
 * guild's mask too, from the real lookup over the shipped databases. Through the Discord
 * stand-in and a real discord.js Client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createIdentityLookup } from '../../../../electron/engine/identity';
import { startWorld } from '../../../helpers/world';
import { alice, answered, type BotHarness, callback, connected, startBot } from './helpers';

const lookup = createIdentityLookup();
let h: BotHarness;

beforeAll(async () => {
  h = await startBot({
    world: await startWorld('79.192.1.1', '2003::1'),
    identify: (ip) => lookup.lookup(ip),
    settings: (d) => ({ guilds: [{ id: d.home.id, channel: d.home.channels[0]!.id, mask: 'hidden' }] }),
  });
  await connected(h);
});
afterAll(async () => {
  await h?.close();
  lookup.close();
});

type Field = { name: string; value: string };
async function fields(command: string): Promise<Map<string, string>> {
  const log = h.discord.command(command, {}, alice);
  await answered(log);
  const [embed] = callback(log).data!.embeds as { fields: Field[] }[];
  return new Map(embed!.fields.map((f) => [f.name, f.value]));
}

describe('the network beside the address in the bot', () => {
  it('/ip: each family names its network, the address itself hidden', async () => {
    const ip = await fields('ip');
    expect(ip.get('IPv4')).toMatch(/\nAS3320 Deutsche Telekom AG, DE$/);
    expect(ip.get('IPv6')).toMatch(/\nAS3320 Deutsche Telekom AG, DE$/);
    expect([...ip.values()].join('\n')).not.toContain('79.192.1.1');
  });

  it('/status: the network once for both families', async () => {
    expect((await fields('status')).get('Network')).toBe('AS3320 Deutsche Telekom AG, DE');
  });
});
