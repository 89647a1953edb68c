/**
 * netcup's CCP DNS API (https://ccp.netcup.net/run/webservice/servers/endpoint.php, its help at
 * https://helpcenter.netcup.com/en/wiki/general/our-api), with the customer number, an API key and
 * the one API password made in the customer control panel: the record's settings, and what the
 * Settings page, the credentials table and the destinations know of it (spec.ts). netcup keeps one
 * TTL for the whole zone (set in the panel), so a record has none. Pure.
 */
import * as z from 'zod/mini';

import { about, withMeta } from '../schema-common';
import { apiBase, common, dnsNameSchema, providerLiteral, secretField } from './fields';
import { ddnsProvider } from './spec';

export const NETCUP_API = 'https://ccp.netcup.net/run/webservice/servers/endpoint.php';

export const netcupRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('netcup', 'netcup'),
  domain: withMeta(
    dnsNameSchema,
    about('Domain', 'The domain as the customer control panel lists it, e.g. example.org.'),
  ),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  customerNumber: withMeta(
    z.string().check(z.minLength(1, 'the customer number is required'), z.maxLength(40)),
    about('Customer number at netcup', 'The number shown next to your name in the customer control panel.'),
  ),
  apiKey: withMeta(secretField('the API key'), about('API key', 'A key made in the customer control panel under API.')),
  password: withMeta(
    secretField('the API password'),
    about('API password', 'The one API password of the account (not its login password), made beside the keys.'),
  ),
  apiBase: apiBase(NETCUP_API),
});

export const netcupSpec = ddnsProvider({
  id: 'netcup',
  label: 'netcup',
  schema: netcupRecordSchema,
  kinds: {
    domain: 'plain',
    name: 'plain',
    customerNumber: 'credential',
    apiKey: 'secret',
    password: 'secret',
    apiBase: 'url',
  },
  destinations: [{ field: 'apiBase', word: 'apiAddress', fallback: NETCUP_API }],
  where: (r) => ({ name: r.name, zone: r.domain }),
  form: {
    fields: [
      { field: 'domain', example: 'example.org' },
      { field: 'name', example: 'home.example.org' },
      { field: 'customerNumber', example: '111111' },
      { field: 'apiKey', kind: 'secret' },
      { field: 'password', kind: 'secret' },
      { field: 'apiBase' },
    ],
    advanced: ['apiBase'],
  },
  keyUrl: 'https://www.customercontrolpanel.de/daten_aendern.php?sprung=api',
  apiDocs: 'https://ccp.netcup.net/run/webservice/servers/endpoint.php',
  rank: 29,
});
