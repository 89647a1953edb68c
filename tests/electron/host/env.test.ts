/**
 * IPWATCH_* environment overrides (electron/host/env.ts).
 */
import { describe, expect, it } from 'vitest';

import { applyEnv, ENV_OVERRIDES } from '../../../electron/host/env';
import { parseSettings } from '../../../shared/settings';

/** Applies one variable to empty settings and returns the value set at its path. */
function applyOne(name: string, raw: string): unknown {
  const r = applyEnv({}, { [name]: raw });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  expect(r.applied).toEqual([name]);
  const o = ENV_OVERRIDES.find((x) => x.name === name)!;
  return o.path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], r.value);
}

const BOOLS = ENV_OVERRIDES.filter((o) =>
  ['IPWATCH_IPV4', 'IPWATCH_IPV6', 'IPWATCH_NETWORK_WATCH', 'IPWATCH_BUILTIN_SOURCES'].includes(o.name),
);
const INTS = ['IPWATCH_INTERVAL_SEC', 'IPWATCH_QUORUM', 'IPWATCH_TIMEOUT_MS'];

describe('ENV_OVERRIDES', () => {
  it.each<[name: string, path: string]>([
    ['IPWATCH_INTERVAL_SEC', 'monitor.intervalSec'],
    ['IPWATCH_IPV4', 'monitor.ipv4'],
    ['IPWATCH_IPV6', 'monitor.ipv6'],
    ['IPWATCH_IPV6_COMPARE', 'monitor.ipv6Compare'],
    ['IPWATCH_QUORUM', 'monitor.quorum'],
    ['IPWATCH_TIMEOUT_MS', 'monitor.timeoutMs'],
    ['IPWATCH_NETWORK_WATCH', 'monitor.networkWatch'],
    ['IPWATCH_BUILTIN_SOURCES', 'sources.builtIn'],
    ['IPWATCH_DISABLED_SOURCES', 'sources.disabled'],
    ['IPWATCH_LOG_LEVEL', 'log.level'],
  ])('%s sets %s', (name, path) => {
    expect(ENV_OVERRIDES.find((o) => o.name === name)?.path.join('.')).toBe(path);
  });

  it('names are unique and each has a doc line', () => {
    expect(new Set(ENV_OVERRIDES.map((o) => o.name)).size).toBe(ENV_OVERRIDES.length);
    for (const o of ENV_OVERRIDES) expect(o.doc.length, o.name).toBeGreaterThan(0);
  });
});

describe('applyEnv: values parsed', () => {
  describe.each(BOOLS.map((o) => o.name))('%s (boolean)', (name) => {
    it.each<[raw: string, value: boolean]>([
      ['1', true],
      ['true', true],
      ['TRUE', true],
      ['True', true],
      ['yes', true],
      ['YES', true],
      ['on', true],
      ['On', true],
      [' true \n', true],
      ['0', false],
      ['false', false],
      ['FALSE', false],
      ['no', false],
      ['No', false],
      ['off', false],
      ['OFF', false],
      [' 0 ', false],
    ])('%j -> %s', (raw, value) => {
      expect(applyOne(name, raw)).toBe(value);
    });
  });

  describe.each(INTS)('%s (whole number)', (name) => {
    it.each<[raw: string, value: number]>([
      ['60', 60],
      [' 120 ', 120],
      ['007', 7],
      ['-5', -5], // range is checked by the settings schema, not here
      ['86400', 86_400],
    ])('%j -> %i', (raw, value) => {
      expect(applyOne(name, raw)).toBe(value);
    });
  });

  it.each<[name: string, raw: string, value: unknown]>([
    ['IPWATCH_IPV6_COMPARE', 'full', 'full'],
    ['IPWATCH_IPV6_COMPARE', ' prefix64 ', 'prefix64'],
    ['IPWATCH_LOG_LEVEL', 'debug', 'debug'],
    ['IPWATCH_LOG_LEVEL', 'warn\n', 'warn'],
    ['IPWATCH_DISABLED_SOURCES', 'ipify-v4', ['ipify-v4']],
    ['IPWATCH_DISABLED_SOURCES', 'ipify-v4,icanhazip-v6', ['ipify-v4', 'icanhazip-v6']],
    ['IPWATCH_DISABLED_SOURCES', ' ipify-v4 , icanhazip-v6 ', ['ipify-v4', 'icanhazip-v6']],
    ['IPWATCH_DISABLED_SOURCES', 'a,,b,', ['a', 'b']],
    ['IPWATCH_DISABLED_SOURCES', ',', []],
  ])('%s=%j -> %j', (name, raw, value) => {
    expect(applyOne(name, raw)).toEqual(value);
  });
});

