/**
 * The catalogues' rooms (docs/i18n.md, "Where a word lives"): which file of
 * shared/i18n/catalogues/<lang>/ holds a message, decided by its id's prefix. A message id is named
 * for where it is read, so its room is the page or part of the product that reads it, and a
 * newcomer finds a word's home from its room. scripts/catalogue-rooms.ts writes the files from this
 * table; tests/shared/i18n/catalogue-rooms.test.ts holds every key to it.
 *
 * Each row: a prefix (ending in '.', or a whole id), the room's file name and its chunk. The longest
 * prefix a key starts with decides; a prefix listed twice, or a key no prefix matches, fails. The
 * chunk is where the dashboard gets the room: `dashboard` (the first words, en/index.ts's
 * enDashboard), `settings` (Settings' own chunk, en/settings-page.ts) or `engine` (only the engine
 * says it: the tray, the notices, the bot). A room is one chunk. A room too long for one file
 * (400 lines) is split by sub-prefix into `<room>-<part>` rooms here, never by number.
 * The settings' field words (`setting.*`, en/settings-fields-*.ts) are scripts/settings-words.ts's
 * and stay out of this table.
 */

export type Chunk = 'dashboard' | 'settings' | 'engine';

export interface Room {
  /** The file name without `.ts`. */
  readonly file: string;
  readonly chunk: Chunk;
  /** What it holds: the room file's first line. */
  readonly holds: string;
}

const room = (file: string, chunk: Chunk, holds: string): Room => ({ file, chunk, holds });

export const ROOMS = {
  common: room('common', 'dashboard', 'Words every page uses: addresses, durations, times, copy buttons, tables'),
  actions: room('actions', 'dashboard', 'What a person did or asked for, as the audit log and refusals name it'),
  activity: room('activity', 'dashboard', 'The Activity page: events, notices and their lines'),
  audit: room('audit', 'dashboard', 'The audit log: its rows, details and the reasons they keep'),
  charts: room('charts', 'dashboard', 'The Charts page and the forecast'),
  checks: room('checks', 'dashboard', "The Checks card: a check's result, trigger and the monitor's figures"),
  channels: room('channels', 'dashboard', 'Notification channels: their editor, types, events, masking and states'),
  connections: room(
    'connections',
    'dashboard',
    'The Connections page and the egress gate: destinations, purposes, refusals',
  ),
  dashboard: room('dashboard', 'dashboard', "The Dashboard page's address cards and health"),
  ddns: room('ddns', 'dashboard', 'DNS records: their states, lines, reasons, editor and TSIG key'),
  discord: room(
    'discord',
    'dashboard',
    "The Discord page and Settings' bot panel: the bot's state, servers and errors",
  ),
  editors: room('editors', 'dashboard', "Settings' editors' shared words: Test, options, unsaved"),
  errors: room('errors', 'dashboard', "An error in words: the network's, a file's, the API's and the engine's"),
  firstRun: room('first-run', 'dashboard', 'The first run, in the browser and the app'),
  fleet: room('fleet', 'dashboard', "The fleet and the Sites page: sites, their states and the broker link's reasons"),
  health: room('health', 'dashboard', 'The health verdict: labels, reasons, details and uncertain addresses'),
  held: room('held', 'dashboard', 'Held notices and the alert policy'),
  history: room('history', 'dashboard', 'The History page'),
  hook: room('hook', 'dashboard', "The change hook's, the plugins' and the heartbeat's reasons"),
  insight: room('insight', 'dashboard', 'The insight card and the outages'),
  monitors: room('monitors', 'dashboard', 'Service monitors: their lines, states, reasons, page and editor'),
  network: room('network', 'dashboard', 'NAT, the router, the network and its watch'),
  secrets: room('secrets', 'dashboard', "Secrets' references and the keyring"),
  serving: room('serving', 'dashboard', 'How the dashboard is served: its certificate, host link and refused hosts'),
  settingNames: room('setting-names', 'dashboard', 'A setting named outside Settings'),
  shell: room('shell', 'dashboard', "The dashboard's window: menu, titles, banner, account, loading and failures"),
  signIn: room(
    'sign-in',
    'dashboard',
    'Signing in: the form, the sign-in page, roles, sessions and why a member was refused',
  ),
  sources: room('sources', 'dashboard', "Sources: the Sources card, a source's state and its errors"),
  speed: room('speed', 'dashboard', 'Speed tests and metered connections'),
  uptime: room('uptime', 'dashboard', 'Uptime: its figure, what it covers and its tiles'),

  settingsSays: room('settings-says', 'settings', "The settings schema's messages and the words they name"),
  settingsForm: room('settings-form', 'settings', "Settings' form: fields, lists, refused values, save and restart"),
  settingsSections: room('settings-sections', 'settings', "Settings' sections, menu, folds and introductions"),
  settingsPanels: room(
    'settings-panels',
    'settings',
    "Settings' panels: backup, this computer, appearance, about, browsers, secrets",
  ),
  settingsRows: room(
    'settings-rows',
    'settings',
    "Settings' rows: sources, channels, their states, the watcher, fleet and speed",
  ),

  bot: room('bot', 'engine', "The Discord bot's replies, embeds and buttons"),
  botCommands: room('bot-commands', 'engine', "The Discord bot's commands, options and choices"),
  notices: room('notices', 'engine', 'Notices: every kind, its title, summary and fields'),
  tray: room('tray', 'engine', "The tray's tooltip and menu"),
  log: room('log', 'engine', "The runner's plain log: an outage's start and end, a check's failure"),
  settingsFile: room(
    'settings-file',
    'engine',
    'The settings files: which one is in force, a profile, their errors and their conversion',
  ),
} as const satisfies Record<string, Room>;

