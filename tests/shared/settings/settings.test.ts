/**
 * shared/settings/index.ts: defaults, validation (errors name the field), and versioned migrations.
 */
import { describe, expect, it } from 'vitest';

import {
  defaultSettings,
  migrateSettings,
  MIGRATIONS,
  parseSettings,
  SETTINGS_VERSION,
} from '../../../shared/settings';

/** Parses and returns the errors, failing the test if the input was accepted. */
function errorsOf(raw: unknown): string[] {
  const r = parseSettings(raw);
  if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
  return r.errors;
}

/** The paths where `a` and `b` hold the very same array or object (a default handed out twice). */
function sharedObjects(a: unknown, b: unknown, path = '(root)'): string[] {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return [];
  if (a === b) return [path];
  return Object.keys(a).flatMap((k) =>
    sharedObjects((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`),
  );
}

const withCustom = (...custom: unknown[]) => ({ sources: { custom } });

describe('defaults', () => {
  const d = defaultSettings();

  it.each<[path: string, value: unknown]>([
    ['version', SETTINGS_VERSION],
    ['monitor.intervalSec', 60],
    ['monitor.ipv4', true],
    ['monitor.ipv6', true],
    ['monitor.ipv6Compare', 'prefix64'],
    ['monitor.quorum', 2],
    ['monitor.timeoutMs', 4000],
    ['monitor.networkWatch', true],
    ['monitor.networkPollMs', 1000],
    ['monitor.networkSettleMs', 100],
    ['monitor.confirmMinutes', 10],
    ['health.failureThreshold', 3],
    ['health.backoffSec', 60],
    ['health.maxBackoffSec', 3600],
    ['sources.builtIn', true],
    ['sources.disabled', []],
    ['sources.custom', []],
    ['log.level', 'info'],
  ])('%s = %j', (path, value) => {
    const actual = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], d);
    expect(actual).toEqual(value);
  });

  it('an empty object parses to the defaults', () => {
    expect(parseSettings({})).toEqual({ ok: true, settings: d });
  });

  it('each call returns a fresh object', () => {
    const a = defaultSettings();
    a.sources.disabled.push('x');
    expect(defaultSettings().sources.disabled).toEqual([]);
  });

  // zod/mini's `.check()` copies a schema's definition and with it reads a default's value once
  // (schema-common withMeta): every array and object a parse fills in must be its own.
  it('no array or object a parse fills in is shared with another parse', () => {
    const raw = {
      notifications: { channels: [{ id: 'hook', type: 'webhook', url: 'https://hooks.example.org/x' }] },
      discord: { token: 'bot-token', guilds: ['123456789012345678'] },
      ddns: { records: [{ id: 'duck', provider: 'duckdns', token: 't', domain: 'myhome' }] },
    };
    const one = parseSettings(raw);
    const two = parseSettings(raw);
    if (!one.ok || !two.ok) throw new Error('expected the settings to parse');
    expect(sharedObjects(one.settings, two.settings)).toEqual([]);
    expect(sharedObjects(defaultSettings(), defaultSettings())).toEqual([]);
  });

  it('defaults survive a round trip through JSON', () => {
    expect(parseSettings(JSON.parse(JSON.stringify(d)))).toEqual({ ok: true, settings: d });
  });
});

describe('parseSettings: accepted', () => {
  it('the README example (one custom http source, built-ins off)', () => {
    const raw = JSON.parse(
      '{"sources":{"builtIn":false,"custom":[{"id":"a","kind":"http","url":"http://127.0.0.1:4001/","format":"text","family":4}]}}',
    );
    const r = parseSettings(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.sources.builtIn).toBe(false);
    expect(r.settings.sources.custom).toEqual([
      { id: 'a', kind: 'http', url: 'http://127.0.0.1:4001/', format: 'text', family: 4 },
    ]);
    expect(r.settings.monitor.intervalSec).toBe(60);
  });

  it.each<[label: string, source: Record<string, unknown>, expected: Record<string, unknown>]>([
    [
      'http, format defaults to text',
      { id: 'h', kind: 'http', url: 'https://api.example.com/ip', family: 6 },
      { format: 'text' },
    ],
    [
      'http json with a field and a provider',
      {
        id: 'h.j',
        kind: 'http',
        url: 'https://example.com/json',
        format: 'json',
        field: 'data.ip',
        family: 4,
        provider: 'example',
      },
      { format: 'json', field: 'data.ip', provider: 'example' },
    ],
    [
      'http kv (Cloudflare trace)',
      { id: 'cf', kind: 'http', url: 'https://1.1.1.1/cdn-cgi/trace', format: 'kv', family: 4 },
      { format: 'kv' },
    ],
    [
      'dns, class defaults to IN',
      { id: 'd', kind: 'dns', server: '208.67.222.222:53', name: 'myip.opendns.com', type: 'A', family: 4 },
      { class: 'IN' },
    ],
    [
      'dns CH TXT over a bracketed v6 server',
      {
        id: 'd6',
        kind: 'dns',
        server: '[2606:4700:4700::1111]:53',
        name: 'whoami.cloudflare',
        type: 'TXT',
        class: 'CH',
        family: 6,
      },
      { class: 'CH' },
    ],
    [
      'dns AAAA by host name',
      {
        id: 'd-aaaa',
        kind: 'dns',
        server: 'ns1.google.com:53',
        name: 'o-o.myaddr.l.google.com',
        type: 'AAAA',
        family: 6,
      },
      { class: 'IN' },
    ],
    ['stun by host name', { id: 's', kind: 'stun', server: 'stun.l.google.com:19302', family: 4 }, {}],
    ['stun by bracketed v6', { id: 's6', kind: 'stun', server: '[::1]:3478', family: 6 }, {}],
  ])('custom source: %s', (_label, source, expected) => {
    const r = parseSettings(withCustom(source));
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(r.settings.sources.custom[0]).toEqual({ ...source, ...expected });
  });

  it.each([10, 60, 86_400])('monitor.intervalSec %i', (intervalSec) => {
    expect(parseSettings({ monitor: { intervalSec } })).toMatchObject({
      ok: true,
      settings: { monitor: { intervalSec } },
    });
  });

  it('maxBackoffSec equal to backoffSec', () => {
    expect(parseSettings({ health: { backoffSec: 120, maxBackoffSec: 120 } }).ok).toBe(true);
  });

  it('does not mutate its input', () => {
    const raw = { monitor: { intervalSec: 30 } };
    parseSettings(raw);
    expect(raw).toEqual({ monitor: { intervalSec: 30 } });
  });
});

describe('parseSettings: rejected, the error names the field', () => {
  const stun = { id: 's', kind: 'stun', server: '1.1.1.1:3478', family: 4 };
  const http = { id: 'h', kind: 'http', url: 'https://example.com/', family: 4 };
  const dns = {
    id: 'd',
    kind: 'dns',
    server: '1.1.1.1:53',
    name: 'whoami.cloudflare',
    type: 'TXT',
    class: 'CH',
    family: 4,
  };

  it.each<[label: string, raw: unknown, path: string, message?: RegExp]>([
    ['intervalSec below 10', { monitor: { intervalSec: 9 } }, 'monitor.intervalSec'],
    ['intervalSec not an integer', { monitor: { intervalSec: 30.5 } }, 'monitor.intervalSec'],
    ['intervalSec a string', { monitor: { intervalSec: '60' } }, 'monitor.intervalSec'],
    ['quorum 0', { monitor: { quorum: 0 } }, 'monitor.quorum'],
    ['ipv6Compare unknown', { monitor: { ipv6Compare: 'suffix' } }, 'monitor.ipv6Compare'],
    ['log level unknown', { log: { level: 'verbose' } }, 'log.level'],
    ['unknown monitor key', { monitor: { intervalSecs: 60 } }, 'monitor', /intervalSecs/],
    ['unknown root key', { montior: {} }, '(root)', /montior/],
    [
      'maxBackoffSec < backoffSec',
      { health: { backoffSec: 100, maxBackoffSec: 50 } },
      'health.maxBackoffSec',
      /backoffSec/,
    ],
    ['http: ftp url', withCustom({ ...http, url: 'ftp://example.com/ip' }), 'sources.custom.0.url', /http/],
    ['http: no url', withCustom({ id: 'h', kind: 'http', family: 4 }), 'sources.custom.0.url'],
    ['http: not a url', withCustom({ ...http, url: 'example.com/ip' }), 'sources.custom.0.url'],
    ['http: unknown format', withCustom({ ...http, format: 'xml' }), 'sources.custom.0.format'],
    ['http: family 5', withCustom({ ...http, family: 5 }), 'sources.custom.0.family'],
    ['http: family as a string', withCustom({ ...http, family: '4' }), 'sources.custom.0.family'],
    ['http: unknown key (strict)', withCustom({ ...http, server: '1.1.1.1:53' }), 'sources.custom.0', /server/],
    ['dns: server without port', withCustom({ ...dns, server: '1.1.1.1' }), 'sources.custom.0.server', /host:port/],
    ['dns: v6 server without brackets', withCustom({ ...dns, server: '::1:53' }), 'sources.custom.0.server'],
    ['dns: unknown record type', withCustom({ ...dns, type: 'MX' }), 'sources.custom.0.type'],
    ['dns: unknown class', withCustom({ ...dns, class: 'HS' }), 'sources.custom.0.class'],
    ['dns: family 0', withCustom({ ...dns, family: 0 }), 'sources.custom.0.family'],
    ['dns: unknown key (strict)', withCustom({ ...dns, url: 'https://x/' }), 'sources.custom.0', /url/],
    [
      'stun: server without port',
      withCustom({ ...stun, server: 'stun.example.com' }),
      'sources.custom.0.server',
      /host:port/,
    ],
    ['stun: bad family', withCustom({ ...stun, family: 46 }), 'sources.custom.0.family'],
    ['stun: unknown key (strict)', withCustom({ ...stun, name: 'x' }), 'sources.custom.0', /name/],
    ['unknown kind', withCustom({ ...stun, kind: 'ftp' }), 'sources.custom.0.kind'],
    ['bad id characters', withCustom({ ...stun, id: 'my source' }), 'sources.custom.0.id'],
    ['empty id', withCustom({ ...stun, id: '' }), 'sources.custom.0.id'],
    ['second of two sources is bad', withCustom(stun, { ...http, url: 'ftp://x/' }), 'sources.custom.1.url'],
    ['duplicate custom ids', withCustom(stun, { ...http, id: 's' }), 'sources.custom.1.id', /duplicate.*"s"/],
    ['disabled not an array', { sources: { disabled: 'ipify-v4' } }, 'sources.disabled'],
  ])('%s -> %s', (_label, raw, path, message) => {
    const errors = errorsOf(raw);
    const line = errors.find((e) => e.startsWith(`${path}: `));
    expect(line, `errors: ${JSON.stringify(errors)}`).toBeDefined();
    if (message) expect(line).toMatch(message);
  });

  it('reports every bad field, not only the first', () => {
    const errors = errorsOf({ monitor: { intervalSec: 1, quorum: 0 } });
    expect(errors.some((e) => e.startsWith('monitor.intervalSec: '))).toBe(true);
    expect(errors.some((e) => e.startsWith('monitor.quorum: '))).toBe(true);
  });
});

describe('migrations', () => {
  it.each<[label: string, raw: unknown, error: RegExp]>([
    ['a future version', { version: SETTINGS_VERSION + 1 }, new RegExp(`version: ${SETTINGS_VERSION + 1} is newer`)],
    ['a non-integer version', { version: 1.5 }, /^version: expected an integer/],
    ['a string version', { version: '1' }, /^version: expected an integer/],
    ['null root', null, /^\(root\): expected a JSON object/],
    ['array root', [], /^\(root\): expected a JSON object/],
    ['string root', 'settings', /^\(root\): expected a JSON object/],
    ['number root', 42, /^\(root\): expected a JSON object/],
  ])('%s is a clear error', (_label, raw, error) => {
    const m = migrateSettings(raw);
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.errors.join('\n')).toMatch(error);
    const errors = errorsOf(raw);
    expect(errors.join('\n')).toMatch(error);
  });

  it('a file without a version (0) is upgraded to the current one, keeping its fields', () => {
    const r = parseSettings({ monitor: { intervalSec: 120 } });
    expect(r).toMatchObject({ ok: true, settings: { version: SETTINGS_VERSION, monitor: { intervalSec: 120 } } });
  });

  it('an explicit version 0 is upgraded too', () => {
    expect(migrateSettings({ version: 0, log: { level: 'debug' } })).toEqual({
      ok: true,
      value: { version: SETTINGS_VERSION, log: { level: 'debug' } },
    });
  });

  it('the current version passes through unchanged', () => {
    const raw = { version: SETTINGS_VERSION, monitor: { quorum: 3 } };
    expect(migrateSettings(raw)).toEqual({ ok: true, value: raw });
  });

  it('a negative version has no upgrade path', () => {
    expect(migrateSettings({ version: -1 })).toEqual({ ok: false, errors: ['version: no upgrade from -1'] });
  });

  it('there is one step per version below the current one', () => {
    for (let v = 0; v < SETTINGS_VERSION; v++) expect(MIGRATIONS[v], `step ${v}`).toBeTypeOf('function');
  });

  describe('each step is a pure function', () => {
    it.each<[from: number, input: Record<string, unknown>, output: Record<string, unknown>]>([
      [0, {}, { version: 1 }],
      [
        0,
        { monitor: { intervalSec: 30 }, sources: { builtIn: false } },
        { version: 1, monitor: { intervalSec: 30 }, sources: { builtIn: false } },
      ],
    ])('MIGRATIONS[%i]: %j -> %j', (from, input, output) => {
      const step = MIGRATIONS[from]!;
      const before = structuredClone(input);
      expect(step(input)).toEqual(output);
      expect(input).toEqual(before);
      expect(step(input)).toEqual(step(input));
    });
  });
});
