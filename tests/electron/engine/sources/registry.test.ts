import { isIP } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../../../electron/engine/net/http';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { BUILTIN_SOURCES } from '../../../../electron/engine/sources/builtins';
import { parseHostPort } from '../../../../electron/engine/sources/parsers';
import { BUILTIN_SOURCE_IDS, buildSources, sourceFactories } from '../../../../electron/engine/sources/registry';
import type { SourceDeps } from '../../../../electron/engine/sources/types';
import { customSourceSchema, sourcesSchema, type Settings } from '../../../../shared/settings';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

function deps(): SourceDeps {
  const net = { http: createHttpClient({ userAgent: 'test' }), udp: createUdpClient() };
  cleanup.push(
    () => net.http.close(),
    () => net.udp.close(),
  );
  return { net, timeoutMs: 1000, userAgent: 'test', now: Date.now };
}

/** Settings as the schema gives them, defaults filled in. */
const sources = (input: unknown = {}): Settings['sources'] => sourcesSchema.parse(input);

const customHttp = { id: 'my-echo', kind: 'http', url: 'http://127.0.0.1:8080/', family: 4 };

describe('built-in sources', () => {
  it('have unique ids ending in their family', () => {
    expect(new Set(BUILTIN_SOURCE_IDS).size).toBe(BUILTIN_SOURCE_IDS.length);
    for (const s of BUILTIN_SOURCES) expect(s.id.endsWith(`-v${s.family}`)).toBe(true);
  });

  it('are valid custom-source settings too (same shapes, same rules)', () => {
    for (const s of BUILTIN_SOURCES) expect(customSourceSchema.safeParse(s).success, s.id).toBe(true);
  });

  it('never put an IP literal of the other family in a URL or server', () => {
    for (const s of BUILTIN_SOURCES) {
      const host = s.kind === 'http' ? new URL(s.url).hostname.replace(/^\[|\]$/g, '') : parseHostPort(s.server).host;
      const literal = isIP(host);
      if (literal !== 0) expect(literal, s.id).toBe(s.family);
    }
  });

  it('cover both families for every kind', () => {
    for (const kind of ['http', 'dns', 'stun'] as const) {
      const families = new Set(BUILTIN_SOURCES.filter((s) => s.kind === kind).map((s) => s.family));
      expect([...families].sort()).toEqual([4, 6]);
    }
  });
});

describe('buildSources', () => {
  it('builds every built-in by default, through the factory of its kind', () => {
    const { sources: built, warnings } = buildSources(sources(), deps());
    expect(warnings).toEqual([]);
    expect(built.map((s) => s.id)).toEqual(BUILTIN_SOURCE_IDS);
    expect(Object.keys(sourceFactories).sort()).toEqual(['dns', 'http', 'interface', 'plugin', 'stun']);
    const byId = new Map(built.map((s) => [s.id, s]));
    expect(byId.get('ipify-v4')).toMatchObject({ kind: 'http', provider: 'ipify', family: 4, cost: 3 });
    expect(byId.get('opendns-dns-v6')).toMatchObject({ kind: 'dns', provider: 'opendns', family: 6, cost: 1 });
    expect(byId.get('google-stun-v4')).toMatchObject({ kind: 'stun', provider: 'google', family: 4, cost: 1 });
    expect(byId.get('cloudflare-trace-v6')).toMatchObject({ provider: 'cloudflare', family: 6 });
  });

  it('builtIn false keeps only custom sources', () => {
    const { sources: built, warnings } = buildSources(sources({ builtIn: false, custom: [customHttp] }), deps());
    expect(built.map((s) => s.id)).toEqual(['my-echo']);
    expect(warnings).toEqual([]);
  });

  it('drops disabled built-ins and warns about unknown disabled ids', () => {
    const { sources: built, warnings } = buildSources(sources({ disabled: ['ipify-v4', 'aws-v4', 'nope-v4'] }), deps());
    const ids = built.map((s) => s.id);
    expect(ids).not.toContain('ipify-v4');
    expect(ids).not.toContain('aws-v4');
    expect(ids).toContain('ipify-v6');
    expect(built.length).toBe(BUILTIN_SOURCE_IDS.length - 2);
    expect(warnings).toEqual(['sources.disabled: "nope-v4" is not a built-in source id']);
  });

  it('defaults a custom provider to its id and keeps an explicit one', () => {
    const custom = [
      customHttp,
      { id: 'my-dns', kind: 'dns', server: '127.0.0.1:5353', name: 'me.test', type: 'A', family: 4, provider: 'home' },
      { id: 'my-stun', kind: 'stun', server: '[::1]:3478', family: 6 },
    ];
    const { sources: built } = buildSources(sources({ builtIn: false, custom }), deps());
    expect(built.map((s) => [s.id, s.kind, s.provider, s.cost])).toEqual([
      ['my-echo', 'http', 'my-echo', 2],
      ['my-dns', 'dns', 'home', 1],
      ['my-stun', 'stun', 'my-stun', 1],
    ]);
  });

  it.each([true, false])('skips a custom source reusing a built-in id (built-in on: %s) with a warning', (builtIn) => {
    const clash = { ...customHttp, id: 'ipify-v4' };
    const { sources: built, warnings } = buildSources(sources({ builtIn, custom: [clash, customHttp] }), deps());
    expect(built.filter((s) => s.id === 'ipify-v4').map((s) => s.provider)).toEqual(builtIn ? ['ipify'] : []);
    expect(built.map((s) => s.id)).toContain('my-echo');
    expect(warnings).toEqual(['custom source "ipify-v4" skipped: the id is already used by another source']);
  });

  it('skips a custom source that cannot be built instead of throwing', () => {
    // The schema would refuse this server; buildSources must survive raw input anyway.
    const bad = { id: 'bad-stun', kind: 'stun' as const, server: 'no-port', family: 4 as const };
    const custom = [bad, customSourceSchema.parse(customHttp)];
    const { sources: built, warnings } = buildSources({ builtIn: false, disabled: [], custom }, deps());
    expect(built.map((s) => s.id)).toEqual(['my-echo']);
    expect(warnings).toEqual(['custom source "bad-stun" skipped: bad server address "no-port", expected host:port']);
  });
});
