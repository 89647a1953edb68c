/**
 * DreamHost's own quirks beyond the providers' contract (contract/dreamhost.test.ts): a change is
 * an add and then the old record's remove (ddns-updater's order, its pull request #206), so the
 * name never holds nothing; a remove that fails after the add is retried, and the next attempt
 * only removes; its rate limit passes; a record DreamHost keeps for itself is a stop, untouched;
 * and ddns-updater's dreamhost entry (docs/dreamhost.md) becomes its record.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildUpdater, type DdnsUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { importDdnsUpdater } from '../../../../../electron/engine/ddns/import-ddns-updater';
import { createUdpClient } from '../../../../../electron/engine/net';
import { type DreamhostStandIn, startDreamhost } from '../../../../fakes/ddns/dreamhost';

const KEY = '6SHU5P2HLDAYECUM';
const HOST = 'home.example.org';
const udp = createUdpClient();
afterAll(() => udp.close());
const signal = new AbortController().signal;

function build(s: DreamhostStandIn): DdnsUpdater {
  const deps = { udp, http: createDdnsHttp({ timeoutMs: 500 }), clock: { now: () => Date.now() }, timeoutMs: 2000 };
  const record = { id: 'dh', provider: 'dreamhost', type: 'A', name: HOST, apiKey: KEY, apiBase: s.url };
  const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
  if (!built.ok) throw new Error(built.reason);
  return built.updater;
}

const commands = (s: DreamhostStandIn) => s.requests.map((r) => r.url.searchParams.get('cmd'));

describe('DreamHost', () => {
  let s: DreamhostStandIn;
  beforeEach(async () => {
    s = await startDreamhost(KEY, 'example.org');
    s.zone.add({ name: HOST, type: 'A', content: '192.0.2.1', ttl: 14_400 });
  });
  afterEach(() => s.close());

  it('changes a record by adding the new one, then removing the old', async () => {
    expect(await build(s).update('192.0.2.2', signal)).toMatchObject({ kind: 'updated' });
    expect(commands(s)).toEqual(['dns-list_records', 'dns-add_record', 'dns-remove_record']);
    const [, add, remove] = s.requests.map((r) => Object.fromEntries(r.url.searchParams));
    expect(add).toMatchObject({ record: HOST, type: 'A', value: '192.0.2.2', format: 'json' });
    expect(remove).toMatchObject({ record: HOST, type: 'A', value: '192.0.2.1' });
    expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.2']);
  });

  it('a remove refused after the add is a retry; the next attempt only removes', async () => {
    const u = build(s);
    s.refuse.set('dns-remove_record', 'internal_error_updating_zone');
    const first = await u.update('192.0.2.2', signal);
    expect(first).toMatchObject({ kind: 'retry' });
    expect(JSON.stringify(first)).toContain('internal error updating zone');
    expect(s.zone.holds(HOST, 'A').sort()).toEqual(['192.0.2.1', '192.0.2.2']);
    s.requests.length = 0;
    expect(await u.update('192.0.2.2', signal)).toMatchObject({ kind: 'updated' });
    expect(commands(s)).toEqual(['dns-list_records', 'dns-remove_record']);
    expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.2']);
  });

  it('an old value removed meanwhile (no_such_value) does not undo the change', async () => {
    s.refuse.set('dns-remove_record', 'no_such_value');
    expect(await build(s).update('192.0.2.2', signal)).toMatchObject({ kind: 'updated' });
    expect(commands(s)).toEqual(['dns-list_records', 'dns-add_record', 'dns-remove_record']);
  });

  it('an add refused leaves the old record as it was, and its rate limit passes in an hour', async () => {
    s.refuse.set('dns-add_record', 'slow_down_bucko');
    const out = await build(s).update('192.0.2.2', signal);
    expect(out).toMatchObject({ kind: 'retry', afterMs: 3_600_000 });
    expect(commands(s)).toEqual(['dns-list_records', 'dns-add_record']);
    expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.1']);
  });

  it('a record DreamHost keeps for itself (editable "0") is a stop, and nothing is written', async () => {
    s.locked.add([...s.zone.records.values()][0]!.id);
    const out = await build(s).update('192.0.2.2', signal);
    expect(out).toMatchObject({ kind: 'stop' });
    expect(commands(s)).toEqual(['dns-list_records']);
  });

  it('a name outside the account is refused in words, not as the raw body', async () => {
    const deps = { udp, http: createDdnsHttp({ timeoutMs: 500 }), clock: { now: () => Date.now() }, timeoutMs: 2000 };
    const record = { id: 'dh', provider: 'dreamhost', type: 'A', name: 'x.other.net', apiKey: KEY, apiBase: s.url };
    const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
    if (!built.ok) throw new Error(built.reason);
    const out = await built.updater.update('192.0.2.2', signal);
    expect(out).toMatchObject({ kind: 'stop' });
    expect(out.kind === 'stop' && out.reason).toContain('DreamHost refused the request: no such zone');
    expect(JSON.stringify(out)).not.toContain('"result"');
  });

  it("takes ddns-updater's dreamhost entry: the domain is the name, the key the API key", () => {
    const config = { settings: [{ provider: 'dreamhost', domain: 'domain.com', key: 'key', ip_version: 'ipv4' }] };
    const { records, refused } = importDdnsUpdater(config);
    expect(refused).toEqual([]);
    expect(records).toEqual([
      expect.objectContaining({ provider: 'dreamhost', type: 'A', name: 'domain.com', apiKey: 'key' }),
    ]);
  });
});