describe('applyEnv: bad values name the variable', () => {
  it.each<[name: string, raw: string]>([
    ...BOOLS.flatMap((o): [string, string][] => [
      [o.name, 'maybe'],
      [o.name, '2'],
      [o.name, 'y'],
      [o.name, 'enabled'],
    ]),
    ...INTS.flatMap((n): [string, string][] => [
      [n, 'sixty'],
      [n, '60s'],
      [n, '1.5'],
      [n, '1e3'],
      [n, '0x10'],
      [n, ' '],
    ]),
  ])('%s=%j', (name, raw) => {
    const r = applyEnv({}, { [name]: raw });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(name);
    expect(r.errors[0]).toContain(JSON.stringify(raw));
  });

  it('reports every bad variable, not only the first', () => {
    const r = applyEnv({}, { IPWATCH_IPV4: 'maybe', IPWATCH_QUORUM: 'two', IPWATCH_LOG_LEVEL: 'debug' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(2);
    expect(r.errors.join('\n')).toContain('IPWATCH_IPV4');
    expect(r.errors.join('\n')).toContain('IPWATCH_QUORUM');
  });
});

describe('applyEnv: merging', () => {
  it('no variables: an equal copy, nothing applied', () => {
    const raw = { monitor: { intervalSec: 30 } };
    const r = applyEnv(raw, {});
    expect(r).toEqual({ ok: true, value: raw, applied: [] });
    if (r.ok) expect(r.value).not.toBe(raw);
  });

  it('empty and unrelated variables are ignored', () => {
    const r = applyEnv({}, { IPWATCH_INTERVAL_SEC: '', PATH: '/usr/bin', IPWATCH_UNKNOWN: '1' });
    expect(r).toEqual({ ok: true, value: {}, applied: [] });
  });

  it('overrides a file value and keeps its siblings', () => {
    const raw = { monitor: { intervalSec: 30, quorum: 3 }, log: { level: 'info' } };
    const r = applyEnv(raw, { IPWATCH_INTERVAL_SEC: '90' });
    expect(r).toEqual({
      ok: true,
      value: { monitor: { intervalSec: 90, quorum: 3 }, log: { level: 'info' } },
      applied: ['IPWATCH_INTERVAL_SEC'],
    });
  });

  it('replaces a non-object section on the way to the field', () => {
    const r = applyEnv({ monitor: 'oops', sources: [] }, { IPWATCH_IPV6: 'no', IPWATCH_BUILTIN_SOURCES: 'off' });
    expect(r).toMatchObject({ ok: true, value: { monitor: { ipv6: false }, sources: { builtIn: false } } });
  });

  it('does not mutate its input', () => {
    const raw = { monitor: { intervalSec: 30 }, sources: { disabled: ['x'] } };
    const before = structuredClone(raw);
    applyEnv(raw, { IPWATCH_INTERVAL_SEC: '90', IPWATCH_DISABLED_SOURCES: 'a,b', IPWATCH_LOG_LEVEL: 'debug' });
    expect(raw).toEqual(before);
  });

  it('lists applied variables in table order', () => {
    const r = applyEnv({}, { IPWATCH_LOG_LEVEL: 'debug', IPWATCH_INTERVAL_SEC: '60' });
    expect(r).toMatchObject({ ok: true, applied: ['IPWATCH_INTERVAL_SEC', 'IPWATCH_LOG_LEVEL'] });
  });

  it('every variable applied together gives valid settings', () => {
    const r = applyEnv(
      {},
      {
        IPWATCH_INTERVAL_SEC: '120',
        IPWATCH_IPV4: 'yes',
        IPWATCH_IPV6: 'off',
        IPWATCH_IPV6_COMPARE: 'full',
        IPWATCH_QUORUM: '3',
        IPWATCH_TIMEOUT_MS: '2500',
        IPWATCH_NETWORK_WATCH: '0',
        IPWATCH_BUILTIN_SOURCES: 'true',
        IPWATCH_DISABLED_SOURCES: 'a,b',
        IPWATCH_LOG_LEVEL: 'warn',
        IPWATCH_DISCORD_TOKEN: 'bot-token',
        IPWATCH_DISCORD_GUILDS: '100000000000000001:200000000000000001, 100000000000000002',
        IPWATCH_DISCORD_REGISTRATION: 'global',
        IPWATCH_DISCORD_API: 'http://127.0.0.1:9/api',
        IPWATCH_API: 'on',
        IPWATCH_API_PORT: '9090',
        IPWATCH_API_LAN: 'yes',
        IPWATCH_API_REQUEST_TIMEOUT_SEC: '45',
        IPWATCH_ROUTER: 'off',
      },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.applied).toHaveLength(ENV_OVERRIDES.length);
    expect(parseSettings(r.value)).toMatchObject({
      ok: true,
      settings: {
        monitor: {
          intervalSec: 120,
          ipv4: true,
          ipv6: false,
          ipv6Compare: 'full',
          quorum: 3,
          timeoutMs: 2500,
          networkWatch: false,
        },
        sources: { builtIn: true, disabled: ['a', 'b'] },
        log: { level: 'warn' },
        router: { enabled: false },
        discord: {
          token: 'bot-token',
          registration: 'global',
          apiBase: 'http://127.0.0.1:9/api',
          guilds: [
            { id: '100000000000000001', channel: '200000000000000001', mask: 'none' },
            { id: '100000000000000002', channel: null },
          ],
        },
        api: { enabled: true, port: 9090, lan: true, requestTimeoutSec: 45 },
      },
    });
  });

  it('IPWATCH_DISCORD_GUILDS names the variable and the bad item', () => {
    const r = applyEnv({}, { IPWATCH_DISCORD_GUILDS: '100000000000000001:general' });
    expect(r).toEqual({
      ok: false,
      errors: [
        'IPWATCH_DISCORD_GUILDS="100000000000000001:general": expected GUILD_ID[:CHANNEL_ID] Discord ids, got "100000000000000001:general"',
      ],
    });
  });

  it('a value out of range passes applyEnv and is caught, by field, by the settings schema', () => {
    const r = applyEnv({}, { IPWATCH_INTERVAL_SEC: '5' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = parseSettings(r.value);
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.errors.some((e) => e.startsWith('monitor.intervalSec: '))).toBe(true);
  });
});
