/**
 * From a discord.js interaction to a command and back: who may (access.ts), whether the
 * options are valid (each command's schema), how often (rate-limit.ts), then the reply:
 * ephemeral unless asked in the guild's notification channel, deferred and edited for slow
 * work. Every command and button, allowed or not, gets an audit row: who, what, result.
 * Nothing here throws at discord.js: a failure becomes a reply and a log line.
 */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  InteractionReplyOptions,
} from 'discord.js';

import type { Translator } from '../../../shared/i18n/translator';
import { translator } from '../../../shared/i18n/translators';
import type { Reason } from '../../../shared/reason';
import type { GuildSettings } from '../../../shared/settings/discord';
import type { Logger } from '../logger';
import { inEnglish, reason } from '../reason';
import { checkAccess, isAdmin, type Level, type Member } from './access';
import { type BotServices, type CommandContext, ownBot, type Reply } from './commands/define';
import { buttonByName, commandByName } from './commands/registry';
import { failureWords } from './failure-words';
import { memberLanguage } from './language';
import type { LimitedKind, RateLimiter } from './rate-limit';

const EPHEMERAL = 64;

export interface DispatchDeps {
  services: BotServices;
  limiter: RateLimiter;
  logger: Logger;
  /** Measures (bench) and tests see each handled interaction. */
  onHandled?: (what: string, result: string) => void;
}

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

function memberOf(i: Answerable | AutocompleteInteraction): Member {
  const roles = i.member?.roles;
  return {
    userId: i.user.id,
    roles: Array.isArray(roles) ? roles : roles ? [...roles.cache.keys()] : [],
    permissions: i.memberPermissions?.bitfield ?? null,
  };
}

const payload = (r: Reply, ephemeral: boolean) => ({
  ...(r.content !== undefined ? { content: r.content } : {}),
  ...(r.embeds ? { embeds: r.embeds } : {}),
  ...(r.components ? { components: r.components } : {}),
  ...(r.files ? { files: r.files.map((f) => ({ attachment: f.data, name: f.name })) } : {}),
  ...(ephemeral ? { flags: EPHEMERAL } : {}),
});

/** Raw option values by name; a subcommand's own options, with `sub` naming it. */
function rawOptions(i: ChatInputCommandInteraction): Record<string, unknown> {
  const data = i.options.data;
  const sub = data.find((o) => o.type === 1);
  const list = sub ? (sub.options ?? []) : data;
  return {
    ...(sub ? { sub: sub.name } : {}),
    ...Object.fromEntries(list.filter((o) => o.value !== undefined).map((o) => [o.name, o.value])),
  };
}

/**
 * An audit row's detail: the server, the channel and what was sent, as a code (reasons-14) the
 * Audit page says in its reader's language; its English as the engine wrote it before.
 */
function where(
  i: Answerable,
  code: 'reason.audit.botCommand' | 'reason.audit.botButton',
  sent: { options: string } | { args: string },
): Reason {
  return reason(code, { guild: i.guildId ?? 'none', channel: i.channelId, ...sent });
}

export function createDispatcher(deps: DispatchDeps): (i: Interaction) => Promise<void> {
  const d = new Dispatcher(deps);
  return (i) => d.dispatch(i);
}

class Dispatcher {
  constructor(private readonly deps: DispatchDeps) {}

  async dispatch(i: Interaction): Promise<void> {
    try {
      if (i.isChatInputCommand()) await this.command(i);
      else if (i.isButton()) await this.button(i);
      else if (i.isAutocomplete()) await this.autocomplete(i);
    } catch (err) {
      // A reply that could not be sent (the interaction expired, Discord unreachable): log, never throw.
      const error = err instanceof Error ? err.message : String(err);
      this.deps.logger.warn('could not answer an interaction', { error });
    }
  }

  /** The member's language: their locale, else the server's, else the app's. */
  private wordsFor(i: Answerable | AutocompleteInteraction): Translator {
    return translator(memberLanguage(i.locale, i.guildLocale, this.deps.services.language()));
  }

  private async command(i: ChatInputCommandInteraction): Promise<void> {
    const { services } = this.deps;
    const words = this.wordsFor(i);
    const cmd = commandByName(i.commandName);
    const raw = rawOptions(i);
    const what = `/${i.commandName}${typeof raw.sub === 'string' ? ` ${raw.sub}` : ''}`;
    const detail = where(i, 'reason.audit.botCommand', { options: JSON.stringify(raw) });
    if (!cmd) {
      await i.reply({ content: words.t('bot.reply.unknownCommand'), flags: EPHEMERAL });
      this.audit(i, what, detail, 'unknown command');
      return;
    }
    const gated = await this.admit(i, what, detail, cmd.level, words);
    if (!gated) return;
    const prepared = cmd.prepare(raw, words);
    if (!prepared.ok) {
      await i.reply({ content: words.t('bot.reply.invalidOption', { error: prepared.error }), flags: EPHEMERAL });
      this.audit(i, what, detail, `invalid: ${prepared.error}`);
      return;
    }
    // Options that do more than the command's level allows (a trace now) need their own level.
    if (prepared.level !== cmd.level && !(await this.admit(i, what, detail, prepared.level, words))) return;
    // Only a valid command is a use: a mistyped option must not cost the member a wait.
    if (!(await this.limit(i, what, detail, words, prepared.limited ?? undefined))) return;
    try {
      if (cmd.deferred) {
        await i.deferReply(gated.ephemeral ? { flags: EPHEMERAL } : {});
        await i.editReply(payload(await prepared.run(gated.ctx, services), false));
      } else {
        const reply = await prepared.run(gated.ctx, services);
        await i.reply(payload(reply, gated.ephemeral || reply.ephemeral === true) as InteractionReplyOptions);
      }
      this.audit(i, what, detail, 'ok');
    } catch (err) {
      await this.fail(i, what, detail, words, err);
    }
  }