const R = ROOMS;

/** The prefix table: the longest prefix a key starts with gives its room. */
export const PREFIXES: readonly (readonly [prefix: string, room: Room])[] = [
  ['address.', R.common],
  ['duration.', R.common],
  ['lines.more', R.common],
  ['web.copy.', R.common],
  ['web.family', R.common],
  ['web.table.', R.common],
  ['web.time.', R.common],

  ['action.', R.actions],

  ['web.activity.', R.activity],
  ['trigger.', R.activity],

  ['audit.', R.audit],
  ['reason.audit.', R.audit],
  ['web.audit.', R.audit],

  ['web.charts.', R.charts],
  ['forecast.', R.charts],

  ['check.', R.checks],
  ['memory.', R.checks],
  ['web.checks.', R.checks],

  ['editors.addDiscord.', R.channels],
  ['editors.channel.', R.channels],
  ['editors.channelType.', R.channels],
  ['editors.event.', R.channels],
  ['editors.mask.', R.channels],
  ['reason.channel.', R.channels],
  ['reason.desktop.', R.channels],
  ['shell.desktop.', R.channels],
  ['web.channel.', R.channels],

  ['egress.', R.connections],
  ['web.connections.', R.connections],

  ['web.dash.', R.dashboard],
  ['web.address.', R.dashboard],
  ['web.health.', R.dashboard],

  ['ddns.', R.ddns],
  ['editors.ddns.', R.ddns],
  ['editors.tsig.', R.ddns],
  ['reason.ddns.', R.ddns],
  ['web.ddns.', R.ddns],

  ['editors.discord.', R.discord],
  ['editors.guild.', R.discord],
  ['editors.bots.', R.discord],
  ['reason.bot.', R.discord],
  ['web.discord.', R.discord],

  ['editors.', R.editors],

  ['error.', R.errors],
  ['file.', R.errors],
  ['web.apiError.', R.errors],
  ['web.engineError.', R.errors],
  ['web.error.', R.errors],

  ['web.firstRun.', R.firstRun],

  ['fleet.', R.fleet],
  ['reason.fleet.', R.fleet],
  ['reason.fleetLink.', R.fleet],
  ['web.sites.', R.fleet],

  ['health.', R.health],
  ['uncertain.', R.health],
  ['cause.', R.health],
  ['reason.cause.', R.health],

  ['held.', R.held],
  ['reason.held.', R.held],
  ['web.held.', R.held],

  ['web.history.', R.history],

  ['reason.heartbeat.', R.hook],
  ['reason.hook.', R.hook],
  ['reason.plugin.', R.hook],

  ['reason.outage.', R.insight],
  ['web.insight.', R.insight],

  ['monitor.', R.monitors],
  ['editors.monitor.', R.monitors],
  ['reason.monitor.', R.monitors],
  ['web.monitor.', R.monitors],
  ['web.monitors.', R.monitors],

  ['identity.', R.network],
  ['nat.', R.network],
  ['network.', R.network],
  ['path.', R.network],
  ['transition.', R.network],
  ['reason.watch.', R.network],
  ['router.', R.network],
  ['web.identity.', R.network],
  ['web.path.', R.network],
  ['web.transition.', R.network],

  ['reason.keyring.', R.secrets],
  ['reason.secret.', R.secrets],

  ['serving.', R.serving],
  ['web.hostLink.', R.serving],
  ['web.hostRefused.', R.serving],
  ['web.serving.', R.serving],

  ['settingName.', R.settingNames],

  ['web.account.', R.shell],
  ['web.app.', R.shell],
  ['web.banner.', R.shell],
  ['web.page.', R.shell],
  ['web.query.', R.shell],
  ['web.shell.', R.shell],
  ['web.title.', R.shell],

  ['reason.signIn.', R.signIn],
  ['roles.', R.signIn],
  ['sessions.', R.signIn],
  ['web.signIn.', R.signIn],
  ['web.signInPage.', R.signIn],

  ['reason.source.', R.sources],
  ['sourceError.', R.sources],
  ['sourceState.', R.sources],
  ['web.source.', R.sources],
  ['web.sources.', R.sources],
  ['web.sourcesCard.', R.sources],

  ['reason.metered.', R.speed],
  ['reason.speed.', R.speed],
  ['speed.', R.speed],
  ['web.speed.', R.speed],

  ['uptime.', R.uptime],

  ['settings.saysWord.', R.settingsSays],
  ['settings.schemaSays.', R.settingsSays],

  ['settings.errors', R.settingsForm],
  ['settings.field.', R.settingsForm],
  ['settings.issue.', R.settingsForm],
  ['settings.items.', R.settingsForm],
  ['settings.list.', R.settingsForm],
  ['settings.off.', R.settingsForm],
  ['settings.restart.', R.settingsForm],
  ['settings.leave.', R.settingsForm],
  ['settings.save.', R.settingsForm],

  ['settings.env.', R.settingsSections],
  ['settings.fold.', R.settingsSections],
  ['settings.intro.', R.settingsSections],
  ['settings.monitor.', R.settingsSections],
  ['settings.nav.', R.settingsSections],
  ['settings.page.', R.settingsSections],
  ['settings.section.', R.settingsSections],

  ['settings.about.', R.settingsPanels],
  ['settings.app.', R.settingsPanels],
  ['settings.credits.', R.settingsPanels],
  ['settings.data.', R.settingsPanels],
  ['settings.language.', R.settingsPanels],
  ['settings.look.', R.settingsPanels],
  ['settings.plugins.', R.settingsPanels],
  ['settings.secret.', R.settingsPanels],
  ['settings.sessions.', R.settingsPanels],

  ['settings.channels.', R.settingsRows],
  ['settings.fleet.', R.settingsRows],
  ['settings.sourceKind.', R.settingsRows],
  ['settings.sources.', R.settingsRows],
  ['settings.speed.', R.settingsRows],
  ['settings.state.', R.settingsRows],
  ['settings.watcher.', R.settingsRows],

  ['bot.', R.bot],
  ['bot.cmd.', R.botCommands],
  ['notice.', R.notices],
  ['tray.', R.tray],
  ['log.', R.log],

  ['settingsFile.', R.settingsFile],
];

