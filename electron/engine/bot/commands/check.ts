/** /check: a check now. The reply is deferred at once and edited with the result. */
import * as z from 'zod/mini';

import { english } from '../../../../shared/i18n/translators';
import type { GuildSettings } from '../../../../shared/settings/discord';
import type { CheckReport } from '../../../../shared/types';
import { checkResultWords } from '../../../../shared/words/health-no-source';
import { address, COLOR, embed, formatDuration } from '../format';
import { type BotServices, defineButton, defineCommand, type Reply } from './define';

function checkReply(report: CheckReport, guild: GuildSettings, services: BotServices, ms: number): Reply {
  const line = (name: string, f: CheckReport['families']['v4']) =>
    ({
      name,
      value: f.enabled
        ? `${address(f.ip, guild.mask)} · ${f.lastCheck ? checkResultWords(f.lastCheck, english) : 'not checked'}`
        : 'not watched',
    }) as const;
  const changed = [report.families.v4, report.families.v6].some((f) => f.lastCheck?.result === 'changed');
  return {
    embeds: [
      embed({
        title: changed ? 'Checked: the address changed' : 'Checked',
        description: `Took ${ms < 1000 ? `${Math.round(ms)} ms` : formatDuration(ms)}.`,
        color: report.online === false ? COLOR.bad : changed ? COLOR.warn : COLOR.good,
        fields: [line('IPv4', report.families.v4), line('IPv6', report.families.v6)],
        timestamp: new Date(report.at).toISOString(),
      }),
    ],
  };
}

async function runCheck(guild: GuildSettings, services: BotServices): Promise<Reply> {
  if (services.status().pausedSince !== null) return { content: 'Monitoring is paused; /resume first.' };
  const start = services.clock.now();
  const report = await services.checkNow();
  return checkReply(report, guild, services, services.clock.now() - start);
}

export const check = defineCommand({
  name: 'check',
  description: 'Check the public addresses now',
  options: [],
  level: 'read',
  limited: 'check',
  deferred: true,
  schema: z.object({}),
  run: (input, services) => runCheck(input.guild, services),
});

export const checkButton = defineButton({
  name: 'check',
  level: 'read',
  limited: 'check',
  mode: 'deferred-update',
  run: (_args, input, services) => runCheck(input.guild, services),
});
