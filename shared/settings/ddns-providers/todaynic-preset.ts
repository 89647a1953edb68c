/**
 * The DNS API of Todaynic (时代互联, https://www.todaynic.com/docApi/) that Now.cn, Eranet and
 * Tnet.hk each serve at their own host: a record's settings (the domain, the name, the
 * AccessInstanceID and its secret, a TTL, the API's address) and its spec, made once here for
 * each provider's file (nowcn.ts, eranet.ts, tnethk.ts), as dyndns2 presets are. Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider, type DdnsProviderSpec } from './spec';

export const todaynicRecordSchema = <P extends string>(id: P, label: string, base: string) =>
  z.strictObject({
    ...common,
    provider: providerLiteral(id, label),
    domain: withMeta(dnsNameSchema, about('Domain', 'The domain whose DNS the provider serves, e.g. example.com.')),
    name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.com.')),
    accessInstanceId: withMeta(
      z.string().check(z.minLength(1, 'the AccessInstanceID is required'), z.maxLength(200)),
      about('AccessInstanceID (API ID)', "The API's AccessInstanceID from the provider's member centre."),
    ),
    secret: withMeta(
      secretField('the API secret'),
      about('AccessInstance secret', 'The secret shown with that AccessInstanceID, which signs each call.'),
    ),
    ttl: withMeta(
      z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 600),
      about('TTL (seconds)', 'How long resolvers may keep the record; 600 unless your plan allows shorter.'),
    ),
    apiBase: apiBase(base),
  });

/** One provider's spec over the shared record: its id, label, API host and key page. */
export function todaynicSpec<P extends string, S extends ReturnType<typeof todaynicRecordSchema<P>>>(
  id: DdnsProviderSpec<S>['id'],
  label: string,
  schema: S,
  base: string,
  keyUrl: string,
): DdnsProviderSpec<S> {
  const kinds = {
    domain: 'plain',
    name: 'plain',
    accessInstanceId: 'credential',
    secret: 'secret',
    ttl: 'plain',
    apiBase: 'url',
  };
  return ddnsProvider<S>({
    id,
    label,
    schema,
    kinds: kinds as never,
    destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: base }],
    where: (r) => {
      const x = r as { name: string; domain: string };
      return { name: x.name, zone: x.domain };
    },
    form: {
      fields: [
        { field: 'domain', example: 'example.com' },
        { field: 'name', example: 'home.example.com' },
        { field: 'accessInstanceId', example: 'ABCD1234' },
        { field: 'secret', kind: 'secret' },
        { field: 'ttl', kind: 'number' },
        { field: 'apiBase' },
      ],
      advanced: ['ttl', 'apiBase'],
    },
    keyUrl,
    apiDocs: 'https://www.todaynic.com/docApi/',
    rank: 20,
  });
}
