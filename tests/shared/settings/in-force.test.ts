/**
 * The rule sees the settings in force (issue 58): a secret the environment gives is guarded like
 * a stored one, a field the environment sets is compared as it is in force. A table.
 */
import { describe, expect, it } from 'vitest';

import { parseSettings, type Settings } from '../../../shared/settings';
import { dangerousChanges } from '../../../shared/settings/destinations';
import type { FieldInForce } from '../../../shared/settings/in-force';

const withApiBase = (apiBase: string): Settings => {
  const r = parseSettings({ discord: { apiBase } });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.settings;
};
const TOKEN: FieldInForce = { path: 'discord.token', from: 'IPWATCH_DISCORD_TOKEN' };
const API: FieldInForce = { path: 'discord.apiBase', from: 'IPWATCH_DISCORD_API', value: 'https://proxy.example/api' };

describe('dangerousChanges over the settings in force', () => {
  const rows: [string, string, string, FieldInForce[], string[]][] = [
    ['apiBase moved, no token anywhere', 'https://discord.com/api', 'https://b.example/api', [], []],
    [
      'apiBase moved, the token from IPWATCH_DISCORD_TOKEN',
      'https://discord.com/api',
      'https://b.example/api',
      [TOKEN],
      ['the API address of the Discord bot (was discord.com, now b.example)'],
    ],
    [
      'a new path on the same host, the token from the environment',
      'https://discord.com/api',
      'https://discord.com/x',
      [TOKEN],
      [],
    ],
    [
      'the stored apiBase moved while IPWATCH_DISCORD_API sets the one in force',
      'https://discord.com/api',
      'https://b.example/api',
      [TOKEN, API],
      [],
    ],
  ];
  it.each(rows)('%s', (_name, before, after, inForce, want) => {
    expect(dangerousChanges(withApiBase(before), withApiBase(after), inForce)).toEqual(want);
  });
});
