// @vitest-environment happy-dom
/**
 * The Audit log on the Activity page says the bot's rows in the page's language (issue 62): the
 * detail kept as a code (reasons-14: the server, the channel, what was sent) and the bot's own
 * results (an unknown command, a rate limit's wait, an option refused, a failure's Node error);
 * and a dangerous change refused by its rule (its changes still destinations.ts's English, data
 * here). The rows are built as interactions.ts and guards.ts build them (the real bot's and API's
 * are held by tests/electron/engine/bot/audit-rows-languages.test.ts and
 * tests/electron/engine/api/danger-audit-languages.test.ts). German and Indonesian say them in real
 * words, the pseudo-language leaves no unmarked text, and English keeps the stored bytes.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { dangerReason } from '../../electron/engine/api/access/guards';
import { inEnglish } from '../../electron/engine/reason';
import type { AuditEntry } from '../../renderer/src/api/types';
import type { Words } from '../../renderer/src/i18n/I18n';
import { auditWords } from '../../renderer/src/pages/audit-words';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { english } from '../../shared/i18n/translators';
import { reason, type Reason } from '../../shared/reason';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { DOM_WAIT_MS, fakeEngine, renderApp } from './fake-engine';
import { pageData } from './page-data';

afterEach(cleanup);

const AT = Date.UTC(2026, 10, 27);
const GUILD = '81384788765712384';
const CHANNEL = '81384788765712390';
const INVALID = 'limit must be between 1 and 25';

function row(n: number, action: string, result: string, r: Reason): AuditEntry {
  return { id: n, at: AT - n, actor: 'discord:300000000000000001', action, detail: inEnglish(r), result, reason: r };
}
const command = (options: string, guild = GUILD) =>
  reason('reason.audit.botCommand', { guild, channel: CHANNEL, options });

const ROWS: AuditEntry[] = [
  row(1, 'discord /history', `invalid: ${INVALID}`, command('{"limit":500}')),
  row(2, 'discord /check', 'rate limited (28 s)', command('{}')),
  row(3, 'discord /nosuch', 'unknown command', command('{}', 'none')),
  row(
    4,
    'discord button gone',
    'unknown button',
    reason('reason.audit.botButton', { guild: GUILD, channel: CHANNEL, args: 'a:b' }),
  ),
  row(5, 'discord /export', 'error: ENOSPC: no space left on device, write', command('{"format":"csv"}')),
];
const CHANGES = ["the hook's arguments"];
const danger = dangerReason(
  { role: 'admin', via: 'session', signedInWith: 'discord', signedInAt: 0 },
  CHANGES,
  AT,
  false,
)!;
ROWS.push({ ...row(6, 'saveSettings', 'refused', danger), actor: 'ops (admin, session)' });
const DATA = [
  ...CHANGES,
  'ops',
  GUILD,
  CHANNEL,
  INVALID,
  '300000000000000001',
  '{"limit":500}',
  '{"format":"csv"}',
  '{}',
  'a:b',
];

/** The Activity page with these audit rows, in `words`: its main region and each row's detail and result. */
async function rowsShown(words: Words) {
  const fake = fakeEngine();
  fake.client.getAudit.mockImplementation(async () => ({ items: ROWS, total: ROWS.length }));
  const view = renderApp(fake, '#/activity', { words });
  const main = await screen.findByRole('main');
  await vi.waitFor(() => {
    expect(main.querySelector('.state.loading')).toBeNull();
    expect(view.queryClient.isFetching()).toBe(0);
    expect(main.querySelectorAll('.audit-detail')).toHaveLength(ROWS.length);
  }, DOM_WAIT_MS);
  const shown = [...main.querySelectorAll('.audit-detail')].map((e) => {
    const tr = e.closest('tr')!;
    return [e.textContent, tr.lastElementChild?.textContent];
  });
  return { fake, main, shown };
}

describe("the bot's rows and a dangerous change refused in the page's language", () => {
  it('in English, the stored detail and result', () => {
    const said = ROWS.map((r) => auditWords(r, english));
    expect(said.map((w) => w.detail)).toEqual(ROWS.map((r) => r.detail));
    expect(said.slice(0, 5).map((w) => w.result)).toEqual(ROWS.slice(0, 5).map((r) => r.result));
    expect(ROWS[2]!.detail).toBe(`guild (none) channel ${CHANNEL} options {}`);
  });

  it('in German', async () => {
    const { shown } = await rowsShown({ language: 'de', messages: de });
    expect(shown.slice(0, 4)).toEqual([
      [`Server ${GUILD}, Kanal ${CHANNEL}, Optionen {"limit":500}`, `ungültig: ${INVALID}`],
      [`Server ${GUILD}, Kanal ${CHANNEL}, Optionen {}`, 'zu häufig (wieder in 28 Sek.)'],
      [`Server (keiner), Kanal ${CHANNEL}, Optionen {}`, 'unbekannter Befehl'],
      [`Server ${GUILD}, Kanal ${CHANNEL}, Argumente a:b`, 'unbekannte Schaltfläche'],
    ]);
    expect(shown[4]![1]).toMatch(/^Fehler: .*(Speicherplatz|Datenträger)/);
    expect(shown[5]).toEqual([
      "the hook's arguments: dies ändert, wohin ein gespeichertes Geheimnis geht, was auf diesem Host läuft oder wer sich wie anmelden darf, oder senkt einen Schutz. Dafür ist eine Anmeldung in den letzten 5 Minuten nötig: Melden Sie sich ab, wieder an und wiederholen Sie es",
      'Abgelehnt',
    ]);
  });

  it('in Indonesian', async () => {
    const { shown } = await rowsShown({ language: 'id', messages: id });
    expect(shown.slice(0, 4)).toEqual([
      [`server ${GUILD}, kanal ${CHANNEL}, opsi {"limit":500}`, `tidak valid: ${INVALID}`],
      [`server ${GUILD}, kanal ${CHANNEL}, opsi {}`, 'terlalu sering (coba lagi dalam 28 dtk)'],
      [`server (tidak ada), kanal ${CHANNEL}, opsi {}`, 'perintah tidak dikenal'],
      [`server ${GUILD}, kanal ${CHANNEL}, argumen a:b`, 'tombol tidak dikenal'],
    ]);
    expect(shown[4]![1]).toMatch(/^galat: /);
    expect(shown[5]![0]).toBe(
      "the hook's arguments: ini mengubah ke mana rahasia yang tersimpan dikirim, apa yang berjalan di host ini, atau siapa yang boleh masuk dan caranya, atau menurunkan perlindungan, jadi perlu masuk dalam 5 menit terakhir; keluar, masuk lagi, lalu ulangi",
    );
  });

  it('in the pseudo-language, with no unmarked text', async () => {
    const { fake, main, shown } = await rowsShown(pseudoWords());
    for (const [detail, result] of shown) {
      expect(detail).toMatch(/⟦/);
      expect(result).toMatch(/⟦/);
    }
    expect(unmarkedText(readableText(main), await pageData(fake, DATA))).toEqual([]);
  });
});
