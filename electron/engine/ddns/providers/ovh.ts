/**
 * OVHcloud's API (https://help.ovhcloud.com/csm/en-api-getting-started-ovhcloud-api, the
 * /domain/zone console at https://eu.api.ovh.com/console/), signed as sign/ovh.ts says, as
 * qdm12/ddns-updater's internal/provider/providers/ovh/ (getrecords.go, updaterecord.go,
 * createrecord.go, refresh.go, headers.go) sends it: the time is OVH's (GET /auth/time, unsigned,
 * each attempt), a change is applied by a zone refresh.
 *
 *   GET  /auth/time                                             -> 1700000000
 *   GET  /domain/zone/{zone}/record?fieldType=A&subDomain={sub} -> [ids]
 *   GET  /domain/zone/{zone}/record/{id}                        -> {id,fieldType,subDomain,target,ttl,zone}
 *   PUT  /domain/zone/{zone}/record/{id}  {target,ttl}          -> null
 *   POST /domain/zone/{zone}/record  {fieldType,subDomain,target,ttl} -> the record
 *   POST /domain/zone/{zone}/refresh                            -> null
 *   a refusal: {"class":"Client::Forbidden","message":"This credential does not exist","errorCode":...}
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import { ovhHeaders } from '../sign/ovh';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** OVH's own words in a refusal's body (`message`), or null. */
export function ovhMessage(body: string): string | null {
  try {
    const m = objectOf(JSON.parse(body)).message;
    return typeof m === 'string' && m.trim() ? m.trim() : null;
  } catch {
    return null;
  }
}

const subOf = (name: string, zone: string): string => (name === zone ? '' : name.slice(0, -zone.length - 1));

function createUpdater(r: DdnsRecordOf<'ovh'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'OVHcloud', label: `OVHcloud ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const key = { appKey: r.appKey, appSecret: r.secret as string, consumerKey: r.token as string };
  const zone = `${base}/domain/zone/${encodeURIComponent(r.domain)}`;
  const sub = subOf(r.name, r.domain);
  /** One signed call at OVH's time (asked first, as its clock is the one that counts). */
  const signed = async (call: JsonCall, method: 'GET' | 'PUT' | 'POST', url: string, data?: unknown) => {
    const time = await call({ method: 'GET', url: `${base}/auth/time` });
    if (isDdnsOutcome(time)) return time;
    if (typeof time !== 'number' || !Number.isSafeInteger(time)) return apiOutcome('retry', api, 'notApi');
    const body = data === undefined ? undefined : JSON.stringify(data);
    const headers = ovhHeaders(key, method, url, body ?? '', time);
    return call({ method, url, headers, ...(body === undefined ? {} : { body }) });
  };
  const refresh = async (call: JsonCall) => {
    const done = await signed(call, 'POST', `${zone}/refresh`);
    return isDdnsOutcome(done) ? done : undefined;
  };
  return restRecordUpdater<number>(r, deps, {
    ...api,
    message: ovhMessage,
    headers: { 'x-ovh-application': r.appKey },
    async find(call) {
      const query = new URLSearchParams({ fieldType: r.type, subDomain: sub });
      const ids = await signed(call, 'GET', `${zone}/record?${query}`);
      if (isDdnsOutcome(ids)) return ids;
      if (!Array.isArray(ids) || !ids.every((id) => Number.isSafeInteger(id)))
        return apiOutcome('retry', api, 'notApi');
      if (ids.length === 0) return null;
      if (ids.length > 1) return apiOutcome('stop', api, 'several', { count: ids.length });
      const got = await signed(call, 'GET', `${zone}/record/${ids[0] as number}`);
      if (isDdnsOutcome(got)) return got;
      const target = objectOf(got).target;
      if (typeof target !== 'string') return apiOutcome('retry', api, 'notApi');
      return { holds: [target], ref: ids[0] as number };
    },
    async write(call, found, address) {
      const done = await signed(call, 'PUT', `${zone}/record/${found.ref}`, { target: address, ttl: r.ttl });
      return isDdnsOutcome(done) ? done : refresh(call);
    },
    async create(call, address) {
      const made = { fieldType: r.type, subDomain: sub, target: address, ttl: r.ttl };
      const done = await signed(call, 'POST', `${zone}/record`, made);
      return isDdnsOutcome(done) ? done : refresh(call);
    },
  });
}

/** ddns-updater's short endpoint names (internal/provider/providers/ovh/endpoints.go). */
const ENDPOINTS: Record<string, string> = {
  'ovh-eu': 'https://eu.api.ovh.com/1.0',
  'ovh-ca': 'https://ca.api.ovh.com/1.0',
  'ovh-us': 'https://api.us.ovhcloud.com/1.0',
  'kimsufi-eu': 'https://eu.api.kimsufi.com/1.0',
  'kimsufi-ca': 'https://ca.api.kimsufi.com/1.0',
  'soyoustart-eu': 'https://eu.api.soyoustart.com/1.0',
  'soyoustart-ca': 'https://ca.api.soyoustart.com/1.0',
};

/**
 * ddns-updater's ovh entry (docs/ovh.md): mode "api" is the zone API (app_key, app_secret,
 * consumer_key, api_endpoint); otherwise DynHost, OVH's dyndns2 server with the DynHost login.
 */
const fromDdnsUpdater: ImportsFrom = {
  names: ['ovh'],
  fields: (e, name) => {
    if (e.mode !== 'api')
      return {
        provider: 'dyndns2',
        server: 'https://www.ovh.com',
        username: e.username,
        password: e.password,
        hostname: name,
      };
    const endpoint = str(e.api_endpoint) ?? 'ovh-eu';
    const apiBase = ENDPOINTS[endpoint] ?? (/^https?:\/\//.test(endpoint) ? endpoint : undefined);
    if (!apiBase) return `an OVH api_endpoint IPWatch does not know: ${endpoint}`;
    return {
      provider: 'ovh',
      domain: getDomain(name) ?? name,
      name: name.replace(/^\*\./, ''),
      appKey: e.app_key,
      secret: e.app_secret,
      token: e.consumer_key,
      apiBase,
    };
  },
};

export const ovh: DdnsProvider<'ovh'> = {
  id: 'ovh',
  label: 'OVHcloud',
  create: createUpdater,
  fromDdnsUpdater,
};
