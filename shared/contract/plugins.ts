/**
 * The contract's part for the plugins folder (issue 77): getPlugins answers each manifest found in
 * `<data folder>/plugins` (docs/plugins.md) as Settings shows it: its name and kind, the hosts it
 * declares, its settings' fields and whether each is given a value, which sources, channels or DNS
 * records use it, and why one cannot be used. Read only: the values stay in the manifest beside the
 * program, and none ever travels here (not a plain value, not a secret's reference). Pure.
 */
import * as z from 'zod/mini';

import { described } from './described';
import { GET, method, none } from './method';
import { reasonSchema } from './reason';
import type { Schema } from './status';

export const PLUGIN_KIND_NAMES = ['source', 'channel', 'ddns'] as const;
export type PluginKindName = (typeof PLUGIN_KIND_NAMES)[number];

export const pluginFieldViewSchema = z.object({
  name: z.string(),
  type: z.enum(['string', 'number', 'boolean']),
  required: z.boolean(),
  secret: described(z.boolean(), 'given only as an env or file reference'),
  set: described(z.boolean(), 'the manifest gives it a value (a secret: a reference); the value itself is never sent'),
});
export type PluginFieldView = z.infer<typeof pluginFieldViewSchema>;

export const pluginViewSchema = z.object({
  file: described(z.string(), "the manifest's file name in the plugins folder"),
  name: described(z.nullable(z.string()), 'null: the manifest could not be read'),
  kind: described(z.nullable(z.enum(PLUGIN_KIND_NAMES)), 'null: the manifest could not be read'),
  hosts: z.array(z.object({ host: z.string(), port: z.number(), protocol: z.enum(['tcp', 'udp']) })),
  fields: z.array(pluginFieldViewSchema),
  usedBy: described(
    z.array(z.string()),
    'what uses it: the source it is (plugin-NAME), or the ids of the channels or DNS records naming it; empty: unused',
  ),
  error: described(
    z.nullable(z.string()),
    'why it cannot be used, in English, naming the file and the field; null: usable',
  ),
  reason: described(z.nullable(reasonSchema), '`error` as a code and its values, for a reader in another language'),
});
export type PluginView = z.infer<typeof pluginViewSchema>;

export const pluginsReportSchema = z.object({
  folder: described(z.nullable(z.string()), 'the plugins folder read; null: this instance reads none'),
  plugins: z.array(pluginViewSchema),
});
export type PluginsReport = z.infer<typeof pluginsReportSchema>;

export const pluginsApi = {
  /** The plugins folder's manifests as Settings shows them: never a value or a secret's reference. */
  getPlugins: method({
    summary: 'Plugins in the plugins folder',
    http: GET('/plugins'),
    mutates: false,
    input: none,
    output: pluginsReportSchema as Schema<PluginsReport>,
  }),
};
