// @vitest-environment happy-dom
/**
 * The History, Charts, Sites, Discord and Activity pages in the pseudo-language, in states the
 * default fake does not show (an empty history, a fleet not watched, a bot connected to servers,
 * a long audit log, live events), and in German and Indonesian (issue 62). The page's own part
 * (`main`) is read here: the window's frame is the shell's, tested with it. Dates, month and
 * weekday names are Intl's, not the catalogue's, and the words of shared/words/ (the trigger in
 * words) are taken as data until they take a Translator.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { AuditEntry } from '../../renderer/src/api/types';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { pseudoCatalogue, pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { DOM_WAIT_MS, fakeEngine, renderApp, runs, status } from './fake-engine';
import { pageData } from './page-data';

afterEach(cleanup);

/** Renders a page in the pseudo-language and waits until it has loaded. */
async function pseudoPage(fake: ReturnType<typeof fakeEngine>, path: string) {
  const view = renderApp(fake, `#${path}`, { words: pseudoWords() });
  const main = await screen.findByRole('main');
  await vi.waitFor(() => {
    expect(main.querySelector('.state.loading')).toBeNull();
    expect(main.querySelector('h1')).not.toBeNull();
    expect(view.queryClient.isFetching()).toBe(0);
  }, DOM_WAIT_MS);
  return main;
}

const unmarkedIn = async (main: HTMLElement, fake: ReturnType<typeof fakeEngine>, more: string[] = []) =>
  unmarkedText(readableText(main), await pageData(fake, more));

/** The trigger in words (shared/words/trigger.ts, still English): the runs' changes say it. */
const TRIGGER = ['Found by the scheduled check'];

describe('pages D in the pseudo-language: every word from the catalogue', () => {
  it.each([
    ['/history', TRIGGER],
    ['/charts', []],
    ['/discord', []],
    ['/activity', []],
    ['/sites', []],
  ])('%s', async (path, more) => {
    const fake = fakeEngine({ history: runs(6) });
    const main = await pseudoPage(fake, path);
    expect(await unmarkedIn(main, fake, more)).toEqual([]);
  });

  it('an empty history, and its empty charts', async () => {
    const fake = fakeEngine({ history: [] });
    const history = await pseudoPage(fake, '/history');
    expect(history.querySelector('.state.empty')).not.toBeNull();
    expect(await unmarkedIn(history, fake)).toEqual([]);
    cleanup();
    const charts = await pseudoPage(fake, '/charts');
    await screen.findByTestId('timeline');
    expect(await unmarkedIn(charts, fake)).toEqual([]);
  });

  it('a runner that does not watch a fleet says what to set', async () => {
    const fake = fakeEngine();
    fake.setFleet({ sites: { watching: false, sites: [] } });
    const main = await pseudoPage(fake, '/sites');
    expect(main.querySelector('a[href="#/settings/fleet"]')).not.toBeNull();
    expect(await unmarkedIn(main, fake, ['fleet.watch', 'fleet.brokerUrl'])).toEqual([]);
  });

  it('a bot connected to servers, its commands registered globally', async () => {
    const fake = fakeEngine({
      status: status({
        bot: {
          state: 'connected',
          user: 'IPWatchBot#0001',
          guilds: [
            { id: '111', name: 'Home', channel: 'alerts', problem: null },
            { id: '222', name: null, channel: null, problem: null },
          ],
          pingMs: 42,
          lastError: null,
          nextAttemptAt: null,
          commands: { registered: true, scope: 'global', at: Date.now(), error: null },
          inviteUrl: 'https://discord.com/oauth2/authorize?client_id=1',
        },
      }),
    });
    const main = await pseudoPage(fake, '/discord');
    await screen.findByText(/IPWatchBot#0001/);
    expect(await unmarkedIn(main, fake, ['IPWatchBot#0001', 'Home', 'alerts'])).toEqual([]);
  });

  it('a long audit log, paged, and live events', async () => {
    const fake = fakeEngine();
    const actors = ['ui', 'api', 'cli', 'grafana (viewer, token)', 'ann (admin, session)', 'ipwatch', 'discord:ann'];
    const actions = ['settings.write', 'monitor.pause', 'token.create', 'history.backup', 'session.sign-in'];
    const results = ['applied', 'queued', 'failed', 'refused', 'unchanged'];
    const items: AuditEntry[] = Array.from({ length: 50 }, (_, i) => ({
      id: i + 1,
      at: Date.UTC(2026, 0, 1) + i * 60_000,
      actor: actors[i % actors.length]!,
      action: actions[i % actions.length]!,
      detail: null,
      result: results[i % results.length]!,
    }));
    fake.client.getAudit.mockImplementation(async () => ({ items, total: 120 }));
    const main = await pseudoPage(fake, '/activity');
    // The audit log's pager (the site's own navigation is in the pseudo-language too).
    await screen.findByRole('navigation', { name: pseudoCatalogue()['web.activity.audit.pages'] });
    const at = Date.now();
    fake.emit({ type: 'monitoring', at, paused: true });
    fake.emit({ type: 'source-health', at, sourceId: 'http0-v4', from: 'open', to: 'closed', reason: 'answered' });
    fake.emit({ type: 'sites', at, sites: ['office', 'home', 'lab', 'shop'] });
    fake.emit({ type: 'deliveries', at, channels: [] });
    await vi.waitFor(() => expect(main.querySelectorAll('ol.events li').length).toBeGreaterThanOrEqual(4));
    expect(await unmarkedIn(main, fake, ['grafana', 'ann', 'office', 'home', 'lab', 'shop'])).toEqual([]);
  });
});

describe('pages D in German and Indonesian', () => {
  const languages = [
    ['de', de, ['Verlauf', 'Adresse', 'Zeilen pro Seite', 'Zuletzt gesehen', '01.01.2026']],
    ['id', id, ['Riwayat', 'Alamat', 'Baris per halaman', 'Terakhir terlihat', 'Jan 2026']],
  ] as const;

  it.each(languages)('the history in %s', async (language, messages, words) => {
    const fake = fakeEngine({ history: runs(6) });
    renderApp(fake, '#/history', { words: { language, messages } });
    const main = await screen.findByRole('main');
    await screen.findByRole('table');
    for (const w of words) expect(main.textContent).toContain(w);
  });

  it.each([
    ['de', de, ['Diagramme', 'Zeitraum', 'Letzte 24 Stunden', 'Adressen im Zeitverlauf', 'Dauer pro Adresse']],
    ['id', id, ['Grafik', 'Periode', '24 jam terakhir', 'Alamat dari waktu ke waktu', 'Lama dipakai per alamat']],
  ] as const)('the charts in %s', async (language, messages, words) => {
    const fake = fakeEngine({ history: runs(6) });
    renderApp(fake, '#/charts', { words: { language, messages } });
    const main = await screen.findByRole('main');
    await screen.findByTestId('held');
    for (const w of words) expect(main.textContent).toContain(w);
  });

  it.each([
    ['de', de, ['Aktivität', 'Ereignisse', 'Prüfprotokoll', 'Noch nichts im Prüfprotokoll.']],
    ['id', id, ['Aktivitas', 'Peristiwa', 'Log audit', 'Belum ada apa pun di log audit.']],
  ] as const)('the activity in %s', async (language, messages, words) => {
    const fake = fakeEngine();
    renderApp(fake, '#/activity', { words: { language, messages } });
    const main = await screen.findByRole('main');
    await screen.findByText(words[3]);
    for (const w of words) expect(main.textContent).toContain(w);
  });
});
