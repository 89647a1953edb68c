/**
 * The common shape of a slash command and of the buttons on its replies: one file per
 * command, each with its Discord definition (name, options), the level it needs, a zod
 * schema for its options and a handler. The dispatcher (../interactions.ts) checks access,
 * rate limits and options, audits the outcome and sends the reply, so a command only says
 * what to answer. Nothing here imports discord.js: commands are plain functions.
 */
import type {
  APIActionRowComponent,
  APIApplicationCommandOption,
  APIComponentInMessageActionRow,
  APIEmbed,
} from 'discord-api-types/v10';
import { type $ZodIssue, type $ZodType, safeParse } from 'zod/v4/core';

import type { FleetSite, SiteDetail, Sites } from '../../../../shared/contract/fleet';
import type { MemoryAnswer } from '../../../../shared/contract/memory';
import type { PathRecord, PathRunAnswer } from '../../../../shared/contract/path';
import { en } from '../../../../shared/i18n/catalogues/en';
import type { Language } from '../../../../shared/i18n/languages';
import type { MessageId, MessageValues, Translator } from '../../../../shared/i18n/translator';
import { english } from '../../../../shared/i18n/translators';
import type { MapAnswer } from '../../../../shared/map/from-history';
import type { Settings } from '../../../../shared/settings';
import type { BotRunSettings, GuildSettings } from '../../../../shared/settings/discord';
import type { CheckReport } from '../../../../shared/types';
import type { Clock } from '../../clock';
import type { HistoryService, MonitorService } from '../../services';
import type { Level } from '../access';
import type { LimitedKind } from '../rate-limit';

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: Row[];
  files?: { name: string; data: Buffer }[];
  /** Shown only to the member who asked; the dispatcher decides unless a command forces it. */
  ephemeral?: boolean;
}

/** What the bot gives every command: the monitor, the history and the settings, never discord.js. */
export interface BotServices {
  clock: Clock;
  /** The monitor's status with the channels' and the bot's, secrets masked. */
  status: MonitorService['status'];
  checkNow(): Promise<CheckReport>;
  pause(): Promise<void>;
  resume(): Promise<CheckReport>;
  history: Pick<HistoryService, 'history' | 'stats' | 'audit' | 'held'>;
  settings(): Settings;
  /** The runner's memory over time and its bound (getMemory); null where the runtime has no memory part. */
  memory(): Promise<MemoryAnswer | null>;
  /** Where the addresses were over [from, to]: the runtime's getMap, one figure for the API, the page and the bot. */
  map(query: { from: number; to: number }): Promise<MapAnswer>;
  /**
   * The path part (runtime/path.ts, docs/path.md): the newest paths kept, newest first (getPaths),
   * and a trace now (tracePath: one at a time, bounded by the tracer's own time limit); null where
   * the runtime has no path part.
   */
  path: { recent(limit: number): Promise<PathRecord[]>; trace(): Promise<PathRunAnswer> } | null;
  /**
   * Which bot answers (docs/discord-bot.md "Several bots"): its id and its own settings (servers,
   * registration, rate limits); absent: the first bot, `discord`'s own fields.
   */
  bot?: { id: string; settings(): BotRunSettings };
  /** Writes a settings edit through the host's validated path; null when this host cannot. */
  editSettings: ((edit: (raw: Record<string, unknown>) => void) => Promise<void>) | null;
  /** The app's language: a member's or a server's Discord locale we do not speak falls back to it. */
  language(): Language;
  /**
   * The fleet this runner watches (runtime/fleet.ts): every site (read a page after another,
   * fleet/site-page.ts everySite), and one with its recent events (null: not watched).
   */
  fleet: {
    sites(): Promise<{ watching: boolean; sites: FleetSite[] }>;
    /** A page by name from a cursor, as GET /sites answers it (the last name before it in `after`). */
    page(q: { limit: number; after?: string }): Promise<Sites>;
    site(name: string, limit: number): Promise<SiteDetail | null>;
  };
}

export type Choice = { name: string; value: string };

export interface CommandInput<O> {
  options: O;
  guild: GuildSettings;
  userId: string;
  channelId: string;
  /** The member administers IPWatch here (for /help). */
  admin: boolean;
  /** The member's language (their Discord locale, else the server's, else the app's). */
  words: Translator;
}

/**
 * An option as a command file declares it: Discord's definition without the words, which
 * localise.ts fills from the catalogue (`bot.cmd.<command>.<option>.name` and `.description`, a
 * choice's name `bot.cmd.<command>.<option>.<value>`), in English and with the localisations.
 */
export type OptionSpec = APIApplicationCommandOption extends infer T
  ? T extends APIApplicationCommandOption
    ? Omit<T, 'description' | 'options' | 'choices'> & {
        options?: OptionSpec[];
        choices?: readonly { value: string }[];
        /** Values the description's message takes (the events option's examples). */
        descriptionValues?: MessageValues;
      }
    : never
  : never;

