/**
 * The bot stopped while its gateway connection is still in the opening handshake
 * (electron/engine/bot/destroy-client.ts): discord.js alone would leave that connection running
 * with no error listener, and a reset of it then threw out of the process (`read ECONNRESET`,
 * seen in the outage test's teardown). Stopped here, the connection is ended.
 */
import type { Socket } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { until } from '../../../helpers/until';
import { type BotHarness, connected, startBot } from './helpers';

let h: BotHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('the bot stopped while its gateway connection is mid-handshake', () => {
  it('ends that connection, so a reset of it afterwards reaches no one', async () => {
    h = await startBot();
    await connected(h);
    const gateway = h.discord.gateway;
    gateway.hold = true;
    gateway.cut();
    // discord.js reconnects; the fake leaves the upgrade unanswered.
    await until(() => gateway.held.length === 1, { what: 'a reconnect held in its handshake' });
    const socket = gateway.held[0] as Socket;
    let clientEnded = false;
    socket.once('end', () => (clientEnded = true)).resume();
    await h.runtime.bot.stop();
    await until(() => clientEnded, { what: 'the bot to end the connection in its handshake' });
    // Left open by discord.js, the client's socket would meet this reset and throw in this process.
    socket.resetAndDestroy();
    expect([h.runtime.status().bot.state, gateway.held.length]).toEqual(['off', 1]);
  });
});