/** The files the table does not own: the settings' field words, written by scripts/settings-words.ts. */
export const notARoom = (file: string): boolean => /^settings-fields(-.+)?\.ts$/.test(file);

/** The files that gather the rooms: rewritten, never read for entries. */
export const GATHERERS = ['index.ts', 'settings-page.ts'] as const;

/** Whether `key` is `prefix` or under it: 'web.sites.' and 'web.sites' both hold 'web.sites.find', never 'web.sitesX'. */
const fitsPrefix = (key: string, prefix: string): boolean => {
  const bare = prefix.replace(/\.$/, '');
  return key === bare || key.startsWith(`${bare}.`);
};

/** The room of a message id, or an error naming the id when no prefix matches or one is listed twice. */
export function roomOf(key: string): Room {
  const seen = new Set<string>();
  for (const [prefix] of PREFIXES) {
    const bare = prefix.replace(/\.$/, '');
    if (seen.has(bare)) throw new Error(`catalogue rooms: the prefix "${prefix}" is listed twice`);
    seen.add(bare);
  }
  let best: readonly [string, Room] | undefined;
  for (const row of PREFIXES) {
    const [prefix] = row;
    const fits = fitsPrefix(key, prefix);
    if (fits && (!best || prefix.length > best[0].length)) best = row;
  }
  if (!best)
    throw new Error(`catalogue rooms: no room for "${key}": add its prefix to scripts/catalogue-rooms-table.ts`);
  return best[1];
}

/** The index of a key's prefix in the table: a room's entries are written in this order. */
export function prefixRank(key: string): number {
  let rank = -1;
  let length = -1;
  PREFIXES.forEach(([prefix], i) => {
    const fits = fitsPrefix(key, prefix);
    if (fits && prefix.length > length) [rank, length] = [i, prefix.length];
  });
  return rank;
}

/** A room's export name: its file in camelCase (`first-run` is `firstRun`). */
export const exportName = (file: string): string => file.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
