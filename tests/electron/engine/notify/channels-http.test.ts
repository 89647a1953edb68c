/**
 * Each HTTP channel against the local recording fake: the request it makes (path, headers,
 * body shape), the idempotency header, masking, and the test operation.
 */
import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import type { ChannelSettingsInput } from '../../../../shared/settings/notify';
import { startDiscordWebhookFake, WEBHOOK_ID, WEBHOOK_TOKEN } from '../../../fakes/discord-webhook';
import { notifierRoom } from '../../../helpers/notifier-room';
import { until } from '../../../helpers/until';
import { change, notifySettings } from './helpers';

const room = notifierRoom();

const T0 = Date.UTC(2026, 10, 23, 0, 40, 6);

async function deliverOne(channel: ChannelSettingsInput) {
  const { fake } = room;
  const notifier = await room.start(notifySettings([channel]));
  await notifier.handle(change('203.0.113.7', '198.51.100.20', T0, 4, T0 - 3 * 3600_000 - 12 * 60_000));
  await fake.waitFor((r) => r.length >= 1);
  const req = fake.requests[0]!;
  return { req, json: JSON.parse(req.body) as Record<string, unknown> };
}

describe('HTTP channels', () => {
  it('discord-webhook: one embed with fields, the local time and an idempotency key, on v10 with wait=true', async () => {
    const discord = await startDiscordWebhookFake();
    try {
      const notifier = await room.start(
        notifySettings([{ id: 'dc', type: 'discord-webhook', url: discord.webhookUrl }]),
      );
      await notifier.handle(change('203.0.113.7', '198.51.100.20', T0, 4, T0 - 3 * 3600_000 - 12 * 60_000));
      await discord.waitFor((r) => r.some((x) => x.status === 200));
      await until(() => room.store.counts('dc').sent === 1, { what: 'the confirmed message counted as sent' });
      const req = discord.requests[0]!;
      expect(req.path).toBe(`/api/v10/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}?wait=true`);
      expect(req.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
      expectDiscordEmbed(req.body);
    } finally {
      await room.stop();
      await discord.close();
    }
  });

  function expectDiscordEmbed(json: Record<string, unknown>) {
    const embed = (json.embeds as Record<string, unknown>[])[0]!;
    expect(embed.title).toBe('Public IPv4 address changed');
    expect(embed.description).toBe('IPv4 203.0.113.7 → 198.51.100.20');
    const fields = embed.fields as { name: string; value: string }[];
    expect(fields).toContainEqual({ name: 'Old address lasted', value: '3 h 12 min', inline: true });
    expect(fields).toContainEqual({ name: 'Time', value: '2026-11-23 00:40:06 UTC', inline: true });
    expect(fields).toContainEqual({ name: 'Confirmed by', value: 'ipify, icanhazip', inline: true });
    expect(json.allowed_mentions).toEqual({ parse: [] });
  }

  it('slack: blocks with a plain-text fallback', async () => {
    const { json } = await deliverOne({ id: 'sl', type: 'slack', url: `${room.fake.url}/services/T/B/X` });
    expect(json.text).toBe('Public IPv4 address changed: IPv4 203.0.113.7 → 198.51.100.20');
    const blocks = json.blocks as { type: string }[];
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context']);
  });

  it('telegram: sendMessage under the configured apiBase with the bot token in the path', async () => {
    const { req, json } = await deliverOne({
      id: 'tg',
      type: 'telegram',
      token: '123456:ABC-def',
      chatId: 42,
      apiBase: room.fake.url,
    });
    expect(req.path).toBe('/bot123456:ABC-def/sendMessage');
    expect(json.chat_id).toBe(42);
    expect(json.text).toContain('IPv4 203.0.113.7 → 198.51.100.20');
  });

  it('ntfy: JSON publish with topic, title and a bearer token', async () => {
    const { req, json } = await deliverOne({
      id: 'nt',
      type: 'ntfy',
      server: room.fake.url,
      topic: 'home-ip',
      token: 'tk_secret',
    });
    expect(req.path).toBe('/');
    expect(req.headers.authorization).toBe('Bearer tk_secret');
    expect(json).toMatchObject({ topic: 'home-ip', title: 'Public IPv4 address changed', priority: 3 });
  });

  it('gotify: POST /message with the app token header', async () => {
    const { req, json } = await deliverOne({ id: 'go', type: 'gotify', url: `${room.fake.url}/`, token: 'AppTok' });
    expect(req.path).toBe('/message');
    expect(req.headers['x-gotify-key']).toBe('AppTok');
    expect(json).toMatchObject({ title: 'Public IPv4 address changed', priority: 5 });
  });

  it('webhook: the documented JSON payload, signed with HMAC-SHA256 (GitHub style; webhook-signing.test.ts: the default)', async () => {
    const { req, json } = await deliverOne({
      id: 'wh',
      type: 'webhook',
      url: `${room.fake.url}/hook`,
      secret: 's3cret',
      signature: 'github',
    });
    expect(req.headers['x-ipwatch-signature']).toBe(
      `sha256=${createHmac('sha256', 's3cret').update(req.body).digest('hex')}`,
    );
    expect(req.headers['x-hub-signature-256']).toBe(req.headers['x-ipwatch-signature']);
    expect(req.headers['x-ipwatch-event']).toBe('ipv4-changed');
    expect(json).toMatchObject({
      version: 1,
      event: 'ipv4-changed',
      id: req.headers['idempotency-key'],
      at: '2026-11-23T00:40:06.000Z',
      data: {
        kind: 'ipv4-changed',
        family: 4,
        from: '203.0.113.7',
        to: '198.51.100.20',
        sources: ['ipify', 'icanhazip'],
      },
    });
  });

  it('webhook: a template with placeholders, JSON-escaped, and a partial mask', async () => {
    const template = '{"content":"{{title}}\\n{{summary}}","to":"{{to}}","family":{{family}}}';
    const { json } = await deliverOne({
      id: 'wt',
      type: 'webhook',
      url: `${room.fake.url}/t`,
      template,
      mask: 'partial',
    });
    expect(json).toEqual({
      content: 'Public IPv4 address changed\nIPv4 203.0.113.xxx → 198.51.100.xxx',
      to: '198.51.100.xxx',
      family: 4,
    });
  });

  it('a hidden mask leaves no address anywhere in the request', async () => {
    const { req } = await deliverOne({ id: 'hid', type: 'webhook', url: `${room.fake.url}/h`, mask: 'hidden' });
    expect(req.body).not.toMatch(/203\.0\.113|198\.51\.100/);
    expect(JSON.stringify(req.headers)).not.toMatch(/203\.0\.113|198\.51\.100/);
  });

  it('test(channelId) sends a test message and reports success or the error text', async () => {
    const { fake, store } = room;
    const notifier = await room.start(notifySettings([{ id: 'dc', type: 'slack', url: `${fake.url}/wh` }]));
    const ok = await notifier.test('dc');
    expect(ok.ok).toBe(true);
    expect(JSON.parse(fake.requests[0]!.body).text).toContain('IPWatch test notification');
    fake.setFault({ mode: 'status', status: 404, body: 'no_service' });
    expect(await notifier.test('dc')).toEqual({
      ok: false,
      error: 'HTTP 404: no_service (the service does not know this URL: it was deleted or mistyped)',
    });
    expect(await notifier.test('nope')).toEqual({ ok: false, error: 'no channel with id "nope"' });
    expect(store.counts('dc')).toEqual({ pending: 0, expired: 0, sent: 0, rejected: 0 });
  });
});
