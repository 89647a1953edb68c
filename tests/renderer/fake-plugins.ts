/**
 * The plugins report for the renderer's fake engine (fake-engine.tsx), as a runner's getPlugins
 * gives it (electron/engine/plugins/report.ts): a channel plugin in use, a DNS provider plugin whose
 * manifest lacks a required value, and a manifest that is not JSON. Its English fields are the
 * engine's own words for each reason.
 */
import type { PluginsReport, PluginView } from '../../shared/contract/plugins';
import { english } from '../../shared/i18n/translators';
import { type Reason, reason } from '../../shared/reason';
import { reasonWords } from '../../shared/words/reason';

export const PLUGINS_FOLDER = '/data/plugins';

const said = (r: Reason) => ({ error: reasonWords(r, english), reason: { code: r.code, values: { ...r.values } } });

const channel: PluginView = {
  file: 'hooks-channel.json',
  name: 'hooks-channel',
  kind: 'channel',
  hosts: [{ host: 'hooks.example.org', port: 443, protocol: 'tcp' }],
  fields: [
    { name: 'url', type: 'string', required: true, secret: false, set: true },
    { name: 'token', type: 'string', required: true, secret: true, set: true },
  ],
  usedBy: ['mine'],
  error: null,
  reason: null,
};

const ddns: PluginView = {
  file: 'zone-keeper.json',
  name: 'zone-keeper',
  kind: 'ddns',
  hosts: [],
  fields: [{ name: 'apiKey', type: 'string', required: true, secret: true, set: false }],
  usedBy: [],
  ...said(
    reason('reason.plugin.manifestField', { file: 'zone-keeper.json', field: 'values.apiKey', problem: 'missing' }),
  ),
};

const broken: PluginView = {
  file: 'broken.json',
  name: null,
  kind: null,
  hosts: [],
  fields: [],
  usedBy: [],
  ...said(reason('reason.plugin.manifestNotJson', { file: 'broken.json' })),
};

export const fakePlugins = (): PluginsReport => ({ folder: PLUGINS_FOLDER, plugins: [broken, channel, ddns] });

/** The names and places of the fake's report: data, the same in every language. */
export const PLUGIN_DATA = ['hooks-channel', 'zone-keeper', 'broken.json', 'mine', 'url', 'token', 'apiKey'];
