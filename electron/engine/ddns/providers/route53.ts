/**
 * Amazon Route 53's REST API (https://docs.aws.amazon.com/Route53/latest/APIReference/:
 * ListResourceRecordSets, ChangeResourceRecordSets), signed with AWS SigV4 (sign/aws.ts, region
 * us-east-1, service route53), as qdm12/ddns-updater's internal/provider/providers/route53/
 * (api.go, provider.go) sends the change: one UPSERT, which makes or changes the record. Unlike
 * ddns-updater, the record is read first, so nothing is sent when it already holds the address
 * (the key needs route53:ListResourceRecordSets as well as ChangeResourceRecordSets).
 *
 *   GET  /2013-04-01/hostedzone/{id}/rrset?name={fqdn}.&type={A|AAAA}&maxitems=1
 *        -> <ListResourceRecordSetsResponse><ResourceRecordSets><ResourceRecordSet><Name>...
 *           (the sets from that name and type on, in Route 53's order: the first may be another)
 *   POST /2013-04-01/hostedzone/{id}/rrset/  <ChangeResourceRecordSetsRequest> UPSERT {Name,Type,TTL,Value}
 *        -> <ChangeResourceRecordSetsResponse><ChangeInfo><Status>PENDING</Status>...
 *   a refusal: <ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>...</Message></Error>
 *        (403 for a key, 404 NoSuchHostedZone, 400 InvalidChangeBatch); two 400s pass by
 *        themselves and are retried, not a stop: Throttling ("Rate exceeded", AWS's common errors)
 *        and PriorRequestNotComplete (ChangeResourceRecordSets' errors: a change still in progress)
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { elementsNamed, readXml, textOf, type XmlElement } from '../../format/xml';
import type { ImportsFrom } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, restRecordUpdater } from '../rest-record';
import { signAws } from '../sign/aws';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

const XMLNS = 'https://route53.amazonaws.com/doc/2013-04-01/';

/** Route 53's own words in an error body (its Error's Message, else its Code), or null. */
export function route53Message(body: string): string | null {
  const root = readXml(body.slice(0, 16_384), 'Route 53 error');
  const said = textOf(root, 'Message') || textOf(root, 'Code');
  return said ? said : null;
}

/** Route 53's 400s that pass by themselves (AWS: "retry the request"): a rate limit, a change still in progress. */
export const route53Passes = (answer: { status: number; body: string }): boolean =>
  answer.status === 400 &&
  /<Code>\s*(Throttling|PriorRequestNotComplete)\s*<\/Code>/.test(answer.body.slice(0, 16_384));

/** A name as Route 53 writes it back (lower case, a root dot, `*` as \052), as the settings write it. */
const plainName = (n: string) => n.replace(/\\052/g, '*').replace(/\.$/, '').toLowerCase();

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ChangeResourceRecordSets' body: one UPSERT of `name` holding `address`. */
export function upsertBody(name: string, type: string, ttl: number, address: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<ChangeResourceRecordSetsRequest xmlns="${XMLNS}"><ChangeBatch>` +
    `<Comment>IPWatch</Comment><Changes><Change><Action>UPSERT</Action><ResourceRecordSet>` +
    `<Name>${xmlText(name)}.</Name><Type>${type}</Type><TTL>${ttl}</TTL>` +
    `<ResourceRecords><ResourceRecord><Value>${xmlText(address)}</Value></ResourceRecord></ResourceRecords>` +
    `</ResourceRecordSet></Change></Changes></ChangeBatch></ChangeResourceRecordSetsRequest>`
  );
}

/** The answer's top element when it is `name` (Route 53's answer to this call), else null. */
const answerOf = (body: unknown, name: string): XmlElement | null => {
  const top = (body as XmlElement | undefined)?.children?.[0];
  return top?.name === name ? top : null;
};

function createUpdater(r: DdnsRecordOf<'route53'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Route 53', label: `Route 53 ${r.name} ${r.type}` };
  const zonePath = `${r.apiBase.replace(/\/+$/, '')}/2013-04-01/hostedzone/${encodeURIComponent(r.zoneId)}`;
  const key = {
    accessKeyId: r.accessKeyId,
    secretAccessKey: r.secret as string,
    region: 'us-east-1',
    service: 'route53',
  };
  const signed = (method: 'GET' | 'POST', url: string, body?: string) => {
    const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'text/xml' };
    return {
      method,
      url,
      headers: signAws({ method, url, headers, ...(body === undefined ? {} : { body }) }, key, new Date()),
      ...(body === undefined ? {} : { body }),
    };
  };
  const upsert = async (call: JsonCall, address: string) => {
    const done = await call(signed('POST', `${zonePath}/rrset/`, upsertBody(r.name, r.type, r.ttl, address)));
    if (isDdnsOutcome(done)) return done;
    return answerOf(done, 'ChangeResourceRecordSetsResponse') ? undefined : apiOutcome('retry', api, 'notApi');
  };
  return restRecordUpdater<null>(r, deps, {
    ...api,
    message: route53Message,
    passes: route53Passes,
    parse: (text) => readXml(text, 'Route 53 answer'),
    async find(call) {
      const query = new URLSearchParams({ name: `${r.name}.`, type: r.type, maxitems: '1' });
      const got = await call(signed('GET', `${zonePath}/rrset?${query}`));
      if (isDdnsOutcome(got)) return got;
      const list = answerOf(got, 'ListResourceRecordSetsResponse');
      if (!list) return apiOutcome('retry', api, 'notApi');
      const set = elementsNamed(list, 'ResourceRecordSet').find(
        (s) => plainName(textOf(s, 'Name') ?? '') === r.name && textOf(s, 'Type') === r.type,
      );
      if (!set) return null;
      return { holds: elementsNamed(set, 'Value').map((v) => v.text.trim()), ref: null };
    },
    write: (call, _found, address) => upsert(call, address),
    create: upsert,
  });
}

/** ddns-updater's route53 entry (docs/route53.md): access_key, secret_key, zone_id, ttl (300 by default). */
const fromDdnsUpdater: ImportsFrom = {
  names: ['route53'],
  fields: (e, name) => ({
    provider: 'route53',
    zoneId: e.zone_id,
    name: name.replace(/^\*\./, ''),
    accessKeyId: e.access_key,
    secret: e.secret_key,
    ...(typeof e.ttl === 'number' ? { ttl: Math.min(86_400, Math.max(1, e.ttl)) } : {}),
  }),
};

export const route53: DdnsProvider<'route53'> = {
  id: 'route53',
  label: 'Amazon Route 53',
  create: createUpdater,
  fromDdnsUpdater,
};
