/**
 * The contract implemented once, for every transport: the HTTP routes (routes.ts) and the
 * app's IPC handlers call these same handlers. Input arrives validated by the contract's
 * schemas; a handler throws ApiError for what the caller must fix. Every change (settings,
 * history, monitoring) goes through the running instance and is written to the audit log
 * with who asked.
 */
import {
  type ApiHandlers,
  type ApiInput,
  type CallContext,
  type FeatureHandlers,
  type SettingsView,
  ApiError,
} from '../../../shared/contract';
import { fieldErrorText, maskSecrets, restoreSecrets, toFieldErrors } from '../../../shared/contract/settings';
import type { Reason } from '../../../shared/reason';
import { parseSettings } from '../../../shared/settings';
import { restartFields } from '../../../shared/settings/changes';
import { changedChannelProblems } from '../../../shared/settings/channel-options';
import type { ChannelSettings } from '../../../shared/settings/notify';
import { hideCredentialsForViewer } from '../../../shared/settings/viewer-settings';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { inEnglish } from '../reason';
import type { HistoryService, MonitorService } from '../services';
import { createFirstRunHandlers, type FirstRunMark, NO_FIRST_RUN } from './first-run';
import { createFileHandlers } from './service-files';
import { auditedFeatures, guardDdnsTest, guardFleetTest, refuseDanger, withItem } from './service-guards';
import { createSessionHandlers } from './sessions/session-admin';
import type { SessionStore } from './sessions/sessions';
import type { SettingsAccess } from './settings-access';

export interface ApiServiceDeps {
  monitor: MonitorService;
  history: HistoryService;
  settings: SettingsAccess;
  /** Where `backup` writes (DATA_DIR/backups); null refuses backups (a store without a folder). */
  backupsDir: string | null;
  clock: Clock;
  logger: Logger;
  version: string;
  /** The data folder's first-run mark; none without a data folder. */
  firstRun?: FirstRunMark;
  /** The feature parts' methods (Services.features), answered as they are. */
  features: FeatureHandlers;
  /** The browser sessions the HTTP server signs in; absent: no browser signs in here (the app's own window). */
  sessions?: SessionStore;
}

export function createApiService(deps: ApiServiceDeps): ApiHandlers {
  const { monitor, history } = deps;
  const audit = (ctx: CallContext, action: string, result: string, detail: string | Reason | null = null) => {
    try {
      if (detail !== null && typeof detail === 'object')
        history.audit({ actor: ctx.actor, action, detail: inEnglish(detail), result, reason: detail });
      else history.audit({ actor: ctx.actor, action, detail, result });
    } catch (err) {
      deps.logger.error('cannot write the audit log', { error: String(err) });
    }
  };

  /** The settings with secrets as markers; for anyone but an admin, credentials hidden too (viewer-settings.ts). */
  async function settingsView(ctx?: CallContext): Promise<SettingsView> {
    const { settings, envOverrides, inForce, files } = await deps.settings.read();
    const masked = maskSecrets(settings);
    const shown = masked.settings as Record<string, unknown>;
    return {
      settings: ctx?.role === undefined || ctx.role === 'admin' ? shown : hideCredentialsForViewer(shown),
      secrets: masked.secrets,
      envOverrides,
      ...(inForce ? { inForce } : {}),
      ...(files ? { files } : {}),
      restartFields: restartFields(),
    };
  }

  async function saveSettings({ settings: edited }: ApiInput<'saveSettings'>, ctx: CallContext) {
    const stored = await deps.settings.read();
    const restored = restoreSecrets(edited, stored.settings, 'settings');
    if (restored.errors.length) return { ok: false as const, errors: restored.errors };
    const parsed = parseSettings(restored.value);
    if (!parsed.ok) return { ok: false as const, errors: toFieldErrors(parsed.errors) };
    // A channel's own options are checked by its type only here, on a write: one already stored
    // with a fault stays switched off with its reason instead of stopping the engine.
    const channelErrors = changedChannelProblems(
      stored.settings.notifications.channels,
      parsed.settings.notifications.channels,
    );
    if (channelErrors.length) return { ok: false as const, errors: toFieldErrors(channelErrors) };
    refuseDanger(ctx, stored.settings, parsed.settings, stored.inForce);
    const written = await deps.settings.write(parsed.settings, ctx.actor);
    if (!written.ok) return { ok: false as const, errors: toFieldErrors(written.errors) };
    return { ok: true as const, settings: await settingsView(), live: written.live, restart: written.restart };
  }

  /** A channel being edited gets the stored channel's secrets where it still holds their markers. */
  async function testChannel(input: ApiInput<'testChannel'>, ctx: CallContext) {
    if ('channelId' in input) return monitor.testChannel(input.channelId);
    const { settings, inForce } = await deps.settings.read();
    const stored = settings.notifications.channels.find((c) => c.id === input.channel.id);
    const restored = restoreSecrets(input.channel, stored, 'channel');
    if (restored.moved.length) throw new ApiError(400, fieldErrorText(restored.moved));
    if (restored.errors.length) return { ok: false as const, error: fieldErrorText(restored.errors) };
    refuseDanger(ctx, settings, withItem(settings, 'channel', restored.value), inForce);
    return monitor.testChannel(restored.value as ChannelSettings);
  }

  async function testSource(input: ApiInput<'testSource'>) {
    const { settings } = await deps.settings.read();
    const result = await monitor.testSource(input, settings);
    if (!result) throw new ApiError(404, `no source "${'sourceId' in input ? input.sourceId : ''}"`);
    return result;
  }

  const monitoring = async (ctx: CallContext, paused: boolean) => {
    if (paused) await monitor.pause();
    else await monitor.resume();
    audit(ctx, paused ? 'monitor.pause' : 'monitor.resume', 'applied');
    return monitor.status();
  };

  return {
    getStatus: async () => monitor.status(),
    checkNow: () => monitor.checkNow(),
    pause: (_input, ctx) => monitoring(ctx, true),
    resume: (_input, ctx) => monitoring(ctx, false),
    getHistory: async (q) => history.history(q),
    getStats: async (q) => history.stats(q),
    getInsight: async (q) => history.insight(q),
    getRecentEvents: async (q) => history.recentEvents(q),
    getSettings: (_input, ctx) => settingsView(ctx),
    saveSettings,
    getChannels: async () => monitor.status().notifications,
    getOutbox: async (q) => history.outbox(q),
    getHeldNotices: async () => history.held((await deps.settings.read()).settings.notifications),
    testChannel,
    testSource,
    getAudit: async (q) => ({ items: history.auditLog(q), total: history.auditTotal() }),
    ...createFileHandlers({ history, backupsDir: deps.backupsDir, clock: deps.clock, audit }),
    ...createFirstRunHandlers(deps.firstRun ?? NO_FIRST_RUN, audit),
    ...createSessionHandlers(deps.sessions ?? null, audit),
    ...auditedFeatures(deps.features, audit),
    testDdnsRecord: guardDdnsTest(deps.features.testDdnsRecord, () => deps.settings.read()),
    testFleet: guardFleetTest(deps.features.testFleet, () => deps.settings.read()),
  };
}
