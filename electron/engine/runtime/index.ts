/**
 * Composition root shared by the headless runner and the Electron main process: network
 * clients, the engine, the notifier on the store's outbox and the Discord bot, with one
 * start/close that run them in order, one status, and the services (../services.ts) through
 * which the API and the bot see this instance.
 */
import type { AppProcesses } from '../../../shared/app-processes';
import type { AppStatus } from '../../../shared/contract';
import { healthOf } from '../../../shared/health';
import { chosenLanguage, type Language } from '../../../shared/i18n/languages';
import { english } from '../../../shared/i18n/translators';
import type { NetworkIdentity } from '../../../shared/identity';
import type { TestResult } from '../../../shared/notify-types';
import { nativeMemoryBytes } from '../../../shared/process-memory';
import type { Settings } from '../../../shared/settings';
import type { CheckReport, ProcessStatus } from '../../../shared/types';
import { createBot, type DiscordBots, withBotChannel } from '../bot';
import { type Clock, systemClock } from '../clock';
import type { IdentityService } from '../identity/network-identity';
import { Engine } from '../ip-monitor/engine';
import type { Logger } from '../logger';
import { createHttpClient } from '../net/http';
import type { NetClients } from '../net/types';
import { createUdpClient } from '../net/udp';
import type { NetWatch } from '../netwatch';
import { createNotifier, type DesktopNotifier, type Notifier, type NotifierDeps } from '../notify';
import type { RouterWatch } from '../router/watch';
import { createRedactor, type Redactor } from '../secrets/redact';
import { processSecrets, type SecretSource } from '../secrets/resolve';
import type { Services } from '../services';
import { type HistoryStore, wasmMemoryBytes } from '../store';
import type { TransitionDeps } from '../transition';
import { type ClockWatch, watchClockSteps } from './clock-step';
import { engineFor } from './engine-part';
import type { DdnsLookups } from './feature-types';
import { createFeatures, type FeatureContext, type Features } from './features';
import { InternalErrors } from './internal-errors';
import { pluginCaller, pluginSourceSpecs, pluginsReader } from './plugins';
import { routerPart, type RouterWatchOverrides } from './router';
import { createServices } from './services';
import { systemLanguages } from './system-languages';

/**
 * Uptime and memory of this process (one cheap read of V8's heap statistics and /proc/self).
 * `uptimeMs`: the one uptime figure, on the monotonic clock (the API, the CLI, the bot and the page
 * all read it here), so a wall step never shortens or stretches it.
 */
function processStatus(uptimeMs: number): ProcessStatus {
  const m = process.memoryUsage();
  return {
    uptimeSec: Math.round(uptimeMs / 1000),
    rssBytes: m.rss,
    heapUsedBytes: m.heapUsed,
    heapTotalBytes: m.heapTotal,
    nativeBytes: nativeMemoryBytes({ rssBytes: m.rss, heapTotalBytes: m.heapTotal }),
    externalBytes: m.external,
    arrayBuffersBytes: m.arrayBuffers,
    wasmMemoryBytes: wasmMemoryBytes(),
  };
}

/**
 * The process's uptime on the monotonic clock: when it started (its age by Node's own monotonic
 * reading, taken once as the runtime is made), and the monotonic time since.
 */
function uptimeOf(clock: Clock): () => number {
  const startedMono = clock.monotonic() - process.uptime() * 1000;
  return () => Math.round(clock.monotonic() - startedMono);
}

