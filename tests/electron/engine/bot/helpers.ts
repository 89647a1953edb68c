/**
 * A runtime with the Discord bot, against the local world (IP sources) and the Discord
 * stand-in: real discord.js Client, real engine, real in-memory history store.
 */
import { systemClock } from '../../../../electron/engine/clock';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../../electron/engine/runtime';
import { openHistoryStore, type HistoryStore } from '../../../../electron/engine/store';
import type { SettingsInput } from '../../../../shared/settings';
import { type DiscordFake, type DiscordFakeOptions, startDiscordFake } from '../../../fakes/discord';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

export interface BotHarness {
  runtime: Runtime;
  discord: DiscordFake;
  world: World;
  store: HistoryStore;
  logs: LogRecord[];
  /** Settings edits the bot asked for (/config set), applied to this raw object. */
  raw: Record<string, unknown>;
  close(): Promise<void>;
}

export const alice = { user: { id: '300000000000000001', username: 'alice' } };
export const admin = { user: { id: '300000000000000002', username: 'boss' }, permissions: 1n << 5n };

export async function startBot(
  opts: {
    discord?: DiscordFakeOptions;
    settings?: (d: DiscordFake) => Record<string, unknown>;
    /** Notification settings besides the channels (none but the bot's), e.g. faster retries. */
    notifications?: Record<string, unknown>;
    world?: World;
    /** Router stand-ins: the router watch is on and asks these (else it is off, as in every test). */
    routerWatch?: RuntimeOptions['routerWatch'];
    /** The network identity lookup the runtime shows beside each address (none by default). */
    identify?: RuntimeOptions['identify'];
    /** Settings of other parts (a speed test, monitors), merged at the top level. */
    more?: Record<string, unknown>;
    /** Where dynamic DNS looks up a zone's servers (a stand-in), so no record is looked up on the internet. */
    ddnsLookups?: RuntimeOptions['ddnsLookups'];
    /** The runtime's clock (a FakeClock: the bot's retries wait for it), the system's by default. */
    clock?: RuntimeOptions['clock'];
    /** The settings writer /config set asks (else one editing `raw` and applying it). */
    editSettings?: RuntimeOptions['editSettings'];
  } = {},
): Promise<BotHarness> {
  const world = opts.world ?? (await startWorld());
  // Discord's own heartbeat interval (the fake's default): with a short one, a busy machine's
  // stall of about that long looks like a dead connection to discord.js, which then resumes.
  const discord = await startDiscordFake(opts.discord);
  const logs: LogRecord[] = [];
  const logger = createLogger('test', { level: 'debug', sink: (r) => logs.push(r) });
  // The lookup stamps imported runs too, as the runner's store does (store/identities.ts).
  const store = await openHistoryStore({
    dataDir: ':memory:',
    clock: systemClock,
    logger,
    ...(opts.identify ? { identify: opts.identify } : {}),
  });
  const base = world.settings() as Record<string, unknown>;
  const input = {
    ...base,
    ...(opts.routerWatch ? { router: { enabled: true } } : {}),
    ...opts.more,
    notifications: { ...opts.notifications, channels: [] },
    discord: {
      token: discord.token,
      apiBase: discord.apiBase,
      guilds: [{ id: discord.home.id, channel: discord.home.channels[0]!.id }],
      ...opts.settings?.(discord),
    },
  } as SettingsInput;
  const raw = structuredClone(input) as Record<string, unknown>;
  const runtime: Runtime = createRuntime({
    settings: settingsFrom(input),
    store,
    logger,
    version: 'test',
    ...(opts.routerWatch ? { routerWatch: opts.routerWatch } : {}),
    ...(opts.identify ? { identify: opts.identify } : {}),
    ...(opts.ddnsLookups ? { ddnsLookups: opts.ddnsLookups } : {}),
    ...(opts.clock ? { clock: opts.clock } : {}),
    editSettings:
      opts.editSettings ??
      (async (edit) => {
        edit(raw);
        await runtime.updateSettings(settingsFrom(raw as SettingsInput));
      }),
  });
  await runtime.start();
  return {
    runtime,
    discord,
    world,
    store,
    logs,
    raw,
    async close() {
      await runtime.close();
      await discord.close();
      if (!opts.world) await world.close();
    },
  };
}

export const connected = (h: BotHarness) =>
  until(() => h.runtime.status().bot.state === 'connected' && h.runtime.status().bot.commands.registered, {
    what: 'bot connected with its commands registered',
    timeoutMs: 10_000,
  });

/** Waits for an interaction's first callback (and, when deferred, the edit of it). */
export async function answered(log: { callbacks: unknown[]; edits: unknown[] }, deferred = false) {
  await until(() => log.callbacks.length > 0 && (!deferred || log.edits.length > 0), {
    what: 'the interaction answered',
    timeoutMs: 10_000,
  });
}

type Body = { type?: number; data?: Record<string, unknown> };
export const callback = (log: { callbacks: unknown[] }, n = 0): Body => log.callbacks[n] as Body;
export const embedText = (data: Record<string, unknown> | undefined): string => JSON.stringify(data?.embeds ?? []);

/** Waits for an audit row with these fields (rows are written once the reply went out). */
export async function audited(h: BotHarness, row: { actor?: string; action?: string; result?: string | RegExp }) {
  const matches = (a: { actor: string; action: string; result: string }) =>
    (row.actor === undefined || a.actor === row.actor) &&
    (row.action === undefined || a.action === row.action) &&
    (row.result === undefined ||
      (typeof row.result === 'string' ? a.result === row.result : row.result.test(a.result)));
  await until(() => h.store.auditLog({ limit: 50 }).some(matches), {
    what: `audit row ${JSON.stringify(String(row.result))}`,
  });
}
