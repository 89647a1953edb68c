/**
 * /sites and /status site:<name> (issue 51) through the Discord stand-in and a real discord.js
 * Client, over a runner watching a fleet on Debian's real mosquitto (tests/fleet-lab/broker.ts,
 * its password file and ACL): sixteen sites publish their retained state as their own users, the
 * runner's watcher reads them, and the bot lists them a page at a time, masks their addresses as
 * the channel asks, tells one site with its events, and offers the site names as the member types.
 * Then a site stops (its addresses then read "last known") and another is known only by its
 * will (a connection that died before it published: "never heard by this watcher"). Last, the
 * pages follow the name cursor while sites are added and forgotten between presses.
 */
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { sitesPageId } from '../../../../electron/engine/bot/commands/sites';
import { willState } from '../../../../electron/engine/fleet/payload';
import { FLEET_PAYLOAD_VERSION } from '../../../../shared/contract/fleet';
import { type FleetBroker, fleetBrokerPeer, PREFIX, startFleetBroker } from '../../../fleet-lab/broker';
import { until } from '../../../helpers/until';
import { alice, answered, type BotHarness, callback, connected, embedText, startBot } from './helpers';

const SEED = Date.now();
console.log(`bot fleet seed ${SEED}`);
const NAMES = Array.from({ length: 16 }, (_, i) => `site-${String(i).padStart(2, '0')}`);
const pass = (name: string) => `${name}-pass-${SEED.toString(36)}`;

let broker: FleetBroker;
let h: BotHarness;
const clients: mqtt.MqttClient[] = [];

const state = (site: string, i: number) => ({
  v: FLEET_PAYLOAD_VERSION,
  site,
  online: true,
  reason: null,
  families: { v4: { ip: `203.0.113.${i + 1}`, since: SEED - 60_000, identity: null }, v6: null },
  health: { state: 'ok', label: 'Healthy' },
  nat: { verdict: 'public', label: 'Public address' },
  ddns: [],
  monitors: [{ name: 'ssh', state: 'up' }],
  version: '9.9.9',
  at: SEED,
});