export interface RuntimeOptions {
  settings: Settings;
  store: HistoryStore;
  logger: Logger;
  version: string;
  clock?: Clock;
  net?: NetClients;
  /** The app passes Electron's notifications; headless uses node-notifier. */
  desktop?: DesktopNotifier;
  /** Writes new option values of one channel into the settings (validated, as any edit). */
  saveChannelOptions?: (channelId: string, options: Record<string, unknown>) => Promise<void>;
  /** Give the logger's redactor here, so the secrets the channels learn are masked in the logs too. */
  redactor?: Redactor;
  /** The OS's languages, most wanted first, for the 'auto' language: the app passes Electron's; POSIX's otherwise. */
  systemLanguages?: readonly string[];
  /** Where secret references are resolved; the process environment and files by default. */
  secrets?: SecretSource;
  /** Writes a settings edit (the bot's /config set) through the host's validated settings write. */
  editSettings?: (edit: (raw: Record<string, unknown>) => void) => Promise<void>;
  /** The OS's network event source; this platform's by default (netwatch). */
  netWatch?: NetWatch;
  /** The router watch's gateway and protocols (a test's stand-ins); the real ones by default. */
  routerWatch?: RouterWatchOverrides;
  /** Where the DNS records' zones are looked up and their servers asked (a test's stand-in); the system's resolver and port 53 by default. */
  ddnsLookups?: DdnsLookups;
  /** The network identity of an address (identity/'s lookup), shown beside it; none without it. */
  identify?: (ip: string) => NetworkIdentity | null;
  /** The host's identity service: identifies (in place of `identify`), keeps the trace's WARP word, is enriched online. */
  identity?: IdentityService;
  /** The plugins folder (`<data folder>/plugins`); no plugins without it. */
  pluginsFolder?: string;
  /** What the IPv6 transition look reads (a test's stand-ins); the system's resolver and interfaces by default. */
  transition?: TransitionDeps;
  /** The app's other processes' memory, for the memory watch (the shell reads Electron's); none headless. */
  appProcesses?: () => AppProcesses | null;
}

export interface Runtime {
  engine: Engine;
  notifier: Notifier;
  /** The Discord bots (bot/bots.ts): start(), stop(), restart(), status(); settings updates reach them by themselves. */
  bot: DiscordBots;
  /** The home router asked for its external address: the status's `router` and `nat`. */
  router: RouterWatch;
  /** The feature parts (DDNS, monitors, speed test, hook and heartbeat, forecast): features.ts. */
  features: Features;
  /** What the API (and the bot, inside) may ask of this instance. */
  services: Services;
  /** Errors no part handled, which the process guard (host/process-guard.ts) reports here: logged, counted, in Health. */
  internalErrors: InternalErrors;
  /** Starts delivery (resuming what a previous run left queued), then the monitor. */
  start(): Promise<CheckReport>;
  /** One check; its notifications get up to `settleMs` to go out before it resolves. */
  runOnce(settleMs?: number): Promise<CheckReport>;
  updateSettings(settings: Settings): Promise<void>;
  /**
   * The system says it woke (the app's powerMonitor): the clocks are compared at once (a sleep reads
   * as a step forward, runtime/clock-step.ts), then the monitor checks once per wake.
   */
  systemWake(what: string): void;
  /** Pauses scheduled checks (user's choice; not kept across a restart); resume() checks at once. */
  pause(): Promise<void>;
  resume(): Promise<CheckReport>;
  status(): AppStatus;
  testChannel(channelId: string): Promise<TestResult>;
  close(): Promise<void>;
}

