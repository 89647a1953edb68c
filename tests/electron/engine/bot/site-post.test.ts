/**
 * The bot's post of another site's news (electron/engine/bot/post.ts over notify/message.ts): the
 * site's words in the embed, masked per guild, the "ago" counted at posting time, a button that
 * shows the site (not "Show /ip": that is this machine's address), and posted only where the
 * guild picked it.
 */
import { describe, expect, it } from 'vitest';

import { postBody, targets } from '../../../../electron/engine/bot/post';
import { renderMessage } from '../../../../electron/engine/notify/message';
import type { Delivery, SiteNotice } from '../../../../electron/engine/notify/types';
import { guildSchema } from '../../../../shared/settings/discord';

const AT = 1_800_000_000_000;
const site = (over: Partial<SiteNotice>): SiteNotice => ({
  kind: 'site-changed',
  key: 'k',
  at: AT,
  site: 'office',
  changes: [{ what: 'IPv4 address', from: '203.0.113.7', to: '198.51.100.4' }],
  offlineSince: null,
  reason: null,
  offlineMs: null,
  whileAway: false,
  ...over,
});

describe("another site's post", () => {
  it('says the site first, masked for the guild, with a button showing the site', () => {
    const n = site({});
    const body = postBody(n, renderMessage(n, { timezone: 'UTC', mask: 'partial' }), 'nonce');
    expect(JSON.stringify(body.components)).toContain('"custom_id":"ipw:siteshow:office"');
    expect(JSON.stringify(body.components)).not.toContain('ipshow');
    const embed = body.embeds[0] as { title: string; description: string; fields: { name: string; value: string }[] };
    expect(embed.title).toBe('office: new address');
    expect(embed.description).toMatch(/^office: IPv4 203\.0\.113\.xxx → 198\.51\.100\.xxx\n/);
    expect(JSON.stringify(body)).not.toContain('203.0.113.7');
  });

  it('counts "ago" at posting time', () => {
    const n = site({ kind: 'site-offline', changes: [], offlineSince: AT - 40_000, reason: 'connection lost' });
    const m = renderMessage(n, { timezone: 'UTC', mask: 'none', now: AT + 20_000 });
    expect(m.summary).toBe('office went offline 1 min ago (connection lost)');
  });

  it("goes to the guilds that picked it (a new guild's default), not to one that did not", () => {
    const d = { notice: site({}) } as Delivery;
    const picked = guildSchema.parse({ id: '100000000000000001', channel: '100000000000000002' });
    const not = guildSchema.parse({
      id: '100000000000000003',
      channel: '100000000000000004',
      events: ['ipv4-changed'],
    });
    expect(targets([picked, not], d).map((g) => g.id)).toEqual(['100000000000000001']);
  });
});
