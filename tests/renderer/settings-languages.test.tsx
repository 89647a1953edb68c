// @vitest-environment happy-dom
/**
 * Settings in German and Indonesian (issue 62): this browser's language picked on the Language
 * page (issue 75: the one selector; Appearance links there) re-renders the page in it at once; a
 * refused setting, the form's own check or the engine's answer, is explained in the page's language from zod's code and values (the API is
 * never sent a language); and the words modules speak the translator they are given.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { AppPanel } from '../../renderer/src/settings/AppPanel';
import { linkWords } from '../../renderer/src/settings/fleet/FleetSection';
import { restartText } from '../../renderer/src/settings/form-notes';
import { issueWords, messageWords } from '../../renderer/src/settings/issue-words';
import { hookRunWords, testWords } from '../../renderer/src/settings/watcher/watcher-words';
import type { ShellClient } from '../../shared/contract/bridge';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { translator } from '../../shared/i18n/translators';
import { fakeEngine, renderApp } from './fake-engine';
import { inWords } from './in-words';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const GERMAN = { language: 'de' as const, messages: de };
const INDONESIAN = { language: 'id' as const, messages: id };

describe("this browser's language (Settings > Language; issue 75: the one selector)", () => {
  it('offers each language by its own name, and picking Deutsch shows the page in German at once', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine(), '#/settings/language');
    const picker = await screen.findByLabelText('Language of this browser');
    const names = within(picker)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual(['Automatic', 'English', 'Deutsch', 'Bahasa Indonesia']);
    await user.selectOptions(picker, 'de');
    expect(await screen.findByRole('heading', { name: 'Einstellungen', level: 1 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sprache', level: 2 })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Bereiche der Einstellungen' });
    expect(within(nav).getByRole('link', { name: 'Sicherung, Wiederherstellung und Import' })).toBeTruthy();
    // The choice is this browser's: the picker now reads German, its value kept.
    const again = screen.getByLabelText('Sprache dieses Browsers') as HTMLSelectElement;
    expect(again.value).toBe('de');
    expect(JSON.parse(localStorage.getItem('ipwatch.appearance')!).language).toBe('de');
  });

  it('picking Bahasa Indonesia shows the page in Indonesian, and Automatic goes back to the app’s language', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine(), '#/settings/language');
    await user.selectOptions(await screen.findByLabelText('Language of this browser'), 'id');
    expect(await screen.findByRole('heading', { name: 'Pengaturan', level: 1 })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Bahasa browser ini'), 'auto');
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy();
  });

  it('Appearance holds no second selector: it names the language and links to the Language page', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine(), '#/settings/appearance');
    expect(await screen.findByText('The language of this window: English.')).toBeTruthy();
    expect(screen.queryByLabelText('Language of this browser')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Change it under Language' }));
    expect(await screen.findByLabelText('Language of this browser')).toBeTruthy();
    expect(window.location.hash).toBe('#/settings/language');
  });

  it("the time sample follows a language picked on the Language page, in the language's own date (issue 75)", async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine(), '#/settings/language');
    await user.selectOptions(await screen.findByLabelText('Language of this browser'), 'de');
    await user.click(await screen.findByRole('link', { name: 'Darstellung (dieses Fenster)' }));
    const sample = await screen.findByText(/^Jetzt: /);
    // Today as German writes it (28.11.2026), never the English page's (Nov 28, 2026).
    const today = (language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(Date.now());
    expect(sample.textContent).toContain(today('de'));
    expect(screen.getByText('Die Sprache dieses Fensters: Deutsch.')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Unter „Sprache“ ändern' }));
    await user.selectOptions(await screen.findByLabelText('Sprache dieses Browsers'), 'id');
    await user.click(await screen.findByRole('link', { name: 'Tampilan (jendela ini)' }));
    expect((await screen.findByText(/^Sekarang: /)).textContent).toContain(today('id'));
  });
});

describe('Settings in German and Indonesian', () => {
  it('the backup panel and the save bar in Indonesian', async () => {
    renderApp(fakeEngine(), '#/settings/backup', { words: INDONESIAN });
    expect(await screen.findByRole('button', { name: 'Cadangkan riwayat sekarang' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cadangan, pemulihan, dan impor' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pulihkan' })).toBeTruthy();
    expect(
      screen.getByText('Salinan riwayat, dan riwayat dari tempat lain; pemantauan tetap berjalan selama itu.'),
    ).toBeTruthy();
  });

  it("a value the form refuses is explained in German in the summary, the page's section marked", async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/settings/monitor', { words: GERMAN });
    const interval = await screen.findByLabelText('Prüfen alle (Sekunden)');
    await user.clear(interval);
    await user.type(interval, '1');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
    const summary = screen.getByRole('heading', { name: 'Diese Einstellungen korrigieren' }).parentElement!;
    expect(summary.textContent).toContain('Muss mindestens 10 Sekunden sein.');
    const nav = screen.getByRole('navigation', { name: 'Bereiche der Einstellungen' });
    expect(within(nav).getByRole('link', { name: 'Überwachung (zu korrigieren)' })).toBeTruthy();
    expect(screen.getByText('1 Einstellung muss korrigiert werden; nichts wurde gespeichert.')).toBeTruthy();
  });

  it("the engine's refusal, zod's English text, is read for its code and said in Indonesian", async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    fake.client.saveSettings.mockResolvedValueOnce({
      ok: false,
      errors: [{ path: 'history.backupsKeep', message: 'Too big: expected number to be <=365' }],
    });
    renderApp(fake, '#/settings/history', { words: INDONESIAN });
    const backups = await screen.findByLabelText('Cadangan harian yang disimpan');
    await user.clear(backups);
    await user.type(backups, '30');
    await user.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));
    const summary = (await screen.findByRole('heading', { name: 'Perbaiki pengaturan berikut' })).parentElement!;
    expect(summary.textContent).toContain('Harus maksimal 365.');
    expect(fake.client.saveSettings).toHaveBeenCalledWith({ settings: expect.anything() });
  });
});

describe("the app's own panel (This computer) in German", () => {
  it('says where secrets are kept, lists them with Remove, and offers the downloaded update', async () => {
    const shell = {
      getPrefs: vi.fn(async () => ({
        theme: 'system' as const,
        firstRunDone: true,
        startAtLogin: false,
        logFile: '/var/log/ipwatch.log',
        updateReady: '2.1.0',
      })),
      getSecrets: vi.fn(async () => ({
        backend: 'gnome_libsecret',
        weak: false,
        advice: null,
        secrets: [{ name: 'discord-token', set: true as const, reference: { env: 'X' } }],
      })),
    } as unknown as ShellClient;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AppPanel shell={shell} />
      </QueryClientProvider>,
      { wrapper: inWords(GERMAN) },
    );
    expect(await screen.findByLabelText('IPWatch bei der Anmeldung starten')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'discord-token entfernen' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Gespeicherte Geheimnisse' })).toBeTruthy();
    expect(screen.getByText('IPWatch 2.1.0 ist heruntergeladen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Neu starten und aktualisieren' })).toBeTruthy();
  });
});

describe('the words modules in each language', () => {
  const [en, deWords, idWords] = [translator('en'), translator('de'), translator('id')];
  const small = { code: 'too_small', message: '', origin: 'number', minimum: 10, inclusive: true };
  it.each([
    [
      small,
      { unit: 'seconds' },
      'Must be at least 10 seconds.',
      'Muss mindestens 10 Sekunden sein.',
      'Harus minimal 10 detik.',
    ],
    [
      { ...small, minimum: 1 },
      { unit: 'minutes' },
      'Must be at least 1 minute.',
      'Muss mindestens 1 Minute sein.',
      'Harus minimal 1 menit.',
    ],
    [
      { code: 'too_big', message: '', origin: 'string', maximum: 64, inclusive: true },
      {},
      'Must be at most 64 characters long.',
      'Muss höchstens 64 Zeichen lang sein.',
      'Panjangnya harus maksimal 64 karakter.',
    ],
    [
      { code: 'invalid_type', message: '', expected: 'string' },
      { label: 'Source id', input: '' },
      'Enter a source id.',
      'Bitte „Source id“ angeben.',
      'Isi “Source id”.',
    ],
    [
      { code: 'invalid_format', message: '', format: 'url' },
      { input: 'x' },
      'Must be a web address (http:// or https://).',
      'Muss eine Webadresse sein (http:// oder https://).',
      'Harus berupa alamat web (http:// atau https://).',
    ],
    [
      { code: 'unrecognized_keys', message: '', keys: ['a', 'b'] },
      {},
      'Not a setting here: a, b. Remove them.',
      'Hier keine Einstellung: a, b. Bitte entfernen Sie sie.',
      'Bukan pengaturan di sini: a, b. Hapus.',
    ],
  ])('%j with %j', (issue, field, english, german, indonesian) => {
    expect(issueWords(issue, field, en)).toBe(english);
    expect(issueWords(issue, field, deWords)).toBe(german);
    expect(issueWords(issue, field, idWords)).toBe(indonesian);
  });

  it("reads the engine's zod text back to its code, so German words it", () => {
    expect(messageWords('Invalid option: expected one of "a"|"b"', { input: 'c' }, deWords)).toBe(
      'Bitte eines davon wählen: a, b.',
    );
  });

  it("says the hook's, heartbeat's and broker's state in the page's language", () => {
    expect(hookRunWords(null, 0, deWords).text).toBe('Noch nicht ausgeführt.');
    expect(testWords({ ok: true, detail: 'HTTP 200', ms: 90_000 }, deWords).text).toBe(
      'Hat funktioniert: HTTP 200 (1 Min. 30 Sek.).',
    );
    expect(linkWords({ state: 'failing', error: null, since: null }, idWords)?.text).toBe(
      'Broker tidak terjangkau: tanpa alasan.',
    );
  });

  it('names the fields that wait for a restart, joined as each language joins a list', () => {
    expect(restartText(['api.port', 'api.lan', 'history.backupsKeep'], deWords)).toBe(
      'TCP-Port, Im lokalen Netzwerk erreichbar und Aufbewahrte tägliche Sicherungen wirken erst nach einem Neustart.',
    );
    expect(restartText(['api.port'], idWords)).toBe('Port TCP baru berlaku setelah IPWatch dimulai ulang.');
  });
});
