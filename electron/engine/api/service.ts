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
  type SettingsView,
  ApiError,
} from '../../../shared/contract';
import { maskSecrets, restoreSecrets, toFieldErrors } from '../../../shared/contract-settings';
import { parseSettings } from '../../../shared/settings';
import { RESTART_PREFIXES } from '../../../shared/settings-changes';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { describeItem } from '../notify/outbox-view';
import type { Runtime } from '../runtime';
import type { Redactor } from '../secrets/redact';
import { BUILTIN_SOURCES } from '../sources';
import { probeSource } from '../sources/probe';
import { customToSpec } from '../sources/registry';
import type { HistoryStore } from '../store';
import { createFileHandlers } from './service-files';
import type { SettingsAccess } from './settings-access';

export interface ApiServiceDeps {
  runtime: Pick<Runtime, 'status' | 'pause' | 'resume' | 'testChannel' | 'engine' | 'net'>;
  store: HistoryStore;
  settings: SettingsAccess;
  /** Where `backup` writes (DATA_DIR/backups); null refuses backups (a store without a folder). */
  backupsDir: string | null;
  clock: Clock;
  logger: Logger;
  version: string;
  /** Masks secrets in what goes out (outbox errors); the runtime's status is masked already. */
  redactor?: Pick<Redactor, 'deep'>;
}

export function createApiService(deps: ApiServiceDeps): ApiHandlers {
  const { runtime, store } = deps;
  const audit = (ctx: CallContext, action: string, result: string, detail: string | null = null) => {
    try {
      store.audit({ actor: ctx.actor, action, detail, result });
    } catch (err) {
      deps.logger.error('cannot write the audit log', { error: String(err) });
    }
  };

  async function settingsView(): Promise<SettingsView> {
    const { settings, envOverrides } = await deps.settings.read();
    const masked = maskSecrets(settings);
    return {
      settings: masked.settings as Record<string, unknown>,
      secrets: masked.secrets,
      envOverrides,
      restartFields: Object.keys(settings).filter((k) => RESTART_PREFIXES.includes(`${k}.`)),
    };
  }

  async function saveSettings({ settings: edited }: ApiInput<'saveSettings'>, ctx: CallContext) {
    const stored = await deps.settings.read();
    const restored = restoreSecrets(edited, stored.settings);
    if (restored.errors.length) return { ok: false as const, errors: restored.errors };
    const parsed = parseSettings(restored.value);
    if (!parsed.ok) return { ok: false as const, errors: toFieldErrors(parsed.errors) };
    const written = await deps.settings.write(parsed.settings, ctx.actor);
    if (!written.ok) return { ok: false as const, errors: toFieldErrors(written.errors) };
    return { ok: true as const, settings: await settingsView(), live: written.live, restart: written.restart };
  }

  async function testSource(input: ApiInput<'testSource'>) {
    const { settings } = await deps.settings.read();
    const spec =
      'source' in input
        ? customToSpec(input.source)
        : (settings.sources.custom.map(customToSpec).find((s) => s.id === input.sourceId) ??
          BUILTIN_SOURCES.find((s) => s.id === input.sourceId));
    if (!spec) throw new ApiError(404, `no source "${'sourceId' in input ? input.sourceId : ''}"`);
    return probeSource(spec, {
      net: runtime.net,
      timeoutMs: settings.monitor.timeoutMs,
      userAgent: `IPWatch/${deps.version}`,
      now: () => deps.clock.now(),
    });
  }

  const monitoring = async (ctx: CallContext, paused: boolean) => {
    if (paused) await runtime.pause();
    else await runtime.resume();
    audit(ctx, paused ? 'monitor.pause' : 'monitor.resume', 'applied');
    return runtime.status();
  };

  return {
    getStatus: async () => runtime.status(),
    checkNow: () => runtime.engine.checkNow('manual'),
    pause: (_input, ctx) => monitoring(ctx, true),
    resume: (_input, ctx) => monitoring(ctx, false),
    getHistory: async (q) => store.history(q),
    getStats: async (q) => store.stats(q),
    getSettings: settingsView,
    saveSettings,
    getChannels: async () => runtime.status().notifications,
    getOutbox: async (q) => {
      const items = store.list(q).map(describeItem);
      return deps.redactor ? deps.redactor.deep(items) : items;
    },
    testChannel: ({ channelId }) => runtime.testChannel(channelId),
    testSource,
    getAudit: async (q) => ({ items: store.auditLog(q), total: store.auditTotal() }),
    ...createFileHandlers({ store, backupsDir: deps.backupsDir, clock: deps.clock, audit }),
  };
}
