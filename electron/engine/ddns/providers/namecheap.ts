/**
 * Namecheap's Dynamic DNS
 * (https://www.namecheap.com/support/knowledgebase/article.aspx/29/11/how-to-dynamically-update-the-hosts-ip-with-an-http-request/),
 * as qdm12/ddns-updater's internal/provider/providers/namecheap/provider.go and jeessy2/ddns-go's
 * dns/namecheap.go send and read it: one GET with the host (its owner name, "@" for the domain
 * itself), the domain, the domain's Dynamic DNS password and the address. IPv4 only (the schema
 * refuses AAAA). The answer is XML, the same whether the record changed or not, so an accepted
 * update is `updated` (the keeper sends nothing when the zone's servers already hold the address).
 *
 *   GET /update?host=OWNER&domain=DOMAIN&password=P&ip=A
 *
 *   answer (200, <interface-response>)             | outcome
 *   -----------------------------------------------+----------------------------------------------
 *   <ErrCount>0</ErrCount> and <IP>A</IP> (or none) | updated
 *   <IP> another address                           | retry: not what was sent (ddns-updater's check)
 *   <Err1>Passwords do not match</Err1>            | stop: refused, in words
 *   <Err1>Domain name not found</Err1>             | stop: no such domain at Namecheap
 *   <Err1>No Records updated. A record not Found;  | stop: no such host record: make it once
 *   any other <Err1>                               | stop: refused (Namecheap's words not shown)
 *   not that XML                                   | retry: not Namecheap's answer (a proxy's page)
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { readXml, textOf, type XmlElement } from '../../format/xml';
import { type ImportsFrom, str } from '../import-entry';
import { apiUrl, oneRequestUpdater, saidOneOf } from '../one-request';
import { apiOutcome } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';
import { why } from '../why';

/** The refusals Namecheap's Dynamic DNS writes in <Err1> that mean the password or the domain is wrong. */
const REFUSALS = ['Passwords do not match', 'Domain name not found', 'Invalid IP', 'Invalid host'] as const;

const readAnswer = (body: string): XmlElement | null => {
  try {
    const root = readXml(body.slice(0, 16_384), 'Namecheap answer');
    return root.children[0]?.name === 'interface-response' ? root.children[0] : null;
  } catch {
    return null;
  }
};

export function readNamecheap(body: string, address: string, api: { provider: string; label: string }): DdnsOutcome {
  const answer = readAnswer(body);
  const count = answer ? textOf(answer, 'ErrCount') : undefined;
  if (!answer || count === undefined || !/^\d+$/.test(count)) return apiOutcome('retry', api, 'notApi');
  const err = textOf(answer, 'Err1') ?? '';
  if (count !== '0' || err !== '') {
    if (/record not found/i.test(err)) return apiOutcome('stop', api, 'noRecord');
    const said = saidOneOf(err, REFUSALS);
    if (!said) return apiOutcome('stop', api, 'noReason');
    const { text, code } = why('reason.ddns.apiRefused', { ...api, said });
    return { kind: 'stop', reason: text, code };
  }
  const ip = textOf(answer, 'IP') ?? '';
  if (ip !== '' && ip !== address) return apiOutcome('retry', api, 'other');
  return { kind: 'updated', detail: `${api.label}: set to ${address}` };
}

/** The host Namecheap wants: the owner name under the domain, "@" for the domain itself. */
export const ownerOf = (name: string, domain: string): string =>
  name === domain ? '@' : name.endsWith(`.${domain}`) ? name.slice(0, -domain.length - 1) : name;

function createUpdater(r: DdnsRecordOf<'namecheap'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Namecheap', label: `Namecheap ${r.name} ${r.type}` };
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address) => ({
      method: 'GET',
      url: apiUrl(r.apiBase, 'update', {
        host: ownerOf(r.name, r.domain),
        domain: r.domain,
        password: r.password as string,
        ip: address,
      }),
    }),
    read: (body, address) => readNamecheap(body, address, api),
  });
}

/** ddns-updater's namecheap entry (docs/namecheap.md): `domain` and `password`; a wildcard's `*.` dropped. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['namecheap'],
  ipv4Only: true,
  fields: (e, name) => {
    const full = name.replace(/^\*\./, '');
    return { provider: 'namecheap', domain: getDomain(full) ?? full, name: full, password: e.password };
  },
};

/** ddns-go's namecheap entry: `secret` is the Dynamic DNS password; the domain comes with the record. */
const fromDdnsGo: ImportsFrom = {
  names: ['namecheap'],
  fields: (e, name) => ({
    provider: 'namecheap',
    domain: getDomain(name) ?? name,
    name,
    password: str(e.secret) ?? str(e.Secret),
  }),
};

export const namecheap: DdnsProvider<'namecheap'> = {
  id: 'namecheap',
  label: 'Namecheap',
  create: createUpdater,
  fromDdnsUpdater,
  fromDdnsGo,
};
