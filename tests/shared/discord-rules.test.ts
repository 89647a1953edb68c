import { describe, expect, it } from 'vitest';

import { versionedWebhookUrl, webhookUsernameProblem } from '../../shared/discord-rules';

describe('webhookUsernameProblem', () => {
  it.each<[string, string | null]>([
    ['IPWatch', null],
    ['Home lab', null],
    ['x'.repeat(80), null],
    ['x'.repeat(81), 'must be at most 80 characters'],
    ['   ', 'must not be empty'],
    ['Clyde', 'Discord refuses webhook names that contain "clyde" (in any case)'],
    ['my discord bot', 'Discord refuses webhook names that contain "discord" (in any case)'],
    ['DISCORDIA', 'Discord refuses webhook names that contain "discord" (in any case)'],
  ])('%j -> %s', (name, problem) => expect(webhookUsernameProblem(name)).toBe(problem));
});

describe('versionedWebhookUrl', () => {
  it.each<[string, string]>([
    ['https://discord.com/api/webhooks/1/tok', 'https://discord.com/api/v10/webhooks/1/tok?wait=true'],
    ['https://discordapp.com/api/webhooks/1/tok', 'https://discordapp.com/api/v10/webhooks/1/tok?wait=true'],
    ['https://ptb.discord.com/api/webhooks/1/tok', 'https://ptb.discord.com/api/v10/webhooks/1/tok?wait=true'],
    ['https://canary.discord.com/api/v6/webhooks/1/tok', 'https://canary.discord.com/api/v10/webhooks/1/tok?wait=true'],
    ['https://discord.com/api/v10/webhooks/1/tok', 'https://discord.com/api/v10/webhooks/1/tok?wait=true'],
    [
      'https://discord.com/api/webhooks/1/tok?thread_id=5',
      'https://discord.com/api/v10/webhooks/1/tok?thread_id=5&wait=true',
    ],
    ['http://127.0.0.1:8080/api/webhooks/1/tok', 'http://127.0.0.1:8080/api/v10/webhooks/1/tok?wait=true'],
  ])('%s', (url, expected) => expect(versionedWebhookUrl(url)).toBe(expected));
});
