/**
 * Lists of items of several kinds (DDNS records by provider, monitors by type, custom sources by
 * kind): an item's kind
 * read from its field, the kind's fields split into shown and folded in their form's order, an
 * item switched to another kind, and "saved as shown". Table-driven over the real sections.
 */
import { describe, expect, it } from 'vitest';

import { ddnsKinds } from '../../renderer/src/settings/ddns/forms';
import { type ItemKinds, kindFields, kindOf, sameAs } from '../../renderer/src/settings/items/kinds';
import { monitorKinds } from '../../renderer/src/settings/monitors/monitor-forms';
import { sourceKinds } from '../../renderer/src/settings/sources/forms';
import { english } from '../../shared/i18n/translators';
import { DDNS_PROVIDERS } from '../../shared/settings/ddns';

const paths = (specs: { path: string[] }[]) => specs.map((s) => s.path.join('.'));
const ddns = ddnsKinds(english) as ItemKinds<string>;
const monitors = monitorKinds(english) as ItemKinds<string>;
const sources = sourceKinds(english) as ItemKinds<string>;

describe('the DDNS providers offered', () => {
  it('lists every provider once, most used first, RFC 2136 (the expert’s) last', () => {
    expect([...ddns.ids].sort()).toEqual([...DDNS_PROVIDERS].sort());
    // The most used first (each provider file's rank); RFC 2136 last.
    expect(ddns.ids.slice(0, 4)).toEqual(['cloudflare', 'duckdns', 'dyndns2', 'desec']);
    expect(ddns.ids.at(-1)).toBe('rfc2136');
  });
});

describe('kindOf', () => {
  it.each<[string, ItemKinds<string>, Record<string, unknown>, string | null]>([
    ['a known provider', ddns, { provider: 'duckdns' }, 'duckdns'],
    ['a provider of a newer version', ddns, { provider: 'nosuchdns' }, null],
    ['no provider', ddns, {}, null],
    ['a known monitor type', monitors, { type: 'http' }, 'http'],
    ['a provider name in the type field', monitors, { type: 'duckdns' }, null],
  ])('%s', (_label, kinds, item, kind) => expect(kindOf(kinds, item)).toBe(kind));
});

describe('kindFields', () => {
  it.each<[string, ItemKinds<string>, string | null, Record<string, unknown>, string[], string[]]>([
    [
      'RFC 2136: port, TTL and algorithm folded',
      ddns,
      'rfc2136',
      {},
      ['id', 'type', 'server', 'zone', 'name', 'keyName', 'secret', 'enabled'],
      ['port', 'ttl', 'algorithm'],
    ],
    [
      'dyndns2: nothing folded',
      ddns,
      'dyndns2',
      {},
      ['id', 'type', 'server', 'username', 'password', 'hostname', 'enabled'],
      [],
    ],
    [
      'a TCP monitor: timing folded',
      monitors,
      'tcp',
      {},
      ['name', 'id', 'host', 'port', 'family', 'enabled'],
      ['intervalSec', 'timeoutSec', 'downAfter'],
    ],
    [
      'a JSON source: the field to read is asked for',
      sources,
      'http',
      { format: 'json' },
      ['id', 'url', 'format', 'field', 'family'],
      ['provider'],
    ],
    [
      'a text source: no field to read',
      sources,
      'http',
      { format: 'text' },
      ['id', 'url', 'format', 'family'],
      ['provider'],
    ],
    [
      'a DNS source: class and provider folded',
      sources,
      'dns',
      {},
      ['id', 'server', 'name', 'type', 'family'],
      ['class', 'provider'],
    ],
    [
      'an AAAA record: which address it publishes',
      ddns,
      'duckdns',
      { type: 'AAAA' },
      ['id', 'type', 'address', 'domain', 'token', 'enabled'],
      ['apiBase'],
    ],
    [
      'an A record given an address: shown, so its refusal can be fixed',
      ddns,
      'duckdns',
      { type: 'A', address: 'stable' },
      ['id', 'type', 'address', 'domain', 'token', 'enabled'],
      ['apiBase'],
    ],
    [
      'an A record: no address asked',
      ddns,
      'duckdns',
      { type: 'A' },
      ['id', 'type', 'domain', 'token', 'enabled'],
      ['apiBase'],
    ],
    ['an unknown kind: no field', ddns, null, {}, [], []],
  ])('%s', (_label, kinds, kind, item, shown, folded) => {
    const [s, f] = kindFields(kinds, kind, item);
    expect([paths(s), paths(f)]).toEqual([shown, folded]);
  });
});

describe('withKind', () => {
  it.each<[string, ItemKinds<string>, Record<string, unknown>, string, Record<string, unknown>]>([
    [
      'a record keeps its id, type and off',
      ddns,
      { id: 'cf6', provider: 'cloudflare', type: 'AAAA', enabled: false, token: 't', name: 'v6.example.com' },
      'desec',
      { id: 'cf6', provider: 'desec', enabled: false, type: 'AAAA', hostname: '', token: '' },
    ],
    [
      'an AAAA record keeps the address it publishes',
      ddns,
      { id: 'v6', provider: 'duckdns', type: 'AAAA', address: '::1:2:3:4', domain: 'home', token: 't' },
      'desec',
      { id: 'v6', provider: 'desec', enabled: true, type: 'AAAA', address: '::1:2:3:4', hostname: '', token: '' },
    ],
    [
      'a monitor keeps its name and timing',
      monitors,
      { id: 'ssh', name: 'SSH', type: 'tcp', host: 'h', port: 22, intervalSec: 30 },
      'dns',
      { id: 'ssh', name: 'SSH', intervalSec: 30, type: 'dns', host: '' },
    ],
    [
      'a source keeps its id and family',
      sources,
      { id: 'echo', kind: 'http', url: 'https://ip.example.org/', format: 'json', field: 'ip', family: 6 },
      'stun',
      { id: 'echo', kind: 'stun', server: '', family: 6 },
    ],
  ])('%s', (_label, kinds, item, kind, next) => expect(kinds.withKind(item, kind)).toEqual(next));
});

describe('sameAs', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['saved as shown', { id: 'a', port: 1 }, { id: 'a', port: 1 }, true],
    ['changed on the page', { id: 'a', port: 2 }, { id: 'a', port: 1 }, false],
    ['never saved', { id: 'a' }, undefined, false],
  ])('%s', (_label, draft, stored, same) => expect(sameAs(draft, stored)).toBe(same));
});
