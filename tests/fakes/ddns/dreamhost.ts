/**
 * A stand-in for DreamHost's DNS API, from its documentation
 * (https://help.dreamhost.com/hc/en-us/articles/217555707-DNS-API-commands: dns-list_records,
 * dns-add_record and dns-remove_record, a GET with `key`, `cmd` and `format`; remove takes the
 * same record, type and value as add) and qdm12/ddns-updater's request code
 * (internal/provider/providers/dreamhost/provider.go: `result` "success" or not, `data` the list
 * or the word), with the errors scripts meet (clempaul/dreamhost-dynamic-dns issues #7 and #9:
 * `record_already_exists_remove_first` for the same value added twice, `no_such_value` for a
 * remove of a value the name does not hold). Every answer is HTTP 200; the key must have the dns
 * functions; a name outside the account's domains is `no_such_zone`; records DreamHost keeps for
 * itself are listed with editable "0" and refuse a remove (its word for that, record_not_editable,
 * is this stand-in's: the documentation does not give one; IPWatch stops before it).
 */
import { isIPv4, isIPv6 } from 'node:net';

import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';

export interface DreamhostStandIn extends HttpStandIn {
  zone: Zone;
  /** Records the API lists with editable "0" (by id). */
  locked: Set<string>;
  /** A command to refuse with this word (`internal_error_updating_zone`, `slow_down_bucko`), once each. */
  refuse: Map<string, string>;
}

const json = (result: 'success' | 'error', data: unknown): Reply => ({
  status: 200,
  body: JSON.stringify({ result, data }),
  headers: { 'content-type': 'application/json' },
});

const valid = (type: string, value: string) => (type === 'A' ? isIPv4(value) : type === 'AAAA' ? isIPv6(value) : true);

export async function startDreamhost(key: string, domain: string): Promise<DreamhostStandIn> {
  const zone = createZone(domain);
  const locked = new Set<string>();
  const refuse = new Map<string, string>();
  const stand = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    if (req.url.pathname !== '/') return { status: 404, body: 'Not Found' };
    if (q.get('key') !== key) return json('error', 'invalid_api_key');
    const cmd = q.get('cmd') ?? '';
    const said = refuse.get(cmd);
    if (said) {
      refuse.delete(cmd);
      return json('error', said);
    }
    if (cmd === 'dns-list_records') {
      const data = [...zone.records.values()].map((r) => ({
        account_id: '1000',
        zone: domain,
        record: r.name,
        type: r.type,
        value: r.content,
        comment: '',
        editable: locked.has(r.id) ? '0' : '1',
      }));
      return json('success', data);
    }
    if (cmd !== 'dns-add_record' && cmd !== 'dns-remove_record') return json('error', 'no_cmd');
    const [record, type, value] = [q.get('record') ?? '', q.get('type') ?? '', q.get('value') ?? ''];
    if (!record) return json('error', 'no_record');
    if (!type) return json('error', 'no_type');
    if (!value) return json('error', 'no_value');
    const name = record.toLowerCase().replace(/\.$/, '');
    if (name !== domain && !name.endsWith(`.${domain}`)) return json('error', 'no_such_zone');
    const same = zone.find(name, type).find((r) => r.content === value);
    if (cmd === 'dns-add_record') {
      if (!valid(type, value)) return json('error', 'invalid_value');
      if (same) return json('error', 'record_already_exists_remove_first');
      zone.add({ name, type, content: value, ttl: 14_400 });
      zone.writes++;
      return json('success', 'record_added');
    }
    if (!same) return json('error', 'no_such_value');
    if (locked.has(same.id)) return json('error', 'record_not_editable');
    zone.records.delete(same.id);
    zone.writes++;
    return json('success', 'record_removed');
  });
  return Object.assign(stand, { zone, locked, refuse });
}
