/**
 * Several bots in one runtime (docs/discord-bot.md "Several bots"): each bot's state in the
 * status; a bot whose token Discord refuses says so in words and stops neither the other bot
 * nor monitoring; bots added and removed by a settings edit start and stop. Both applications
 * are stand-ins behind one Discord address (tests/fakes/discord/front.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';

import type { SettingsInput } from '../../../../shared/settings';
import { type DiscordFake, startDiscordFake } from '../../../fakes/discord';
import { type DiscordFront, startDiscordFront } from '../../../fakes/discord/front';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { admin, type BotHarness, connected, startBot } from './helpers';

let h: BotHarness | undefined;
let other: DiscordFake | undefined;
let front: DiscordFront | undefined;
afterEach(async () => {
  await h?.close();
  await front?.close();
  await other?.close();
  h = other = front = undefined;
});

/** A runtime whose first bot is the harness's stand-in and whose `second` bot is `other`'s, with `token`. */
async function twoBots(token: (d: DiscordFake) => string): Promise<BotHarness> {
  other = await startDiscordFake({ token: 'second-bot-token', botName: 'Second' });
  const apps: DiscordFake[] = [other];
  front = await startDiscordFront(apps);
  const second = other;
  return startBot({
    notifications: { retry: { initialSec: 0.2, maxSec: 1 } },
    settings: (d) => {
      apps.unshift(d);
      return {
        apiBase: front!.apiBase,
        bots: [
          {
            id: 'second',
            name: 'Second bot',
            token: token(second),
            guilds: [{ id: second.home.id, channel: second.home.channels[0]!.id }],
          },
        ],
      };
    },
  });
}

const bots = (x: BotHarness) => x.runtime.status().bots ?? [];

describe('several bots in one runtime', () => {
  it('shows each bot with its name, its Discord user and its servers', async () => {
    h = await twoBots((d) => d.token);
    await connected(h);
    await until(() => bots(h!)[1]?.state === 'connected' && bots(h!)[1]!.commands.registered, {
      what: 'the second bot connected',
    });
    const [main, second] = bots(h);
    expect(main).toMatchObject({ id: 'main', name: '', user: 'IPWatch', state: 'connected' });
    expect(second).toMatchObject({ id: 'second', name: 'Second bot', user: 'Second', state: 'connected' });
    expect(second!.guilds).toEqual([
      { id: other!.home.id, name: 'Home', channel: other!.home.channels[0]!.id, problem: null },
    ]);
    expect(h.runtime.status().bot).toMatchObject({ user: 'IPWatch', state: 'connected' });
    // The second bot's channel was added for it: notices reach it through its own queue.
    expect(h.runtime.status().notifications.map((c) => c.id)).toEqual(['discord-bot', 'discord-bot-second']);
  });

  it('a refused token is said in words; the other bot answers and posts, monitoring goes on', async () => {
    h = await twoBots(() => 'a-token-no-application-has');
    await connected(h);
    await until(() => bots(h!)[1]?.state === 'token rejected', { what: 'the second bot refused' });
    expect(bots(h)[1]!.lastError?.message).toMatch(/token/i);
    expect(bots(h)[1]!.lastError?.message).not.toContain('a-token-no-application-has');

    h.world.setIp('81.2.69.150', '2a02:1:2:3::5');
    const check = h.discord.command('check', {}, admin);
    await until(() => check.edits.length === 1, { what: '/check answered by the first bot' });
    expect(JSON.stringify(check.edits[0])).toContain('81.2.69.150');
    await until(() => h!.discord.posted.length === 1, { what: "the first bot's change post" });
    expect(other!.posted).toEqual([]);
    expect(h.runtime.status().families.v4.ip).toBe('81.2.69.150');
    expect(bots(h)[0]!.state).toBe('connected');

    // /status says each bot's state, the refused one too, not only the first's.
    const status = h.discord.command('status', {}, admin);
    await until(() => status.callbacks.length === 1, { what: '/status answered' });
    const { embeds } = (status.callbacks[0] as { data: { embeds: { fields: { name: string; value: string }[] }[] } })
      .data;
    const field = embeds[0]!.fields.find((f) => f.name === 'Bots')?.value;
    expect(field).toMatch(/^IPWatch: connected( · gateway ping \d+ ms)?\nSecond bot: token rejected$/);
  });

  it("/config set in the second bot's server edits that bot's server, not the first's", async () => {
    h = await twoBots((d) => d.token);
    await connected(h);
    await until(() => bots(h!)[1]?.commands.registered === true, { what: 'the second bot registered' });
    const set = other!.command('config set', { mask: 'partial' }, admin);
    await until(() => set.callbacks.length === 1, { what: '/config set answered by the second bot' });
    expect(JSON.stringify(set.callbacks[0])).toContain('Saved');
    const d = h.raw.discord as { guilds: { mask?: string }[]; bots: { guilds: { id: string; mask?: string }[] }[] };
    expect(d.bots[0]!.guilds[0]).toMatchObject({ id: other!.home.id, mask: 'partial' });
    expect(d.guilds[0]!.mask).toBeUndefined();
  });

  it('a bot removed by a settings edit stops; added again, it starts', async () => {
    h = await twoBots((d) => d.token);
    await until(() => bots(h!)[1]?.state === 'connected' && bots(h!)[1]!.commands.registered, {
      what: 'the second bot connected',
    });
    const raw = structuredClone(h.raw) as { discord: { bots: unknown[] } };
    const listed = raw.discord.bots;
    raw.discord.bots = [];
    await h.runtime.updateSettings(settingsFrom(raw as unknown as SettingsInput));
    expect(bots(h).map((b) => b.id)).toEqual(['main']);
    await until(() => !other!.gateway.ready, { what: 'the second bot gone from the gateway' });
    raw.discord.bots = listed;
    await h.runtime.updateSettings(settingsFrom(raw as unknown as SettingsInput));
    await until(() => bots(h!)[1]?.state === 'connected', { what: 'the second bot back' });
    expect(other!.gateway.identifies).toBe(2);
  });
});
