// @vitest-environment happy-dom
/**
 * The last reasons in the reader's language (issue 62, area reasons-7): the messages with a value
 * in them that the settings schemas' authors wrote (a duplicate id, a name not in its zone, a
 * retry bound naming another setting, an unknown channel type), read back from the engine's text
 * as Settings reads it; the vault's refusal and the keyring's advice (Settings' This computer
 * panel); and a desktop channel that cannot show notices here (no notify-send, not supported),
 * on the Dashboard's channel list and in Settings' Add channel note. English as before, German,
 * Indonesian and the pseudo-language.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { keyringStatus, notStored } from '../../electron/shell/secrets';
import type { Words } from '../../renderer/src/i18n/I18n';
import { AppPanel } from '../../renderer/src/settings/AppPanel';
import { ChannelsEditor } from '../../renderer/src/settings/ChannelsEditor';
import { messageWords } from '../../renderer/src/settings/issue-words';
import type { ShellClient } from '../../shared/contract/bridge';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import type { Language } from '../../shared/i18n/languages';
import { english, translator } from '../../shared/i18n/translators';
import { reason } from '../../shared/reason';
import { parseSettings } from '../../shared/settings';
import { channelOptionIssues } from '../../shared/settings/channel-options';
import { asSentence } from '../../shared/words/error';
import { reasonWords } from '../../shared/words/reason';
import { pseudoTranslator, pseudoWords, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';
import { inWords } from './in-words';

afterEach(cleanup);

/** The engine's refusal of these settings, as Settings gets it: "path: message". */
const refused = parseSettings({
  notifications: {
    retry: { initialSec: 10, maxSec: 5 },
    channels: [
      { id: 'a', type: 'desktop' },
      { id: 'a', type: 'desktop' },
    ],
  },
  health: { backoffSec: 100, maxBackoffSec: 50 },
  sources: {
    custom: [
      { id: 's', kind: 'http', family: 4, url: 'https://a.example/ip' },
      { id: 's', kind: 'http', family: 4, url: 'https://b.example/ip' },
    ],
  },
  ddns: {
    records: [
      { id: 'r', provider: 'cloudflare', zone: 'example.org', name: 'home.example.net', token: 'tok-1234567890123456' },
      { id: 'r', provider: 'duckdns', domain: 'home', token: 'duck-token-1234' },
    ],
  },
  discord: { guilds: [{ id: '123456789012345678' }, { id: '123456789012345678' }] },
});
const errors = refused.ok ? [] : refused.errors;
const messageAt = (path: string): string => {
  const line = errors.find((e) => e.startsWith(`${path}: `));
  if (!line) throw new Error(`no refusal at ${path} in ${JSON.stringify(errors)}`);
  return line.slice(path.length + 2);
};

const said = (message: string, language: Language) => messageWords(message, { label: 'x' }, translator(language));

describe("a schema author's message with a value in it, as Settings says it", () => {
  // [path, German, Indonesian]
  const CASES: [string, string, string][] = [
    ['notifications.channels.1.id', 'Die Kanal-ID „a“ gibt es schon.', 'ID kanal “a” sudah dipakai.'],
    [
      'notifications.retry.maxSec',
      'Darf nicht kleiner sein als „Erste Wiederholung nach“.',
      'Tidak boleh lebih kecil dari “Percobaan ulang pertama setelah”.',
    ],
    ['health.maxBackoffSec', 'Darf nicht kleiner sein als „', 'Tidak boleh lebih kecil dari “'],
    ['sources.custom.1.id', 'Die Quellen-ID „s“ gibt es schon.', 'ID sumber “s” sudah dipakai.'],
    [
      'ddns.records.0.name',
      '.example.net liegt nicht in der Zone example.org.',
      '.example.net tidak berada di zona example.org.',
    ],
    ['ddns.records.1.id', 'Die ID r gibt es schon.', 'ID r sudah dipakai.'],
    ['discord.guilds.1.id', 'Den Server „123456789012345678“ gibt es schon.', 'Server “123456789012345678” sudah ada.'],
  ];

  it.each(CASES)('%s', (path, german, indonesian) => {
    const message = messageAt(path);
    expect(said(message, 'en')).toBe(asSentence(message));
    expect(said(message, 'de')).toContain(german);
    expect(said(message, 'id')).toContain(indonesian);
    const pseudo = messageWords(message, { label: 'x' }, pseudoTranslator());
    expect(pseudo).toMatch(/⟦/);
  });

  it('names the other setting by its label in German and Indonesian, never by its path', () => {
    for (const path of ['notifications.retry.maxSec', 'health.maxBackoffSec'])
      for (const language of ['de', 'id'] as const) expect(said(messageAt(path), language)).not.toMatch(/Sec\b/);
  });

  it('an unknown channel type', () => {
    const [issue] = channelOptionIssues({ id: 'p', type: 'pigeon' });
    expect(said(issue!.message, 'en')).toBe('Unknown channel type "pigeon".');
    expect(said(issue!.message, 'de')).toBe('Unbekannter Kanaltyp „pigeon“.');
    expect(said(issue!.message, 'id')).toBe('Jenis kanal “pigeon” tidak dikenal.');
  });
});