export function createRuntime(opts: RuntimeOptions): Runtime {
  const clock = opts.clock ?? systemClock;
  const uptimeMs = uptimeOf(clock);
  const net = opts.net ?? { http: createHttpClient({ userAgent: `IPWatch/${opts.version}` }), udp: createUdpClient() };
  const redactor = opts.redactor ?? createRedactor();
  const internalErrors = guardFor(opts, clock, redactor);
  // The app's language, kept as the settings change: channels without their own speak it.
  const wanted = opts.systemLanguages ?? systemLanguages();
  let languageChoice = opts.settings.language;
  let language = chosenLanguage(languageChoice, wanted);
  const router = routerPart(opts.settings, {
    clock,
    logger: opts.logger.child('router'),
    ...(opts.routerWatch ? { overrides: opts.routerWatch } : {}),
  });
  const plugins = pluginsReader(opts, redactor);
  const engine = engineFor(opts, clock, net, router.witness, () => pluginSourceSpecs(plugins(), clock));
  router.attach(engine);
  // The bot is built below, over the services; the notifier reaches it only when it delivers.
  const notifier = notifierFor(opts, engine, clock, redactor, {
    bot: { deliver: (d, botId) => discord.bot.deliver(d, botId) },
    language: () => language,
    plugins: pluginCaller(plugins, 'channel', clock, opts.logger.child('plugins')),
  });
  // handle() never rejects; it resolves once the notices are safely in the outbox.
  engine.on((event) => internalErrors.within('notify', () => void notifier.handle(event)));
  // The fleet publishes this status; both are read only once the parts run, after all is built.
  const features: Features = featuresFor(
    opts,
    {
      net,
      clock,
      redactor,
      engine,
      notifier,
      router: router.watch,
      appStatus: () => status(),
      onStatusChange: (listener) => features.onChange(listener),
      plugins,
    },
    internalErrors,
  );
  // The API and the UI show this; an error text that quotes a URL must not carry its token.
  const status = (): AppStatus => {
    const base = {
      ...engine.getStatus(),
      ...router.status(engine),
      notifications: notifier.status(),
      ...features.status(),
      internalErrors: internalErrors.status(),
    };
    return redactor.deep({
      ...base,
      // The API's `health` words stay English; readers re-word it from `state` and the rest.
      health: healthOf(base, english),
      bot: discord.bot.status(),
      bots: discord.bot.statuses(),
      process: processStatus(uptimeMs()),
      language: { chosen: languageChoice, speaks: language },
      ...desktopUnavailableOf(notifier),
    });
  };
  const services = createServices({
    engine,
    notifier,
    store: opts.store,
    net,
    status,
    onSites: (listener) => features.onSites(listener),
    redactor,
    clock,
    version: opts.version,
    features: features.handlers,
  });
  const discord = botFor(opts, { services, clock, redactor, notifier });
  const parts = {
    clockWatch: watchClockSteps({ clock, logger: opts.logger.child('clock'), store: opts.store, engine }),
    engine,
    notifier,
    bot: discord.bot,
    router: router.watch,
    features,
    services,
    status,
    internalErrors,
  };
  return {
    ...parts,
    ...lifecycle(parts, () => closeRest(opts, router.watch, net)),
    async updateSettings(settings) {
      languageChoice = settings.language;
      language = chosenLanguage(languageChoice, wanted);
      internalErrors.within('monitor', () => engine.updateSettings(settings));
      internalErrors.within('router', () => router.update(settings));
      await features.update(settings);
      await internalErrors.within('notify', () => notifier.updateSettings(withBotChannel(settings).notifications));
      await internalErrors.within('discord bot', () => discord.setSettings(settings));
    },
  };
}

/** What the runtime closes after its parts: the router's watch, the store, the host's identity, the network. */
async function closeRest(opts: RuntimeOptions, router: { close(): Promise<void> }, net: NetClients): Promise<void> {
  await router.close();
  await opts.store.close();
  opts.identity?.close(); // The host's, as the store is; after it, which stamps runs with it to the end.
  await Promise.all([net.http.close(), net.udp.close()]);
}

/** Why this machine cannot show desktop notifications, for the status: the English and its code. */
function desktopUnavailableOf(notifier: Notifier): Pick<AppStatus, 'desktopUnavailable' | 'desktopUnavailableReason'> {
  const text = notifier.desktopUnavailable();
  const why = notifier.desktopUnavailableReason();
  return text ? { desktopUnavailable: text, ...(why ? { desktopUnavailableReason: why } : {}) } : {};
}

function guardFor(opts: RuntimeOptions, clock: Clock, redactor: Redactor): InternalErrors {
  return new InternalErrors({
    clock,
    logger: opts.logger.child('guard'),
    redact: (t) => redactor.text(t),
  });
}

/** The feature parts (features.ts), each running as itself under `errors`. */
function featuresFor(
  opts: RuntimeOptions,
  built: Pick<
    FeatureContext,
    'net' | 'clock' | 'redactor' | 'engine' | 'notifier' | 'router' | 'appStatus' | 'onStatusChange' | 'plugins'
  >,
  errors: InternalErrors,
): Features {
  const ctx: FeatureContext = {
    ...built,
    settings: opts.settings,
    store: opts.store,
    logger: opts.logger,
    secrets: opts.secrets ?? processSecrets,
    version: opts.version,
    ...(opts.identity ? { identity: opts.identity } : {}),
    ...(opts.identify ? { identify: opts.identify } : {}),
    ...(opts.ddnsLookups ? { ddnsLookups: opts.ddnsLookups } : {}),
    ...(opts.transition ? { transition: opts.transition } : {}),
    ...(opts.appProcesses ? { appProcesses: opts.appProcesses } : {}),
    ...(opts.pluginsFolder !== undefined ? { pluginsFolder: opts.pluginsFolder } : {}),
  };
  return createFeatures(ctx, errors);
}

