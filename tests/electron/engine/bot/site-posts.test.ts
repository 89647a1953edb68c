/**
 * Another site's news posted by the bot (issue 51), end to end: a runner watching the fleet on
 * Debian's real mosquitto, the Discord stand-in (tests/fakes/discord) and a real discord.js
 * Client. The site "office" is a real MQTT client publishing its retained state as a site does;
 * its new address is posted in the guild's channel with the site's name first, masked as the
 * guild asks, and the post's button shows the site as /status site:office does, not this
 * machine's /ip.
 */
import mqtt from 'mqtt';
import { afterEach, expect, it } from 'vitest';

import { FLEET_PAYLOAD_VERSION } from '../../../../shared/contract/fleet';
import { type Broker, mosquittoPeer, startMosquitto } from '../../../fixtures/notify/mosquitto';
import { until } from '../../../helpers/until';
import { alice, answered, type BotHarness, callback, connected, embedText, startBot } from './helpers';

let h: BotHarness | null = null;
let broker: Broker | null = null;
let site: mqtt.MqttClient | null = null;
afterEach(async () => {
  await site?.endAsync();
  await h?.close();
  await broker?.stop();
  h = broker = site = null;
});

const TOPIC = 'ipwatch/fleet/office/state';
const state = (ip: string) =>
  JSON.stringify({
    v: FLEET_PAYLOAD_VERSION,
    site: 'office',
    online: true,
    reason: null,
    families: { v4: { ip, since: Date.now(), identity: null }, v6: null },
    health: { state: 'ok', label: 'Healthy' },
    nat: null,
    ddns: [],
    monitors: [],
    version: 'test',
    at: Date.now(),
  });

it.skipIf(mosquittoPeer.skip)(
  "posts another site's new address with its name first, masked, and a button that shows the site",
  async () => {
    broker = await startMosquitto();
    site = await mqtt.connectAsync(broker.url, { reconnectPeriod: 0 });
    await site.publishAsync(TOPIC, state('203.0.113.7'), { qos: 1, retain: true });
    h = await startBot({
      more: { fleet: { watch: true, brokerUrl: broker.url, keepAliveSec: 5 } },
      settings: (d) => ({ guilds: [{ id: d.home.id, channel: d.home.channels[0]!.id, mask: 'partial' }] }),
    });
    await connected(h);
    const bot = h;
    await until(
      async () => (await bot.runtime.services.features.getSites({ limit: 100 }, { actor: 't' })).sites.length === 1,
      { what: 'office watched', timeoutMs: 15_000 },
    );

    await site.publishAsync(TOPIC, state('198.51.100.4'), { qos: 1, retain: true });
    await until(() => bot.discord.posted.some((p) => JSON.stringify(p.body.embeds).includes('office: new address')), {
      what: "the site's post",
    });
    const post = bot.discord.posted.find((p) => JSON.stringify(p.body.embeds).includes('office: new address'))!;
    expect(post.channelId).toBe(bot.discord.home.channels[0]!.id);
    const text = JSON.stringify(post.body.embeds);
    expect(text).toContain('office: IPv4 203.0.113.xxx → 198.51.100.xxx');
    expect(text).not.toContain('198.51.100.4');
    const components = JSON.stringify(post.body.components);
    expect(components).toContain('ipw:siteshow:office');
    expect(components).not.toContain('ipw:ipshow');

    const click = bot.discord.click(post.message, 'ipw:siteshow:office', alice);
    await answered(click);
    expect(embedText(callback(click).data)).toContain('Site office');
    expect(embedText(callback(click).data)).toContain('198.51.100.xxx');
  },
  60_000,
);
