/**
 * NS1's (IBM NS1 Connect) REST API v1 (https://www.ibm.com/docs/en/SSSYGZ/getting_started/using_the_ns1_connect_api.html:
 * X-NSONE-Key, PUT makes and POST changes; its API reference's Records: view, create, update), as
 * jeessy2/ddns-go's dns/nsone.go sends it: an API key in the X-NSONE-Key header; a record is named
 * by its zone, its full name and its type, and holds answers, each an `answer` list (an A
 * record's is its address). ns1/ns1-go's rest/record.go reads the same refusals by their words.
 *
 *   GET  /zones/{zone}/{name}/{type}                                -> {zone,domain,type,ttl,answers:[{id,answer:[...]}]}
 *   POST /zones/{zone}/{name}/{type} {answers:[{answer:[ip]}],ttl}  -> the record (the answers replaced)
 *   PUT  /zones/{zone}/{name}/{type} {zone,domain,type,answers,ttl} -> the record (made)
 *   a refusal: {"message":"..."}: 401 "Unauthorized", 404 "record not found" / "zone not found",
 *   400 "record already exists"; 429 past the key's token bucket (X-RateLimit-Limit/-Remaining/-Period)
 *
 * ddns-go takes any failed look as "no record" and makes one; here only a 404 that does not name
 * the zone does, and every other refusal is said in NS1's words.
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { recordSetUpdater } from '../record-set';
import { objectOf } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** NS1's own words in a refusal's body (`message`), or null. */
export function nsoneMessage(body: string): string | null {
  try {
    return str(objectOf(JSON.parse(body)).message)?.trim() || null;
  } catch {
    return null;
  }
}

/** The addresses a record's answers hold: each answer's first field (its address for A and AAAA). */
const answersOf = (v: unknown): string[] | null =>
  Array.isArray(v)
    ? v.map((a) => objectOf(a).answer).flatMap((x) => (Array.isArray(x) && typeof x[0] === 'string' ? [x[0]] : []))
    : null;

function createUpdater(r: DdnsRecordOf<'nsone'>, deps: DdnsDeps): DdnsUpdater {
  const answers = (address: string) => [{ answer: [address] }];
  return recordSetUpdater(r, deps, {
    provider: 'NS1',
    label: `NS1 ${r.name} ${r.type}`,
    message: nsoneMessage,
    headers: { 'x-nsone-key': r.apiKey as string, accept: 'application/json' },
    holdsIn: (set) => answersOf(set.answers),
    write: { method: 'POST', body: (address) => JSON.stringify({ answers: answers(address), ttl: r.ttl }) },
    create: {
      method: 'PUT',
      body: (address) =>
        JSON.stringify({ zone: r.zone, domain: r.name, type: r.type, answers: answers(address), ttl: r.ttl }),
    },
  });
}

/** ddns-go's nsone entry (dns/nsone.go): `secret` is the API key; its TTL is 60 when unset. */
const fromDdnsGo: ImportsFrom = {
  names: ['nsone'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'nsone',
      zone: str(e.zone) ?? getDomain(name) ?? name,
      name,
      apiKey: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 ? ttl : 60,
    };
  },
};

export const nsone: DdnsProvider<'nsone'> = {
  id: 'nsone',
  label: 'NS1',
  create: createUpdater,
  fromDdnsGo,
};
