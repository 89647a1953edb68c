/**
 * A DNS provider that is a plugin of yours (docs/plugins.md): the record names the plugin (its
 * manifest's name in the plugins folder) and the host name it keeps; the plugin's own settings and
 * secrets are in its manifest, and the hosts it contacts are the manifest's (the egress inventory
 * lists them). Pure.
 */
import * as z from 'zod/mini';

import { settingsSays as SAYS } from '../../i18n/catalogues/en/settings-says';
import { about, withMeta } from '../schema-common';
import { common, dnsNameSchema, providerLiteral } from './fields';
import { ddnsProvider } from './spec';

export const pluginRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('plugin', 'Plugin'),
  plugin: withMeta(
    z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, SAYS['settings.schemaSays.pluginName'])),
    about('Plugin name', 'The name of a DNS provider plugin in the plugins folder, as its manifest names it.'),
  ),
  name: withMeta(
    dnsNameSchema,
    about('Host name', 'The full name of the record the plugin keeps, e.g. home.example.org.'),
  ),
});

export const pluginSpec = ddnsProvider({
  id: 'plugin',
  label: 'Plugin',
  schema: pluginRecordSchema,
  kinds: { plugin: 'plain', name: 'plain' },
  destinations: [],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [
      { field: 'plugin', example: 'example-dns' },
      { field: 'name', example: 'home.example.org' },
    ],
  },
  // The protocol the plugin speaks on its stdin and stdout (docs/plugins.md says the rest).
  apiDocs: 'https://jsonlines.org/',
  // Before RFC 2136 (the expert's, last): a plugin is for whoever wrote one.
  rank: 89,
});
