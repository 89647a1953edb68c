/**
 * The built-in families' switches (settings `egress.echo`, `egress.stun`, `egress.dnsDetection`,
 * issue 63): the monitor builds, and the egress inventory lists, the same built-in sources.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { declaredDestinations } from '../../../../electron/engine/egress/inventory';
import { createHttpClient } from '../../../../electron/engine/net/http';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { buildSources } from '../../../../electron/engine/sources/registry';
import { parseSettings, type Settings } from '../../../../shared/settings';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

function settingsOf(raw: Record<string, unknown>): Settings {
  const r = parseSettings(raw);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.settings;
}

describe('the built-in families switched off', () => {
  it.each([
    [{}, ['dns', 'http', 'stun']],
    [{ egress: { echo: false } }, ['dns', 'stun']],
    [{ egress: { stun: false } }, ['dns', 'http']],
    [{ egress: { dnsDetection: false } }, ['http', 'stun']],
    [{ egress: { echo: false, stun: false, dnsDetection: false } }, []],
  ])('%j builds %j, and the inventory lists exactly those sources', (raw, kinds) => {
    const settings = settingsOf(raw);
    const net = { http: createHttpClient({ userAgent: 'test' }), udp: createUdpClient() };
    cleanup.push(
      () => net.http.close(),
      () => net.udp.close(),
    );
    const deps = { net, timeoutMs: 1000, userAgent: 'test', now: Date.now };
    const { sources } = buildSources(settings.sources, deps, settings.egress);
    expect([...new Set(sources.map((s) => s.kind))].sort()).toEqual(kinds);
    const listed = declaredDestinations(settings, { dnsServers: [], proxies: [] })
      .filter((d) => d.id.startsWith('source:'))
      .map((d) => d.id.slice('source:'.length));
    expect(listed.sort()).toEqual(sources.map((s) => s.id).sort());
  });
});