/** The Discord bot: idle (and discord.js not loaded) until a token is set. */
function botFor(
  opts: RuntimeOptions,
  p: { services: Services; clock: Clock; redactor: Redactor; notifier: Notifier },
): ReturnType<typeof createBot> {
  return createBot({
    settings: opts.settings,
    services: p.services,
    clock: p.clock,
    logger: opts.logger.child('bot'),
    secrets: opts.secrets ?? processSecrets,
    redactor: p.redactor,
    ...(opts.editSettings ? { editSettings: opts.editSettings } : {}),
    // Posts paused for the bot's settings (a rejected token) go on once those may be fixed.
    onUsable: () => p.notifier.resumeType('discord-bot'),
  });
}

function notifierFor(
  opts: RuntimeOptions,
  engine: Engine,
  clock: Clock,
  redactor: Redactor,
  {
    bot: discordBot,
    language,
    plugins,
  }: { bot: { deliver: DiscordBots['deliver'] }; language: () => Language; plugins: NotifierDeps['plugins'] },
): Notifier {
  return createNotifier({
    store: opts.store,
    clock,
    logger: opts.logger.child('notify'),
    settings: withBotChannel(opts.settings).notifications,
    discordBot,
    ...(plugins ? { plugins } : {}),
    status: () => engine.liveStatus(),
    ...(opts.desktop ? { desktop: opts.desktop } : {}),
    ...(opts.saveChannelOptions ? { saveChannelOptions: opts.saveChannelOptions } : {}),
    redactor,
    ...(opts.secrets ? { secrets: opts.secrets } : {}),
    onError: (err) => engine.reportError('notifier', err),
    language,
  });
}

type Parts = Pick<Runtime, 'engine' | 'notifier' | 'bot' | 'router' | 'internalErrors'> & {
  features: Features;
  clockWatch: ClockWatch;
};

/** Start, one check, pause and close, in the order the parts depend on each other. */
function lifecycle(
  { engine, notifier, bot, router, features, internalErrors: errors, clockWatch }: Parts,
  closeRest: () => Promise<void>,
): Pick<Runtime, 'start' | 'runOnce' | 'systemWake' | 'pause' | 'resume' | 'testChannel' | 'close'> {
  const settled = () => notifier.settled();
  return {
    async start() {
      // Each part starts as itself (internal-errors.ts): what it leaves running is counted under its name.
      await errors.within('notify', () => notifier.start());
      // Never awaited, never throws: a check never waits for the router (its witness is bounded in time).
      errors.within('router', () => router.start());
      clockWatch.start();
      const report = await errors.within('monitor', () => engine.start());
      await errors.within('notify', () => notifier.started(report));
      // Each part reports its own failure; none stops monitoring.
      await features.start();
      // Never awaited: monitoring does not wait for Discord.
      errors.within(
        'discord bot',
        () => void bot.start().catch((err: unknown) => engine.reportError('discord bot', err)),
      );
      return report;
    },
    async runOnce(settleMs = 10_000) {
      await errors.within('notify', () => notifier.start());
      const report = await errors.within('monitor', () => engine.runOnce());
      await errors.within('notify', () => notifier.started(report));
      // Real time, as the 25 ms waits are: the engine's clock may be a test's, moved only by hand.
      const end = systemClock.monotonic() + settleMs;
      while (!settled() && systemClock.monotonic() < end) await new Promise((r) => setTimeout(r, 25));
      return report;
    },
    systemWake(what) {
      clockWatch.check();
      engine.systemWake(what);
    },
    // A step not yet seen is seen before the session ends: the end is stamped on the right side of it.
    pause: () => (clockWatch.check(), engine.pause()),
    resume: () => errors.within('monitor', () => engine.resume()),
    testChannel: (id) => notifier.test(id),
    async close() {
      clockWatch.check();
      clockWatch.stop();
      await engine.stop();
      // Side by side (issue 59): each part closes within its own bound (the fleet's link 6 s, an
      // MQTT channel 5 s), so the whole takes the longest of them, not their sum; a frozen broker
      // of one part does not hold the others. The history is saved once every part has ended.
      const closed = await Promise.allSettled([features.close(), notifier.stop(), bot.stop()]);
      await closeRest();
      const failed = closed.find((c): c is PromiseRejectedResult => c.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}
