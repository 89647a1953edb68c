/** The invite link: the permissions the bot needs, from discord.js's own table, and the docs showing the same. */
import { readFileSync } from 'node:fs';

import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';

import { BOT_PERMISSIONS, invitePermissions, inviteUrl } from '../../../../electron/engine/bot/invite';

describe('invite', () => {
  it('asks for View Channel, Send Messages, Embed Links, Read Message History and Attach Files, each with why', () => {
    const bits = invitePermissions(PermissionFlagsBits);
    expect(bits).toBe(1024n + 2048n + 16_384n + 65_536n + 32_768n);
    for (const flag of ['ViewChannel', 'SendMessages', 'EmbedLinks', 'ReadMessageHistory', 'AttachFiles'] as const)
      expect(bits & PermissionFlagsBits[flag]).toBe(PermissionFlagsBits[flag]);
    for (const p of BOT_PERMISSIONS) expect(p.why.length).toBeGreaterThan(10);
  });

  it('builds the authorize link with the bot and commands scopes', () => {
    const url = new URL(inviteUrl('123456789012345678', PermissionFlagsBits));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe('117760');
  });

  it('is the link docs/discord-bot.md shows', () => {
    const doc = readFileSync(new URL('../../../../docs/discord-bot.md', import.meta.url), 'utf8');
    expect(doc).toContain(inviteUrl('APPLICATION_ID', PermissionFlagsBits));
    expect(doc).not.toContain('51200');
  });
});
