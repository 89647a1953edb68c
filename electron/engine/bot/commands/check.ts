/** /check: a check now. The reply is deferred at once and edited with the result. */
import * as z from 'zod/mini';

import type { Translator } from '../../../../shared/i18n/translator';
import type { GuildSettings } from '../../../../shared/settings/discord';
import type { CheckReport } from '../../../../shared/types';
import { checkResultWords } from '../../../../shared/words/health-no-source';
import { address, COLOR, embed, formatDuration } from '../format';
import { type BotServices, defineButton, defineCommand, type Reply } from './define';
import { commandName } from './localise';

function checkReply(report: CheckReport, guild: GuildSettings, ms: number, w: Translator): Reply {
  const line = (name: string, f: CheckReport['families']['v4']) =>
    ({
      name,
      value: f.enabled
        ? `${address(f.ip, guild.mask, w)} · ${f.lastCheck ? checkResultWords(f.lastCheck, w) : w.t('bot.check.notChecked')}`
        : w.t('bot.notWatched'),
    }) as const;
  const changed = [report.families.v4, report.families.v6].some((f) => f.lastCheck?.result === 'changed');
  return {
    embeds: [
      embed({
        title: w.t(changed ? 'bot.check.titleChanged' : 'bot.check.title'),
        description:
          ms < 1000
            ? w.t('bot.check.tookMs', { ms: Math.round(ms) })
            : w.t('bot.check.took', { duration: formatDuration(ms, 2, w) }),
        color: report.online === false ? COLOR.bad : changed ? COLOR.warn : COLOR.good,
        fields: [line('IPv4', report.families.v4), line('IPv6', report.families.v6)],
        timestamp: new Date(report.at).toISOString(),
      }),
    ],
  };
}

async function runCheck(guild: GuildSettings, services: BotServices, w: Translator): Promise<Reply> {
  if (services.status().pausedSince !== null)
    return { content: w.t('bot.check.paused', { resume: commandName(w, 'resume') }) };
  const start = services.clock.monotonic();
  const report = await services.checkNow();
  return checkReply(report, guild, Math.round(services.clock.monotonic() - start), w);
}

export const check = defineCommand({
  name: 'check',
  options: [],
  level: 'read',
  limited: 'check',
  deferred: true,
  schema: z.object({}),
  run: (input, services) => runCheck(input.guild, services, input.words),
});

export const checkButton = defineButton({
  name: 'check',
  level: 'read',
  limited: 'check',
  mode: 'deferred-update',
  run: (_args, input, services) => runCheck(input.guild, services, input.words),
});
