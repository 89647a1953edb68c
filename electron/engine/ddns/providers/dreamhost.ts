/**
 * DreamHost's DNS API (https://help.dreamhost.com/hc/en-us/articles/217555707-DNS-API-commands,
 * https://help.dreamhost.com/hc/en-us/articles/217560167-API_overview), as qdm12/ddns-updater's
 * internal/provider/providers/dreamhost/provider.go sends it: every call a GET at the API's root
 * with the key, the command and format=json in the query (the API takes the key nowhere else).
 *
 *   ?cmd=dns-list_records                     -> {"result":"success","data":[{record,type,value,editable,...}]}
 *   ?cmd=dns-add_record&record=&type=&value=  -> {"result":"success","data":"record_added"}
 *   ?cmd=dns-remove_record&record=&type=&value= -> {"result":"success","data":"record_removed"}
 *   a refusal: 200 with {"result":"error","data":"invalid_api_key"} (no_such_zone, invalid_value...)
 *
 * There is no update: a change is two writes, the new record added, then the old one removed
 * (ddns-updater's order since its pull request #206: the name never holds nothing). When the add
 * fails nothing has changed and the attempt is retried; when the remove fails after the add, the
 * name holds both, and the next attempt finds the new one there and only removes the old (an old
 * value already gone, `no_such_value`, counts as removed). A
 * record DreamHost keeps for itself (editable "0") is a stop. `slow_down_bucko` (its rate limit,
 * per hour) and its internal errors are retries.
 */
import { randomUUID } from 'node:crypto';

import type { DdnsOutcome, DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiUrl } from '../one-request';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';
import { why } from '../why';

const HOUR = 60 * 60_000;

/** DreamHost's word in an error (`data`), spaced as words ("invalid api key"), or null. */
export function dreamhostSaid(body: unknown): string | null {
  const o = objectOf(body);
  if (o.result === 'success') return null;
  return typeof o.data === 'string' && /^[\w -]{1,80}$/.test(o.data) ? o.data.replace(/_/g, ' ') : 'error';
}

const dreamhostMessage = (text: string): string | null => {
  try {
    return dreamhostSaid(JSON.parse(text));
  } catch {
    return null;
  }
};

const bare = (name: unknown) => String(name).toLowerCase().replace(/\.$/, '');

function createUpdater(r: DdnsRecordOf<'dreamhost'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'DreamHost', label: `DreamHost ${r.name} ${r.type}` };
  const name = bare(r.name);
  const get = (cmd: string, more: Record<string, string> = {}) => ({
    method: 'GET' as const,
    url: apiUrl(r.apiBase, '/', { key: r.apiKey as string, cmd, format: 'json', ...more }),
    headers: { accept: 'application/json' },
  });
  /** One command's `data`, or the outcome its error comes to (a rate limit or an internal error passes). */
  async function run(call: JsonCall, cmd: string, more?: Record<string, string>, done?: string): Promise<unknown> {
    const got = await call(get(cmd, more));
    if (isDdnsOutcome(got)) return got;
    const o = objectOf(got);
    if (o.result === 'success') return o.data;
    if (o.result !== 'error') return apiOutcome('retry', api, 'notApi');
    const said = dreamhostSaid(got)!;
    if (said === done) return o.data;
    const passes = said === 'slow down bucko' || said.startsWith('internal error');
    const { text, code } = why('reason.ddns.apiRefused', { ...api, said });
    return { kind: passes ? 'retry' : 'stop', reason: text, code, ...(passes ? { afterMs: HOUR } : {}) } as DdnsOutcome;
  }
  // A remove of a value already gone (`no_such_value`: removed meanwhile) has done what it was for.
  const write = async (call: JsonCall, cmd: string, value: string) => {
    const more = { record: name, type: r.type, value, unique_id: randomUUID() };
    const done = await run(call, cmd, more, cmd === 'dns-remove_record' ? 'no such value' : undefined);
    return isDdnsOutcome(done) ? done : undefined;
  };
  return restRecordUpdater<null>(r, deps, {
    ...api,
    message: dreamhostMessage,
    async find(call) {
      const data = await run(call, 'dns-list_records');
      if (isDdnsOutcome(data)) return data;
      if (!Array.isArray(data)) return apiOutcome('retry', api, 'notApi');
      const rows = data.map(objectOf).filter((x) => bare(x.record) === name && x.type === r.type);
      if (rows.length === 0) return null;
      if (rows.some((x) => String(x.editable) === '0')) {
        // The list's own mark of a record DreamHost keeps for itself (its hosting's address).
        const { text, code } = why('reason.ddns.apiRefused', { ...api, said: 'editable 0' });
        return { kind: 'stop', reason: text, code };
      }
      return { holds: rows.map((x) => String(x.value)), ref: null };
    },
    async write(call, found, address) {
      if (!found.holds.includes(address)) {
        const added = await write(call, 'dns-add_record', address);
        if (added) return added;
      }
      for (const old of found.holds.filter((v) => v !== address)) {
        const removed = await write(call, 'dns-remove_record', old);
        if (removed) return removed;
      }
    },
    create: (call, address) => write(call, 'dns-add_record', address),
  });
}

/** ddns-updater's dreamhost entry (docs/dreamhost.md): `domain` is the host name, `key` the API key. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['dreamhost'],
  fields: (e, name) => ({ provider: 'dreamhost', name, apiKey: str(e.key) }),
};

export const dreamhost: DdnsProvider<'dreamhost'> = {
  id: 'dreamhost',
  label: 'DreamHost',
  create: createUpdater,
  fromDdnsUpdater,
};
