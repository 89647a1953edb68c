/** The gateway's bad days: a dropped connection, an invalid session, a reset token. */
import { afterEach, describe, expect, it } from 'vitest';

import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { alice, answered, type BotHarness, connected, startBot } from './helpers';

let h: BotHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const callbacks = (x: BotHarness) => x.discord.requests.filter((r) => r.path.endsWith('/callback'));

/** One interaction gets exactly one answer: a doubled client or listener would answer twice. */
async function answersOnce(x: BotHarness) {
  const before = callbacks(x).length;
  const log = x.discord.command('help', {}, alice);
  await answered(log);
  // The audit row is written after the reply; once it is there, a second handler would have answered too.
  await until(() => x.store.auditLog({ limit: 50 }).filter((a) => a.action === 'discord /help').length > 0);
  expect(callbacks(x).length - before).toBe(1);
  expect(log.callbacks).toHaveLength(1);
}

describe('gateway', () => {
  it('resumes after a dropped connection', async () => {
    h = await startBot();
    await connected(h);
    h.discord.gateway.cut();
    await until(() => h!.discord.gateway.resumes === 1, { what: 'a resume', timeoutMs: 10_000 });
    await until(() => h!.runtime.status().bot.state === 'connected');
    expect(h.discord.gateway.identifies).toBe(1);
    expect(h.discord.gateway.openSockets).toBe(1);
    await answersOnce(h);
  });

  it('identifies again after an invalid session, with no second client, loop or listener', async () => {
    h = await startBot();
    await connected(h);
    const checksBefore = h.runtime.status().families.v4.lastCheck?.at;
    h.discord.gateway.invalidSession(false);
    await until(() => h!.discord.gateway.identifies === 2, { what: 'a new identify', timeoutMs: 10_000 });
    await until(() => h!.runtime.status().bot.state === 'connected');
    expect(h.discord.gateway.openSockets).toBe(1);
    await answersOnce(h);
    // The monitor is untouched by the bot's session: no extra check ran because of it.
    expect(h.runtime.status().families.v4.lastCheck?.at).toBe(checksBefore);
  });

  it('says "token rejected" for a bad token and does not retry', async () => {
    h = await startBot({ settings: () => ({ token: 'not-the-token' }) });
    await until(() => h!.runtime.status().bot.state === 'token rejected', { what: 'token rejected' });
    const s = h.runtime.status().bot;
    expect(s.nextAttemptAt).toBeNull();
    expect(s.lastError?.message).toContain('rejected the bot token');
    expect(JSON.stringify(h.runtime.status())).not.toContain('not-the-token');
    const gatewayAsks = () => h!.discord.requests.filter((r) => r.path === '/gateway/bot').length;
    expect(gatewayAsks()).toBe(1);
    // Monitoring goes on; after a full check the bot has still not tried again.
    await h.runtime.engine.checkNow('manual');
    expect(gatewayAsks()).toBe(1);
    expect(h.runtime.status().running).toBe(true);
  });

  it('stops at close 4004 when the token is reset, and connects again with the new one from the settings', async () => {
    h = await startBot();
    await connected(h);
    h.discord.resetToken('the-new-token');
    h.discord.gateway.closeAll(4004, 'Authentication failed.');
    await until(() => h!.runtime.status().bot.state === 'token rejected', { what: 'token rejected' });
    (h.raw.discord as Record<string, unknown>).token = 'the-new-token';
    await h.runtime.updateSettings(settingsFrom(h.raw as never));
    await connected(h);
    expect(h.discord.gateway.openSockets).toBe(1);
    await answersOnce(h);
  });

  it('names a missing token reference in the status, without crashing or retrying', async () => {
    h = await startBot({ settings: () => ({ token: { env: 'IPWATCH_TEST_NO_SUCH_TOKEN' } }) });
    await until(() => h!.runtime.status().bot.state === 'failed', { what: 'failed' });
    const s = h.runtime.status().bot;
    expect(s.lastError?.message).toBe('discord.token: environment variable IPWATCH_TEST_NO_SUCH_TOKEN is not set');
    expect(s.nextAttemptAt).toBeNull();
    expect(h.discord.requests).toHaveLength(0);
    expect(h.runtime.status().running).toBe(true);
  });

  it('is stopped and restarted from the runtime', async () => {
    h = await startBot();
    await connected(h);
    await h.runtime.bot.stop();
    expect(h.runtime.status().bot.state).toBe('off');
    await until(() => h!.discord.gateway.openSockets === 0, { what: 'the gateway closed' });
    await h.runtime.bot.restart();
    await connected(h);
    expect(h.discord.gateway.openSockets).toBe(1);
    await answersOnce(h);
  });
});