  private async button(i: ButtonInteraction): Promise<void> {
    const words = this.wordsFor(i);
    const [prefix, name = '', ...args] = i.customId.split(':');
    const b = prefix === 'ipw' ? buttonByName(name) : null;
    const what = `button ${name}`;
    const detail = where(i, 'reason.audit.botButton', { args: args.join(':') });
    if (!b) {
      await i.reply({ content: words.t('bot.reply.outOfDate'), flags: EPHEMERAL });
      this.audit(i, what, detail, 'unknown button');
      return;
    }
    const gated = await this.admit(i, what, detail, b.level, words);
    if (!gated || !(await this.limit(i, what, detail, words, b.limited))) return;
    const run = () => b.run(args, { ...gated.ctx, options: null }, this.deps.services);
    try {
      if (b.mode === 'update') await i.update(payload(await run(), false));
      else if (b.mode === 'reply') await i.reply(payload(await run(), gated.ephemeral) as InteractionReplyOptions);
      else {
        await i.deferUpdate();
        await i.editReply(payload(await run(), false));
      }
      this.audit(i, what, detail, 'ok');
    } catch (err) {
      await this.fail(i, what, detail, words, err);
    }
  }

  private async autocomplete(i: AutocompleteInteraction): Promise<void> {
    const cmd = commandByName(i.commandName);
    const focused = i.options.getFocused(true);
    const guild = this.guildOf(i.guildId);
    const allowed = guild !== null && checkAccess(guild, memberOf(i), cmd?.level ?? 'admin').ok;
    const choices =
      allowed && cmd?.autocomplete
        ? await cmd.autocomplete(focused.name, String(focused.value), this.deps.services, this.wordsFor(i))
        : [];
    await i.respond(choices.slice(0, 25));
  }

  /** The access check every command and button passes first; a refusal is answered here. */
  private async admit(i: Answerable, what: string, detail: Reason, level: Level, words: Translator) {
    const guild = this.guildOf(i.guildId);
    const member = memberOf(i);
    const access = checkAccess(guild, member, level, words);
    if (!access.ok) {
      await i.reply({ content: access.reason, flags: EPHEMERAL });
      this.audit(i, what, detail, 'denied');
      return null;
    }
    const g = guild!;
    const ctx: CommandContext = {
      guild: g,
      userId: member.userId,
      channelId: i.channelId,
      admin: isAdmin(g, member),
      words,
    };
    // Addresses are shown to everyone only in the channel the guild set up for them.
    return { ctx, ephemeral: !(g.channel !== null && i.channelId === g.channel) };
  }

  /** Takes one use of a rate-limited kind, last of all checks; false (answered here) when too soon. */
  private async limit(
    i: Answerable,
    what: string,
    detail: Reason,
    words: Translator,
    limited?: LimitedKind,
  ): Promise<boolean> {
    if (!limited) return true;
    const taken = this.deps.limiter.take(limited, i.user.id, this.deps.services.clock.now());
    if (taken.ok) return true;
    await i.reply({ content: words.t('bot.reply.tooSoon', { seconds: taken.retryInSec }), flags: EPHEMERAL });
    this.audit(i, what, detail, `rate limited (${taken.retryInSec} s)`);
    return false;
  }

  private async fail(i: Answerable, what: string, detail: Reason, words: Translator, err: unknown): Promise<void> {
    const { logger } = this.deps;
    const message = err instanceof Error ? err.message : String(err);
    logger.error('bot command failed', { command: what, error: message });
    this.audit(i, what, detail, `error: ${message}`);
    const content = words.t('bot.reply.failed', { message: failureWords(err, words) });
    try {
      if (i.deferred || i.replied) await i.editReply({ content, embeds: [], components: [], files: [] });
      else await i.reply({ content, flags: EPHEMERAL });
    } catch (e) {
      logger.warn('could not tell the member about the failure', { error: String(e) });
    }
  }

  private audit(i: Answerable, what: string, detail: Reason, result: string): void {
    try {
      const actor = `discord:${i.user.id}`;
      this.deps.services.history.audit({
        actor,
        action: `discord ${what}`,
        detail: inEnglish(detail),
        result,
        reason: detail,
      });
    } catch (err) {
      this.deps.logger.error('cannot write the audit log', { error: String(err) });
    }
    this.deps.onHandled?.(what, result);
  }

  private guildOf(id: string | null): GuildSettings | null {
    return ownBot(this.deps.services).guilds.find((g) => g.id === id) ?? null;
  }
}
