// @vitest-environment happy-dom
/**
 * What the attacker's read of issue 62 found the page tests did not see (area web-leftovers-3,
 * reasons-12). The Discord page showed the bot's last error as the engine wrote it: a sentence of the bot's in
 * English, or a library's raw text ("getaddrinfo ENOTFOUND discord.com") on a German page. Now a
 * sentence the bot wrote is said by its code (status.bot.lastError.reason) and a library's text in
 * words (shared/words/error.ts), its raw text under Details, as Settings' Discord panel says it.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { botOff, type BotStatus } from '../../shared/bot-types';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { english } from '../../shared/i18n/translators';
import { reason, type Reason } from '../../shared/reason';
import { reasonWords } from '../../shared/words/reason';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);

const GERMAN: Words = { language: 'de', messages: de };
const INDONESIAN: Words = { language: 'id', messages: id };

const failed = (r: Reason | string): BotStatus => ({
  ...botOff(),
  state: 'token rejected',
  lastError: typeof r === 'string' ? { message: r, at: 1 } : { message: reasonWords(r, english), at: 1, reason: r },
});

/** The Discord page's bot card, with `bot` in the status. */
async function botCard(bot: BotStatus, words: Words): Promise<HTMLElement> {
  renderApp(fakeEngine({ status: status({ bot }) }), '#/discord', { words });
  await screen.findByRole('heading', { level: 2, name: words.messages['web.discord.bot'] });
  return document.querySelector<HTMLElement>('section[aria-labelledby="bot-h"]')!;
}

const wordsOf = (card: HTMLElement) => card.querySelector('.error-words')?.textContent ?? '';

it.each([
  [GERMAN, 'Discord hat das Bot-Token abgelehnt; legen Sie ein neues fest'],
  [INDONESIAN, 'Discord menolak token bot; atur token baru'],
] as const)('a sentence the bot wrote, in %#', async (words, said) => {
  const card = await botCard(failed(reason('reason.bot.tokenRejected')), words);
  expect(wordsOf(card)).toContain(said);
  expect(card.textContent).not.toContain('Discord rejected the bot token');
});

it('Discord’s wait before the next login and a closed gateway, in German', async () => {
  const wait = await botCard(failed(reason('reason.bot.waitToLogin', { seconds: 30 })), GERMAN);
  expect(wordsOf(wait)).toBe('keine Verbindung: Discord bittet, 30 s bis zur nächsten Anmeldung zu warten');
  cleanup();
  const closed = await botCard(failed(reason('reason.bot.gatewayClosed', { code: 4014 })), GERMAN);
  expect(wordsOf(closed)).toBe('Gateway endgültig geschlossen (Code 4014)');
});

it('a library’s own text in words, its raw text only under Details', async () => {
  const card = await botCard(failed('getaddrinfo ENOTFOUND discord.com'), GERMAN);
  expect(wordsOf(card)).toMatch(/discord\.com/);
  expect(wordsOf(card)).not.toContain('ENOTFOUND');
  expect(card.querySelector('details code')?.textContent).toBe('getaddrinfo ENOTFOUND discord.com');
});

it('in the pseudo-language, the bot card has no unmarked text', async () => {
  const card = await botCard(failed(reason('reason.bot.waitToLogin', { seconds: 30 })), pseudoWords());
  expect(unmarkedText(readableText(card), ['IPWatch', '30'])).toEqual([]);
});

/**
 * What a page loads was named in English inside the translated loading and failure lines
 * ("Konnte nicht geladen werden: history"): the fake engine answers at once, so no page test saw
 * them. Each page's query failing, in German: the name is German, the English one nowhere.
 */
describe('what a page could not load, named in the page’s language', () => {
  it.each([
    ['#/history', 'getHistory', 'Konnte nicht geladen werden: Verlauf', 'history'],
    ['#/charts', 'getStats', 'Konnte nicht geladen werden: Statistik', 'statistics'],
    ['#/charts', 'getForecast', 'Konnte nicht geladen werden: Vorhersage', 'forecast'],
    ['#/sites', 'getSites', 'Konnte nicht geladen werden: die Standorte', 'the sites'],
    ['#/activity', 'getAudit', 'Konnte nicht geladen werden: das Prüfprotokoll', 'the audit log'],
  ] as const)('%s, %s failing', async (hash, method, said, english) => {
    const fake = fakeEngine();
    fake.client[method].mockRejectedValue(new Error('the engine did not answer'));
    renderApp(fake, hash, { words: GERMAN });
    await vi.waitFor(() => expect(screen.getByText((t) => t.startsWith(said))).toBeTruthy(), { timeout: 10_000 });
    const main = document.querySelector('main')!;
    expect(main.textContent).not.toMatch(new RegExp(`: ${english}\\b`));
  });
});
