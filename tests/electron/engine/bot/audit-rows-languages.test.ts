/**
 * The bot's audit rows keep their detail as a code (reasons-14: the server, the channel and what
 * was sent) beside the English the engine wrote before, and the Audit page says the detail and the
 * bot's own results (an option refused, a rate limit, an unknown button) in the reader's language
 * (issue 62). Through a real discord.js Client and the real store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditWords } from '../../../../renderer/src/pages/audit-words';
import { de } from '../../../../shared/i18n/catalogues/de';
import { id } from '../../../../shared/i18n/catalogues/id';
import { english, translator } from '../../../../shared/i18n/translators';
import { until } from '../../../helpers/until';
import { alice, answered, type BotHarness, connected, startBot } from './helpers';

let h: BotHarness;
beforeAll(async () => {
  h = await startBot({ settings: () => ({ rateLimit: { checkSec: 30, exportSec: 60 } }) });
  await connected(h);
});
afterAll(async () => h?.close());

const botRows = () => h.store.auditLog({ limit: 50 }).filter((a) => a.action.startsWith('discord '));

describe("the bot's audit rows in the reader's language", () => {
  it('keeps the detail as a code, its English as before, and says it and the result in German and Indonesian', async () => {
    await answered(h.discord.command('history', { limit: 500 }, alice));
    await answered(h.discord.command('check', {}, alice), true);
    await answered(h.discord.command('check', {}, alice));
    await answered(h.discord.click({ id: '9', embeds: [] }, 'ipw:gone:a:b', alice));
    await until(() => botRows().length === 4, { what: 'four bot rows' });
    const rows = botRows().sort((a, b) => a.id - b.id);
    const guild = h.discord.home.id;
    const [invalid, ok, limited, button] = rows;
    // The English the engine wrote before the code (interactions.ts), byte for byte.
    const before = (sent: string) => new RegExp(`^guild ${guild} channel \\d+ ${sent}$`);
    expect(invalid!.detail).toMatch(before('options \\{"limit":500\\}'));
    expect(ok!.detail).toMatch(before('options \\{\\}'));
    expect(button!.detail).toMatch(before('args a:b'));
    expect(rows.map((r) => r.reason?.code)).toEqual([
      'reason.audit.botCommand',
      'reason.audit.botCommand',
      'reason.audit.botCommand',
      'reason.audit.botButton',
    ]);
    expect(rows.map((r) => auditWords(r, english).detail)).toEqual(rows.map((r) => r.detail));
    expect(limited!.result).toMatch(/^rate limited \(\d+ s\)$/);

    const german = rows.map((r) => auditWords(r, translator('de')));
    const at = (r: (typeof rows)[number]) => /channel (\d+)/.exec(r.detail!)![1];
    expect(german[0]!.detail).toBe(`Server ${guild}, Kanal ${at(invalid!)}, Optionen {"limit":500}`);
    expect(german[3]!.detail).toBe(`Server ${guild}, Kanal ${at(button!)}, Argumente a:b`);
    expect(german.map((w) => w.result)).toEqual([
      'ungültig: limit must be between 1 and 25',
      'Erledigt',
      expect.stringMatching(/^zu häufig \(wieder in \d+ Sek\.\)$/),
      'unbekannte Schaltfläche',
    ]);
    const indonesian = rows.map((r) => auditWords(r, translator('id')));
    expect(indonesian[1]!.detail).toBe(`server ${guild}, kanal ${at(ok!)}, opsi {}`);
    expect(indonesian.map((w) => w.result)).toEqual([
      'tidak valid: limit must be between 1 and 25',
      expect.any(String),
      expect.stringMatching(/^terlalu sering \(coba lagi dalam \d+ dtk\)$/),
      'tombol tidak dikenal',
    ]);
    expect(de['audit.bot.unknownButton']).not.toBe(id['audit.bot.unknownButton']);
  });
});
