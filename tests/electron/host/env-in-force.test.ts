/**
 * What the settings view says the environment puts in force (electron/host/env.ts envInForce).
 */
import { describe, expect, it } from 'vitest';

import { ENV_OVERRIDES, envInForce } from '../../../electron/host/env';
import { parseSettingsText } from '../../../electron/host/settings-file';

describe('the values the environment puts in force', () => {
  it('gives each set variable with its field and parsed value, in the order of the overrides', () => {
    expect(
      envInForce({ IPWATCH_INTERVAL_SEC: '30', IPWATCH_IPV6: 'off', IPWATCH_DISABLED_SOURCES: 'a, b', HOME: '/x' }),
    ).toEqual([
      { path: 'monitor.intervalSec', from: 'IPWATCH_INTERVAL_SEC', value: 30 },
      { path: 'monitor.ipv6', from: 'IPWATCH_IPV6', value: false },
      { path: 'sources.disabled', from: 'IPWATCH_DISABLED_SOURCES', value: ['a', 'b'] },
    ]);
  });

  it("never gives a secret's value, only that it is set", () => {
    const [token] = envInForce({ IPWATCH_DISCORD_TOKEN: 'MTIz.abc.def' });
    expect(token).toEqual({ path: 'discord.token', from: 'IPWATCH_DISCORD_TOKEN' });
    expect(JSON.stringify(token)).not.toContain('MTIz');
  });

  it('leaves out an empty variable and one that does not parse (the runner refuses it at start)', () => {
    expect(envInForce({ IPWATCH_INTERVAL_SEC: '', IPWATCH_QUORUM: 'two' })).toEqual([]);
  });

  it("gives each value as the settings in force hold it (the schema's defaults in), for every variable", () => {
    // One valid value per variable; the table fails when a variable is added without one.
    const SAMPLE: Record<string, string> = {
      IPWATCH_INTERVAL_SEC: '30',
      IPWATCH_IPV4: 'on',
      IPWATCH_IPV6: 'off',
      IPWATCH_IPV6_COMPARE: 'full',
      IPWATCH_QUORUM: '2',
      IPWATCH_TIMEOUT_MS: '4000',
      IPWATCH_NETWORK_WATCH: 'no',
      IPWATCH_BUILTIN_SOURCES: 'yes',
      IPWATCH_DISABLED_SOURCES: 'icanhazip',
      IPWATCH_DISCORD_TOKEN: 'MTIz.abc.def',
      IPWATCH_DISCORD_GUILDS: '123456789012345678:223456789012345678,323456789012345678',
      IPWATCH_DISCORD_REGISTRATION: 'global',
      IPWATCH_DISCORD_API: 'https://discord.example/api',
      IPWATCH_LOG_LEVEL: 'debug',
      IPWATCH_API: 'on',
      IPWATCH_API_PORT: '8788',
      IPWATCH_API_LAN: 'off',
      IPWATCH_API_REQUEST_TIMEOUT_SEC: '30',
      IPWATCH_ROUTER: 'off',
    };
    expect(Object.keys(SAMPLE).sort()).toEqual(ENV_OVERRIDES.map((o) => o.name).sort());
    const parsed = parseSettingsText('{}', 'settings.json', SAMPLE);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const at = (p: string) =>
      p.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], parsed.settings);
    const fields = envInForce(SAMPLE).filter((f) => 'value' in f);
    expect(fields.length).toBe(ENV_OVERRIDES.length - 1); // all but the token
    for (const f of fields) expect({ [f.path]: f.value }).toEqual({ [f.path]: at(f.path) });
  });
});