export interface BotCommand<O = Record<string, unknown>> {
  /** The command's name as Discord sends it back; its description and localisations are the catalogue's. */
  name: string;
  /** Discord's option definitions (discord-api-docs Application_Commands.md), words aside (OptionSpec). */
  options: OptionSpec[];
  level: Level;
  /** The level these options need when more than the command's (the API's rule for the same act), or null. */
  raised?: (options: O) => Level | null;
  /** Rate limited per user: always, or for the options that cost (a function of them: none, not limited). */
  limited?: LimitedKind | ((options: O) => LimitedKind | null);
  /** Answer at once with "thinking…", then edit: for work that may take longer than 3 s. */
  deferred?: boolean;
  /** Validates the options as Discord sent them (a subcommand as `sub`). */
  schema: $ZodType<O>;
  /** Values the schema's messages take besides a custom issue's own (the lists an option accepts). */
  issueValues?: MessageValues;
  run(input: CommandInput<O>, services: BotServices): Promise<Reply>;
  /** Choices for the focused option, at most 25, in the member's language (`words`). */
  autocomplete?(option: string, value: string, services: BotServices, words: Translator): Choice[] | Promise<Choice[]>;
}

/** A button on a reply: its custom id is `ipw:<name>:<args...>`. */
export interface BotButton {
  name: string;
  level: Level;
  limited?: LimitedKind;
  /** update: replace the message clicked (paging); reply: a new reply; deferred-update: edit after work. */
  mode: 'update' | 'reply' | 'deferred-update';
  run(args: string[], input: CommandInput<null>, services: BotServices): Promise<Reply>;
}

export type CommandContext = Omit<CommandInput<unknown>, 'options'>;

/** A command with its option type closed over, so the registry holds all of them under one type. */
export interface Command extends Omit<BotCommand, 'schema' | 'run' | 'issueValues' | 'limited' | 'raised'> {
  /**
   * Validates the options as Discord sent them: the bound handler, or what is wrong, said to the
   * member in `words` (English unless given).
   */
  prepare(
    raw: Record<string, unknown>,
    words?: Translator,
  ):
    | {
        ok: true;
        run: (ctx: CommandContext, services: BotServices) => Promise<Reply>;
        /** The rate limit these options take, if any. */
        limited: LimitedKind | null;
        /** The level these options need: the command's, or more. */
        level: Level;
      }
    | { ok: false; error: string };
}

/** The messages a bot schema says its issues in (`bot.invalid.*`). */
const INVALID = (Object.keys(en) as MessageId[]).filter((id) => id.startsWith('bot.invalid.'));

/** The English message `english.t(id, values)` is, if one of INVALID is. */
function invalidId(message: string, values: MessageValues): MessageId | null {
  for (const id of INVALID) {
    try {
      if (english.t(id, values) === message) return id;
    } catch {
      // Not this one: it takes a value this issue does not carry.
    }
  }
  return null;
}

/**
 * A schema's issue as the member reads it. The bot's schemas say their issues in the
 * catalogue's English (`bot.invalid.*`, so a schema reads as it always did, and as recorded in
 * tests/fixtures/schemas), with a custom issue's `params` and the command's `values` as the
 * message's values; that English is said again in `words`. A message of another schema (the
 * settings' own, shared/settings) is shown as that schema wrote it.
 */
export function issueWords(issue: $ZodIssue, words: Translator, values: MessageValues = {}): string {
  const params = issue.code === 'custom' ? (issue.params as MessageValues | undefined) : undefined;
  const all = { ...values, ...params };
  const id = invalidId(issue.message, all);
  return id === null ? issue.message : words.t(id, all);
}

export function defineCommand<O>(c: BotCommand<O>): Command {
  const { schema, run, issueValues, limited, raised, ...meta } = c;
  return {
    ...meta,
    prepare(raw, words = english) {
      const parsed = safeParse(schema, raw);
      if (!parsed.success)
        return { ok: false, error: parsed.error.issues.map((i) => issueWords(i, words, issueValues)).join('; ') };
      return {
        ok: true,
        run: (ctx, services) => run({ ...ctx, options: parsed.data }, services),
        limited: typeof limited === 'function' ? limited(parsed.data) : (limited ?? null),
        level: raised?.(parsed.data) ?? meta.level,
      };
    },
  };
}
export const defineButton = (b: BotButton): BotButton => b;
export const buttonId = (name: string, ...args: (string | number)[]): string => ['ipw', name, ...args].join(':');

/** The settings of the bot that answers: its own, or the first bot's (`discord`). */
export const ownBot = (services: BotServices): BotRunSettings =>
  services.bot ? services.bot.settings() : services.settings().discord;
