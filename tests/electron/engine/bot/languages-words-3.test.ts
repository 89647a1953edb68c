/**
 * The bot's shared words in the member's language (issue 62): /status's uptime line and NAT
 * verdict, /stats's uptime line and forecast, /sites's fleet words, for a German and an
 * Indonesian member, through a real discord.js Client and the Discord stand-in. The status's
 * `nat.label` stays the API's English; the bot words the verdict itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { siteLine } from '../../../../electron/engine/bot/commands/sites';
import { translator } from '../../../../shared/i18n/translators';
import { notWatchingWords } from '../../../../shared/words/fleet';
import { natVerdictWords } from '../../../../shared/words/nat';
import { snowflake } from '../../../fakes/discord/payloads';
import { fleetSite } from '../../../helpers/fleet-state';
import { answered, type BotHarness, callback, connected, startBot } from './helpers';

let h: BotHarness;
const member = (locale: string) => ({ user: { id: '300000000000000011', username: `m-${locale}` }, locale });

beforeAll(async () => {
  const channels = [{ id: snowflake(), name: 'ip', denyBot: 0n }];
  h = await startBot({ discord: { guilds: [{ id: snowflake(), name: 'Heim', channels, preferredLocale: 'de' }] } });
  await connected(h);
  h.world.setIp('81.2.69.143', '2a02:1:2:3::5');
  await h.runtime.engine.checkNow('manual');
});
afterAll(async () => h?.close());

/** A command's answer as the member reads it: its embeds' fields by name, or its content. */
async function ask(name: string, locale: string, deferred = false) {
  const log = h.discord.command(name, {}, member(locale), h.discord.home.channels[0]!.id);
  await answered(log, deferred);
  const data = (deferred ? log.edits[0] : callback(log).data) as {
    content?: string;
    embeds?: { fields?: { name: string; value: string }[] }[];
  };
  const fields = Object.fromEntries((data.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));
  return { fields, content: data.content ?? '' };
}

describe("the bot's shared words", () => {
  it.each([
    ['de', /^(\d{1,3}(,\d\d)? % in .+ Überwachung|in diesem Zeitraum nicht überwacht)/],
    ['id', /^(\d{1,3}(,\d\d)?% dari .+ pemantauan|tidak dipantau dalam periode ini)/],
  ])('/status for %s: the uptime line and the NAT verdict', async (locale, line) => {
    const w = translator(locale === 'de' ? 'de' : 'id');
    const { fields } = await ask('status', locale);
    const verdict = h.runtime.status().nat.verdict;
    const nat = natVerdictWords(verdict, w);
    expect(fields[w.t('bot.field.nat')]).toBe(`**${nat.label}**: ${nat.detail}`);
    expect(fields[w.t('bot.status.uptime')]).toMatch(line);
    expect(JSON.stringify(fields)).not.toContain(h.runtime.status().nat.detail);
  });

  it('/stats for a German member: the uptime line in German', async () => {
    const w = translator('de');
    const { fields } = await ask('stats', 'de', true);
    expect(fields[w.t('bot.stats.uptime')]).toMatch(/^(\d{1,3}(,\d\d)? % in .+ Überwachung|keine überwachte Zeit)/);
    expect(JSON.stringify(fields)).not.toMatch(/monitored/);
  });

  it('/sites for a German member of a runner that watches no fleet says what to set, in German', async () => {
    const { content } = await ask('sites', 'de');
    // The message names the setting by its label (a value), so it is read through its words' function.
    expect(content).toBe(notWatchingWords(translator('de')));
    expect(content).toContain('Verbund beobachten');
  });

  it("a site's line as /sites lists it, in German", () => {
    const now = Date.UTC(2026, 10, 27, 12);
    const site = fleetSite(
      'office',
      now,
      { online: false, since: now - 40_000, lastSeenAt: null, offlineReason: 'connection lost' },
      { online: false, at: now - 60_000 },
    );
    expect(siteLine(site, 'none', now, translator('de'))).toBe(
      '**office** · offline seit 40 Sek. (Verbindung verloren) · IPv4 `203.0.113.7`, zuletzt bekannt · Online, beim letzten Kontakt · von dieser Instanz nie gehört',
    );
  });
});