describe("the keyring's advice and the vault's refusal", () => {
  const linux = keyringStatus(
    { isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'basic_text' },
    'linux',
  );
  const mac = keyringStatus({ isEncryptionAvailable: () => false }, 'darwin');

  it('keeps its English and carries the code beside it', () => {
    expect(linux.advice).toBe(reasonWords(linux.adviceReason!, english));
    expect(linux.advice).toContain('({ "env": "NAME" } or { "file": "/path" })');
    expect(mac.adviceReason).toEqual(reason('reason.keyring.other'));
    expect(keyringStatus({ isEncryptionAvailable: () => true }, 'darwin')).toEqual({
      backend: 'keychain',
      weak: false,
      advice: null,
    });
  });

  it('a refused save says it in the page language (the vault writes "not stored: " and the advice)', () => {
    const message = notStored(linux.adviceReason);
    expect(message).toBe(`not stored: ${linux.advice}`);
    expect(said(message, 'en')).toBe(asSentence(message));
    expect(said(message, 'de')).toMatch(/^Nicht gespeichert: Es läuft kein Schlüsselbund .*„?\{ "env": "NAME" \}/);
    expect(said(message, 'id')).toMatch(/^Tidak disimpan: Tidak ada keyring .*\{ "env": "NAMA" \}/);
  });

  const panel = (words: Words | undefined) => {
    const shell = {
      getPrefs: vi.fn(async () => ({
        theme: 'system' as const,
        firstRunDone: true,
        startAtLogin: false,
        logFile: '/var/log/ipwatch.log',
        updateReady: null,
      })),
      getSecrets: vi.fn(async () => ({ ...linux, secrets: [] })),
    } as unknown as ShellClient;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AppPanel shell={shell} />
      </QueryClientProvider>,
      { wrapper: inWords(words) },
    );
    return screen.findByRole('alert');
  };

  it('on This computer, in English as before, German, Indonesian and the pseudo-language', async () => {
    expect((await panel(undefined)).textContent).toBe(linux.advice);
    cleanup();
    expect((await panel({ language: 'de', messages: de })).textContent).toMatch(/^Es läuft kein Schlüsselbund/);
    cleanup();
    expect((await panel({ language: 'id', messages: id })).textContent).toMatch(/^Tidak ada keyring/);
    cleanup();
    const pseudo = await panel(pseudoWords());
    expect(unmarkedText(pseudo.textContent!)).toEqual([]);
  });
});

describe('a desktop channel that cannot show notices here', () => {
  const noNotifySend = reason('reason.desktop.noNotifySend');
  function engine() {
    const base = status();
    const desktop = {
      ...base.notifications[0]!,
      state: 'invalid' as const,
      reason: reasonWords(noNotifySend, english),
      reasonCode: noNotifySend,
    };
    return fakeEngine({
      status: status({
        notifications: [desktop],
        desktopUnavailable: reasonWords(noNotifySend, english),
        desktopUnavailableReason: noNotifySend,
      }),
    });
  }
  async function channels(words: Words | undefined) {
    renderApp(engine(), '#/', words ? { words } : {});
    return vi.waitFor(() => {
      const found = document.querySelector<HTMLElement>('ul.channels');
      if (!found) throw new Error('no channel list yet');
      return found.textContent!;
    });
  }

  it('on the Dashboard, in English as before, German, Indonesian and the pseudo-language', async () => {
    expect(await channels(undefined)).toContain('Notify-send not found (install libnotify-bin).');
    cleanup();
    expect(await channels({ language: 'de', messages: de })).toContain(
      'Notify-send fehlt (installieren Sie libnotify-bin).',
    );
    cleanup();
    expect(await channels({ language: 'id', messages: id })).toContain(
      'Notify-send tidak ditemukan (pasang libnotify-bin).',
    );
    cleanup();
    expect(await channels(pseudoWords())).not.toContain('not found');
  });

  it("in Settings' Add channel note", async () => {
    const saved = storedView((v) => ({ ...v, notifications: { ...(v.notifications as object), channels: [] } }));
    renderPanel(engine(), saved, (ctx) => <ChannelsEditor ctx={ctx} savedIds={new Set()} />, {
      language: 'de',
      messages: de,
    });
    expect(
      await screen.findByText(
        'Desktop-Benachrichtigungen können hier nicht erscheinen: notify-send fehlt (installieren Sie libnotify-bin).',
      ),
    ).toBeTruthy();
  });
});

describe("the app's first run without a keyring", () => {
  const linux = keyringStatus({ isEncryptionAvailable: () => false }, 'linux');
  afterEach(() => {
    delete window.ipwatch;
  });

  it.each<[string, Words | undefined, RegExp]>([
    ['English, as before', undefined, /^No keyring \(GNOME Keyring, KWallet\) is running/],
    ['German', { language: 'de', messages: de }, /^Es läuft kein Schlüsselbund/],
    ['Indonesian', { language: 'id', messages: id }, /^Tidak ada keyring/],
  ])('says the advice in %s instead of asking for a bot token', async (_name, words, advice) => {
    const shell = {
      getSecrets: vi.fn(async () => ({ ...linux, secrets: [] })),
      getPrefs: vi.fn(async () => ({
        theme: 'system',
        firstRunDone: false,
        startAtLogin: false,
        logFile: '',
        updateReady: null,
      })),
    } as unknown as ShellClient;
    window.ipwatch = { shell };
    renderApp(fakeEngine(), '#/first-run', words ? { words } : {});
    const note = await screen.findByRole('note');
    expect(note.textContent).toMatch(advice);
    if (!words) expect(note.textContent).toBe(linux.advice);
  });
});
