/**
 * The runtime's part for the plugins Settings shows (issue 77): getPlugins answers the plugins
 * folder as plugins/report.ts reads it, each manifest with the runtime's own verdict (the one the
 * log says) and what in the current settings uses it. A source plugin is asked by every check of
 * its family once it can be used, so it is its own user; a channel or DNS provider plugin is used
 * by the channels or records that name it.
 */
import type { Settings } from '../../../shared/settings';
import type { PluginsRead } from '../plugins/load';
import { pluginsReport, type PluginUsers } from '../plugins/report';
import { pluginSourceId } from '../sources/plugin';
import type { FeatureContext, FeaturePart } from './feature-types';

const NONE: PluginsRead = { plugins: [], skipped: [] };

/** What in `settings` uses a plugin: its own source id, or the channels or DNS records naming it. */
export const pluginUsers =
  (settings: Settings): PluginUsers =>
  (name, kind) => {
    if (kind === 'source') return [pluginSourceId(name)];
    if (kind === 'channel')
      return settings.notifications.channels.filter((c) => c.type === 'plugin' && c.plugin === name).map((c) => c.id);
    return settings.ddns.records.filter((r) => r.provider === 'plugin' && r.plugin === name).map((r) => r.id);
  };

export function pluginsPart(ctx: FeatureContext): FeaturePart {
  let settings = ctx.settings;
  return {
    name: 'plugins',
    handlers: {
      getPlugins: async () => pluginsReport(ctx.pluginsFolder, ctx.plugins?.() ?? NONE, pluginUsers(settings)),
    },
    update(next) {
      settings = next;
    },
  };
}
