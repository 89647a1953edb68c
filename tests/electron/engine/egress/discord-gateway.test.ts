/**
 * Where a real Discord sends the bot's gateway (issue 63): GET /gateway/bot answers
 * wss://gateway.discord.gg, and READY names a resume host of its own
 * (wss://gateway-us-east1-b.discord.gg). Both are declared while a token is set; a name that only
 * looks like Discord's, or another port, is not. Read as the bot's gate reads them (gateway-gate.ts).
 */
import { describe, expect, it } from 'vitest';

import { gatewayAsk } from '../../../../electron/engine/bot/gateway-gate';
import { declaredDestinations } from '../../../../electron/engine/egress/inventory';
import { matching } from '../../../../electron/engine/net/egress-match';
import { settingsFrom } from '../../../helpers/engine';

const declared = (token: string | null) =>
  declaredDestinations(settingsFrom({ sources: { builtIn: false }, discord: { token } }), {
    dnsServers: [],
    proxies: [],
  });

const cases: [string, string[]][] = [
  ['wss://gateway.discord.gg', ['discord:gateway', 'discord:gateway-resume']],
  ['wss://Gateway.Discord.gg./', ['discord:gateway', 'discord:gateway-resume']],
  ['wss://gateway-us-east1-b.discord.gg', ['discord:gateway-resume']],
  ['wss://gateway-eu-west1-c.discord.gg/?v=10&encoding=json', ['discord:gateway-resume']],
  ['https://discord.com/api/v10/gateway/bot', ['discord:discord']],
  ['wss://discord.gg', []],
  ['wss://evil-discord.gg', []],
  ['wss://gateway.discord.gg.example.org', []],
  ['ws://gateway.discord.gg', []],
  ['wss://gateway.discord.gg:8443', []],
];

describe("Discord's gateway in the inventory", () => {
  it.each(cases)('%s matches %j', (url, ids) => {
    expect(matching(declared('x'.repeat(60)), gatewayAsk(url)).map((d) => d.id)).toEqual(ids);
  });

  it('is not declared without a token', () => {
    expect(declared(null).filter((d) => d.purpose === 'discordBot')).toEqual([]);
  });

  it('refuses to read a gateway address the one parse refuses', () => {
    expect(() => gatewayAsk('wss://gateway.discord.gg\\@evil.example')).toThrow(/cannot be read/);
  });
});
