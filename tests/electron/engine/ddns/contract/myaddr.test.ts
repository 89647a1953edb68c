/** myaddr.tools against its stand-in (tests/fakes/ddns/myaddr.ts): the providers' contract. */
import { describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { readMyaddr } from '../../../../../electron/engine/ddns/providers/myaddr';
import { startMyaddr } from '../../../../fakes/ddns/myaddr';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEY = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

providerContract('myaddr.tools', {
  start: () => startMyaddr(ZONE, { [KEY]: HOST }),
  record: (s, o) => ({
    id: `myaddr-${o.type.toLowerCase()}`,
    provider: 'myaddr',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    name: HOST,
    apiKey: o.wrongCredentials ? 'wrong' : KEY,
    apiBase: s.url,
  }),
  creates: true,
  oneRequest: true,
  sameAnswer: true,
  isWrite: (r) => r.url.pathname === '/update',
});

describe('myaddr.tools: its answers, read; the key never in a URL', () => {
  const api = { provider: 'myaddr.tools', label: 'myaddr.tools home.example.org A' };
  it.each([
    ['OK', 'updated'],
    ['OK\n', 'updated'],
    ['<html>maintenance</html>', 'retry'],
    ['', 'retry'],
  ])('%j is %s', (body, kind) => {
    const out = readMyaddr(body, '192.0.2.1', api);
    expect(out.kind).toBe(kind);
    expect(JSON.stringify(out)).not.toContain('maintenance');
  });

  it('sends the key in the form body only', async () => {
    const s = await startMyaddr(ZONE, { [KEY]: HOST });
    try {
      const record = { id: 'm', provider: 'myaddr', type: 'A', name: HOST, apiKey: KEY, apiBase: s.url };
      const deps = {
        udp: null as never,
        http: createDdnsHttp({ timeoutMs: 500 }),
        clock: { now: () => Date.now() },
        timeoutMs: 2000,
      };
      const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
      if (!built.ok) throw new Error(built.reason);
      expect((await built.updater.update('192.0.2.1', new AbortController().signal)).kind).toBe('updated');
      expect(s.requests).toHaveLength(1);
      expect(s.requests[0]!.url.toString()).not.toContain(KEY);
      expect(new URLSearchParams(s.requests[0]!.body).get('key')).toBe(KEY);
    } finally {
      await s.close();
    }
  });
});
