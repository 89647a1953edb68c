/**
 * What the settings view says the environment puts in force (electron/host/env.ts envInForce).
 */
import { describe, expect, it } from 'vitest';

import { envInForce } from '../../../electron/host/env';

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
});