describe.skipIf(fleetBrokerPeer.skip)('the bot tells the fleet', () => {
  beforeAll(async () => {
    broker = await startFleetBroker({
      watcher: pass('watcher'),
      ...Object.fromEntries(NAMES.map((n) => [n, pass(n)])),
      cabin: pass('cabin'),
      'site-00b': pass('site-00b'),
    });
    for (const [i, name] of NAMES.entries()) {
      const c = await mqtt.connectAsync(broker.url, { username: name, password: pass(name), reconnectPeriod: 0 });
      clients.push(c);
      await c.publishAsync(`${PREFIX}/${name}/state`, JSON.stringify(state(name, i)), { qos: 1, retain: true });
    }
    h = await startBot({
      more: {
        fleet: { watch: true, brokerUrl: broker.url, username: 'watcher', password: pass('watcher') },
      },
      settings: (d) => ({ guilds: [{ id: d.home.id, channel: d.home.channels[0]!.id, mask: 'partial' }] }),
    });
    await connected(h);
    await until(
      async () => (await h.runtime.services.features.getSites({ limit: 100 }, { actor: 't' })).sites.length === 16,
      {
        what: 'the watcher holding the 16 sites',
        timeoutMs: 15_000,
      },
    );
  }, 60_000);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync()));
    await h?.close();
    await broker?.stop();
  });

  it('/sites lists 15 a page, masked, and Next shows the sixteenth', async () => {
    const log = h.discord.command('sites', {}, alice);
    await answered(log);
    const data = callback(log).data!;
    const [embed] = data.embeds as { description: string; footer: { text: string } }[];
    const lines = embed!.description.split('\n');
    expect(lines).toHaveLength(15);
    expect(lines[0]).toMatch(
      /^\*\*site-00\*\* · online (just now|for .+) · IPv4 203\.0\.113\.xxx · Online · seen <t:\d+:R>$/,
    );
    expect(embed!.description).not.toContain('203.0.113.1 ');
    // Each site was only first seen, which is no change of address.
    expect(embed!.footer.text).toBe('Page 1 of 2 · 16 sites: 16 online, 0 offline.');
    // Next carries the last name shown (the contract's cursor), not an offset.
    expect(JSON.stringify(data.components)).toContain('"ipw:sites:2:site-14"');
    const click = h.discord.click({ ...data, id: '1' }, 'ipw:sites:2:site-14', alice);
    await answered(click);
    const [page2] = callback(click).data!.embeds as { description: string; footer: { text: string } }[];
    expect(page2!.description.split('\n')).toHaveLength(1);
    expect(page2!.description).toContain('**site-15**');
    expect(page2!.footer.text).toBe('Page 2 of 2 · 16 sites: 16 online, 0 offline.');
  });

  it('/status site: tells one site with its events, and names an unknown one', async () => {
    const log = h.discord.command('status', { site: 'site-03' }, alice);
    await answered(log);
    const text = embedText(callback(log).data);
    expect(text).toContain('Site site-03');
    expect(text).toContain('IPv4 203.0.113.xxx');
    expect(text).toContain('Public address');
    expect(text).toContain('ssh: up');
    expect(text).toContain('came online (first seen)');
    const none = h.discord.command('status', { site: 'nowhere' }, alice);
    await answered(none);
    expect(callback(none).data?.content).toBe('No site "nowhere" is watched: /sites lists them.');
  });

  it('autocompletes the site names as the member types', async () => {
    const log = h.discord.autocomplete('status', 'site', 'e-1', alice);
    await answered(log);
    expect(callback(log).data).toEqual({
      choices: NAMES.filter((n) => n.includes('e-1')).map((n) => ({ name: n, value: n })),
    });
  });

  it('/sites counts a site whose known address gave way to another, and none that was only first seen', async () => {
    const moved = { ...state('site-00', 0), at: Date.now() };
    moved.families = { v4: { ip: '198.51.100.77', since: Date.now() - 5_000, identity: null }, v6: null };
    await clients[0]!.publishAsync(`${PREFIX}/site-00/state`, JSON.stringify(moved), { qos: 1, retain: true });
    await until(
      async () =>
        (await h.runtime.services.features.getSites({ limit: 100 }, { actor: 't' })).sites.find(
          (x) => x.site === 'site-00',
        )?.state?.families.v4?.ip === '198.51.100.77',
      { what: 'the watcher holding the new address of site-00', timeoutMs: 15_000 },
    );
    const log = h.discord.command('sites', {}, alice);
    await answered(log);
    const [embed] = callback(log).data!.embeds as { footer: { text: string } }[];
    expect(embed!.footer.text).toBe(
      'Page 1 of 2 · 16 sites: 16 online, 0 offline; 1 site with a new address in the last 24 h.',
    );
  });

  // After the two above: it adds a seventeenth site and takes one offline, which the tests above do not expect.
  it("marks a stopped site's addresses last known, and a site known only by its will never heard", async () => {
    await clients[15]!.publishAsync(
      `${PREFIX}/site-15/state`,
      JSON.stringify({ ...state('site-15', 15), online: false, reason: 'stopped', at: Date.now() }),
      { qos: 1, retain: true },
    );
    // The cabin's connection dies before it publishes a state: the broker sends its will.
    const cabin = await mqtt.connectAsync(broker.url, {
      username: 'cabin',
      password: pass('cabin'),
      reconnectPeriod: 0,
      will: {
        topic: `${PREFIX}/cabin/state`,
        payload: Buffer.from(JSON.stringify(willState('cabin'))),
        qos: 1,
        retain: true,
      },
    });
    cabin.stream.destroy();
    await until(
      async () => {
        const all = (await h.runtime.services.features.getSites({ limit: 100 }, { actor: 't' })).sites;
        return (
          all.find((x) => x.site === 'cabin')?.online === false &&
          all.find((x) => x.site === 'site-15')?.online === false
        );
      },
      { what: 'the watcher holding the cabin and site-15 offline', timeoutMs: 15_000 },
    );
    const log = h.discord.command('sites', {}, alice);
    await answered(log);
    const [embed] = callback(log).data!.embeds as { description: string }[];
    const lines = embed!.description.split('\n');
    expect(lines[0]).toMatch(
      /^\*\*cabin\*\* · offline (just now|for \d+ s) \(connection lost\) · addresses unknown · unknown · never heard by this watcher$/,
    );
    const page2 = h.discord.click({ ...callback(log).data!, id: '2' }, 'ipw:sites:2:site-13', alice);
    await answered(page2);
    const [e2] = callback(page2).data!.embeds as { description: string }[];
    // The cabin sorts first: site-15 is now on the second page, after site-14.
    expect(e2!.description.split('\n').find((l) => l.startsWith('**site-15**'))).toMatch(
      /^\*\*site-15\*\* · offline (just now|for \d+ s) \(stopped\) · IPv4 203\.0\.113\.xxx, last known · Online, when last heard · seen <t:\d+:R>$/,
    );
    const one = h.discord.command('status', { site: 'cabin' }, alice);
    await answered(one);
    expect(embedText(callback(one).data)).toContain('never heard by this watcher');
    const stopped = h.discord.command('status', { site: 'site-15' }, alice);
    await answered(stopped);
    expect(embedText(callback(stopped).data)).toContain('IPv4 203.0.113.xxx, last known');
  });

  // Last: it adds a site and forgets two, which the tests above do not expect.
  it('pages on the name cursor: a site added or forgotten before it between presses neither repeats nor skips one', async () => {
    const held = async () =>
      (await h.runtime.services.features.getSites({ limit: 100 }, { actor: 't' })).sites.map((x) => x.site);
    // cabin, site-00 … site-15: page 1 ends at site-13.
    const log = h.discord.command('sites', {}, alice);
    await answered(log);
    const data = callback(log).data!;
    const page1 = { ...data, id: '3' };
    const next = sitesPageId(2, 'site-13');
    expect(JSON.stringify(data.components)).toContain(`"${next}"`);
    const firstLines = async (id: string) => {
      const click = h.discord.click(page1, id, alice);
      await answered(click);
      const [e] = callback(click).data!.embeds as { description: string; footer: { text: string } }[];
      return { names: e!.description.split('\n').map((l) => /^\*\*(.+?)\*\*/.exec(l)?.[1]), footer: e!.footer.text };
    };
    // A site added before the cursor: an offset of 15 would show site-13 again.
    const added = await mqtt.connectAsync(broker.url, {
      username: 'site-00b',
      password: pass('site-00b'),
      reconnectPeriod: 0,
    });
    clients.push(added);
    await added.publishAsync(`${PREFIX}/site-00b/state`, JSON.stringify(state('site-00b', 99)), {
      qos: 1,
      retain: true,
    });
    await until(async () => (await held()).includes('site-00b'), { what: 'site-00b watched', timeoutMs: 15_000 });
    expect(await firstLines(next)).toEqual({
      names: ['site-14', 'site-15'],
      footer: 'Page 2 of 2 · 18 sites: 16 online, 2 offline; 1 site with a new address in the last 24 h.',
    });
    // Two forgotten before it: an offset of 15 would skip site-14.
    for (const name of ['cabin', 'site-00b']) await h.runtime.services.features.forgetSite({ name }, { actor: 't' });
    await until(async () => (await held()).length === 16, { what: 'cabin and site-00b forgotten', timeoutMs: 15_000 });
    expect((await firstLines(next)).names).toEqual(['site-14', 'site-15']);
    // First goes back to the start, whatever was pressed before.
    expect((await firstLines(sitesPageId(1, ''))).names.slice(0, 2)).toEqual(['site-00', 'site-01']);
  });
});
