import { describe, expect, it } from 'vitest';

import { alreadyPosted, nonceFor, postBody, postResult, targets } from '../../../../electron/engine/bot/post';
import { renderMessage } from '../../../../electron/engine/notify/message';
import type { Delivery } from '../../../../electron/engine/notify/types';
import { guildSchema } from '../../../../shared/settings/discord';

const notice = {
  kind: 'ipv4-changed' as const,
  key: 'k',
  at: 1_800_000_000_000,
  family: 4 as const,
  from: '203.0.113.1',
  to: '203.0.113.2',
  fromSince: 1_800_000_000_000 - 3 * 3_600_000,
  sources: ['ipify', 'cloudflare'],
};
const delivery = (n: Delivery['notice']): Delivery =>
  ({ notice: n, message: {}, mask: 'none', idempotencyKey: 'x', signal: new AbortController().signal }) as never;

describe('postResult', () => {
  it.each([
    [
      { message: 'x', retryAfterMs: 1500 },
      { kind: 'transient', retryAfterMs: 1500, throttled: true },
    ],
    [{ message: 'x', status: 403, code: 50013 }, { kind: 'transient' }],
    [{ message: 'x', status: 403, code: 50001 }, { kind: 'transient' }],
    [{ message: 'x', status: 404, code: 10003 }, { kind: 'misconfigured' }],
    [{ message: 'x', status: 401, code: 0 }, { kind: 'misconfigured' }],
    [{ message: 'x', status: 400, code: 50035 }, { kind: 'rejected' }],
    [{ message: 'x', status: 502 }, { kind: 'transient' }],
    [{ message: 'socket hang up' }, { kind: 'transient' }],
  ])('%j -> %j', (e, want) => {
    expect(postResult(e, '#ip')).toMatchObject({ ok: false, ...want });
  });
});

describe('posts', () => {
  it('go to the guilds with a channel whose events include the notice', () => {
    const a = guildSchema.parse({ id: '100000000000000001', channel: '200000000000000001' });
    const b = guildSchema.parse({ id: '100000000000000002', channel: '200000000000000002', events: ['offline'] });
    const c = guildSchema.parse({ id: '100000000000000003' });
    expect(targets([a, b, c], delivery(notice)).map((g) => g.id)).toEqual([a.id]);
    expect(targets([a, b, c], delivery({ kind: 'test', key: 't', at: 0 })).map((g) => g.id)).toEqual([a.id, b.id]);
  });

  it('carry a 25-character nonce, enforce_nonce, the masked addresses and a reference to find them again', () => {
    const g = guildSchema.parse({ id: '100000000000000001', channel: '200000000000000001', mask: 'partial' });
    const nonce = nonceFor('k', '200000000000000001');
    expect(nonce).toHaveLength(25);
    expect(nonceFor('k', '200000000000000002')).not.toBe(nonce);
    const body = postBody(notice, renderMessage(notice, { timezone: 'UTC', mask: g.mask }), nonce);
    expect(body).toMatchObject({ nonce, enforce_nonce: true, allowed_mentions: { parse: [] } });
    const text = JSON.stringify(body.embeds);
    expect(text).toContain('203.0.113.xxx');
    expect(text).not.toContain('203.0.113.2');
    expect(text).toContain('3 h');
    expect(text).toContain('ipify, cloudflare');
    const message = { author: { id: 'bot' }, embeds: body.embeds };
    expect(alreadyPosted([message], 'bot', nonce)).toBe(true);
    expect(alreadyPosted([message], 'someone-else', nonce)).toBe(false);
    expect(alreadyPosted([message], 'bot', nonceFor('other', '200000000000000001'))).toBe(false);
    expect(alreadyPosted({ message: 'not a list' }, 'bot', nonce)).toBe(false);
  });
});
