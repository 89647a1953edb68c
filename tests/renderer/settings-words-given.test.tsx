// @vitest-environment happy-dom
/**
 * The settings' words modules take the page's Translator, never an English fallback of their own
 * (issue 62): a refused field says why under the field in the page's language (it said it in
 * English while the summary above spoke German), as do the first run's bot token, the first run's
 * DNS records and the audit page's reload row, which names the fields by their translated labels.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ddnsDraftErrors, ddnsProblemLines } from '../../renderer/src/first-run/first-run-ddns';
import { firstRunInput, initialFirstRunForm } from '../../renderer/src/first-run/first-run-form';
import { auditWords } from '../../renderer/src/pages/audit-words';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import type { MessageId } from '../../shared/i18n/translator';
import { translator } from '../../shared/i18n/translators';
import { metaKey } from '../../shared/settings/meta-keys';
import { pseudoTranslator, pseudoWords, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp } from './fake-engine';

/** The interval typed too short and left: the message its row shows under it (aria-describedby's first). */
async function intervalMessage(words: Parameters<typeof renderApp>[2], label: string): Promise<string> {
  const user = userEvent.setup();
  renderApp(fakeEngine(), '#/settings/monitor', words);
  const interval = await screen.findByLabelText(label);
  await user.clear(interval);
  await user.type(interval, '1');
  await user.tab();
  const first = interval.getAttribute('aria-describedby')!.split(' ')[0]!;
  expect(first).toMatch(/-error$/);
  return document.getElementById(first)!.textContent!;
}

describe("a refused field's own message, under it", () => {
  it('is German on a German page', async () => {
    expect(await intervalMessage({ words: { language: 'de', messages: de } }, 'Prüfen alle (Sekunden)')).toBe(
      'Muss mindestens 10 Sekunden sein.',
    );
  });

  it('is Indonesian on an Indonesian page', async () => {
    expect(await intervalMessage({ words: { language: 'id', messages: id } }, 'Periksa setiap (detik)')).toBe(
      'Harus minimal 10 detik.',
    );
  });

  it('is all in the catalogue in the pseudo-language', async () => {
    const pseudo = pseudoTranslator();
    const label = pseudo.t(metaKey('label', 'Check every (seconds)') as MessageId);
    const said = await intervalMessage({ words: pseudoWords() }, label);
    expect(unmarkedText(said, ['10'])).toEqual([]);
  });
});

describe('the first run and the audit page, in the language given', () => {
  it("says the first run's bot token problem in German", () => {
    const r = firstRunInput({ ...initialFirstRunForm, discordBotToken: 'abc' }, translator('de'));
    expect(r).toEqual({ ok: false, errors: ['Bot-Token: Muss mindestens 20 Zeichen lang sein.'] });
  });

  it("says the first run's DNS record problems in Indonesian, the trail by the translated labels", () => {
    const records = [{ provider: 'duckdns', domain: '' }];
    const lines = ddnsProblemLines(ddnsDraftErrors(records), records, translator('id'));
    expect(lines.slice(0, 2)).toEqual([
      'Record DNS › item ke-1 › ID record: Isi “ID record”.',
      'Record DNS › item ke-1 › Token DuckDNS: Nilai tidak valid.',
    ]);
  });

  it("names a reload's fields by their German labels", () => {
    const w = auditWords(
      {
        id: 1,
        at: 1_790_000_000_000,
        actor: 'ui',
        action: 'settings.reload',
        detail: 'live: monitor.intervalSec; after restart: api.port',
        result: 'applied',
      },
      translator('de'),
    );
    expect(w.detail).toContain('Prüfen alle (Sekunden)');
    expect(w.detail).toContain('TCP-Port');
  });
});
