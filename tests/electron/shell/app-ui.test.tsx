// @vitest-environment happy-dom
/**
 * The renderer's app-only parts over the shell's real operations (electron/shell/shell-api.ts
 * with the real vault, app state, settings store and XDG autostart, on a temporary data folder,
 * under the one electron mock), each call's input checked by the shell contract's schema as the
 * IPC layer does: the first-run wizard, and the Settings page's "This computer" panel.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { safeStorage } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { openAppState } from '../../../electron/shell/app-state';
import type { ShellClient } from '../../../shared/contract/bridge';
import { SHELL_METHODS, shellApi } from '../../../shared/contract/shell';
import { DOM_WAIT_MS, fakeEngine, renderApp } from '../../renderer/fake-engine';
import { testShellApi, XDG_EXEC } from './shell-api-fixture';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.G1a2b3.abcdefghijklmnopqrstuvwxyz0123';
let dir: string;
let shown: string[];

function realShell(): ShellClient {
  const handlers = testShellApi(dir, {
    desktop: { notify: async (title, body) => void shown.push(`${title}: ${body}`) },
    openPath: async () => 'no file manager here',
  });
  return Object.fromEntries(
    SHELL_METHODS.map((m) => [
      m,
      (input?: unknown) => (handlers[m] as (i: unknown) => Promise<unknown>)(shellApi[m].input.parse(input)),
    ]),
  ) as unknown as ShellClient;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-app-ui-'));
  shown = [];
  vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue('gnome_libsecret');
});
afterEach(async () => {
  cleanup();
  delete window.ipwatch;
  vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue('basic_text');
  await rm(dir, { recursive: true, force: true });
});

const xdgEntry = () => path.join(dir, 'autostart', 'ipwatch.desktop');

describe('the first-run wizard in the app', () => {
  it('shows until completed, tests a notification, and writes the choices: families, the bot token in the vault, start at login', async () => {
    const user = userEvent.setup();
    window.ipwatch = { shell: realShell() };
    renderApp(fakeEngine(), '#/first-run');
    const form = await screen.findByRole('form', { name: 'Welcome to IPWatch' });
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();

    await user.click(within(form).getByRole('button', { name: 'Send a test' }));
    expect(await within(form).findByText('Sent: did you see it?')).toBeTruthy();
    expect(shown).toEqual(['IPWatch: Test notification: desktop notifications work.']);

    await user.click(within(form).getByLabelText('IPv4 address'));
    await user.click(within(form).getByLabelText('IPv6 address'));
    await user.click(within(form).getByRole('button', { name: 'Start watching' }));
    expect(await within(form).findByText('Watch at least one of IPv4 and IPv6.')).toBeTruthy();
    expect(existsSync(path.join(dir, 'settings.json'))).toBe(false);

    await user.click(within(form).getByLabelText('IPv6 address'));
    await user.type(within(form).getByLabelText(/Bot token/), TOKEN);
    await user.click(within(form).getByRole('button', { name: 'Start watching' }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(window.location.hash).toBe('#/');

    const settings = JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8')) as {
      monitor: unknown;
      discord: { token: unknown };
    };
    expect(settings.monitor).toMatchObject({ ipv4: false, ipv6: true });
    expect(settings.discord.token).toEqual({ env: 'IPWATCH_SECRET_DISCORD_BOT_TOKEN' });
    expect(JSON.stringify(settings)).not.toContain(TOKEN);
    expect(await readFile(path.join(dir, 'secrets.json'), 'utf8')).not.toContain(TOKEN);
    expect(await readFile(xdgEntry(), 'utf8')).toContain(`Exec=${XDG_EXEC}`);
    expect(openAppState(dir).firstRunDone()).toBe(true);
  });

  it('is not shown once done, nor in a browser', async () => {
    const shell = realShell();
    await shell.completeFirstRun({ ipv4: true, ipv6: true, desktopNotifications: false, startAtLogin: false });
    window.ipwatch = { shell };
    renderApp(fakeEngine(), '#/');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Welcome to IPWatch' })).toBeNull();
    cleanup();
    delete window.ipwatch;
    renderApp(fakeEngine(), '#/first-run');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
  });
});

describe("Settings: 'This computer'", () => {
  it('turns start at login on and off, lists the vault by name only, removes a secret, and says why the log folder did not open', async () => {
    const user = userEvent.setup();
    const shell = realShell();
    await shell.completeFirstRun({
      ipv4: true,
      ipv6: true,
      desktopNotifications: true,
      startAtLogin: false,
      discordBotToken: TOKEN,
    });
    window.ipwatch = { shell };
    renderApp(fakeEngine(), '#/settings/app');
    const panel = await screen.findByRole('region', { name: 'This computer' });
    const login = await within(panel).findByLabelText('Start IPWatch when I log in');
    expect((login as HTMLInputElement).checked).toBe(false);
    await user.click(login);
    await vi.waitFor(() => expect((login as HTMLInputElement).checked).toBe(true), { timeout: DOM_WAIT_MS });
    expect(existsSync(xdgEntry())).toBe(true);
    await user.click(login);
    await vi.waitFor(() => expect((login as HTMLInputElement).checked).toBe(false), { timeout: DOM_WAIT_MS });
    expect(existsSync(xdgEntry())).toBe(false);

    const table = await within(panel).findByRole('table', { name: 'Stored secrets' });
    expect(within(table).getByText('discord-bot-token (set)')).toBeTruthy();
    expect(within(table).getByText('{"env":"IPWATCH_SECRET_DISCORD_BOT_TOKEN"}')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(TOKEN);
    await user.click(within(table).getByRole('button', { name: 'Remove discord-bot-token' }));
    expect(await within(panel).findByText('No secrets stored.')).toBeTruthy();
    expect((await shell.getSecrets()).secrets).toEqual([]);

    await user.click(within(panel).getByRole('button', { name: 'Open the log folder' }));
    expect(await within(panel).findByText('Cannot open the folder: no file manager here')).toBeTruthy();
  });

  it('says when there is no keyring, and offers env or file references', async () => {
    vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue('basic_text');
    const shell = realShell();
    await shell.completeFirstRun({ ipv4: true, ipv6: true, desktopNotifications: true, startAtLogin: false });
    window.ipwatch = { shell };
    renderApp(fakeEngine(), '#/settings/app');
    const panel = await screen.findByRole('region', { name: 'This computer' });
    expect((await within(panel).findByRole('alert')).textContent).toMatch(/environment variable or a file/);
  });
});

describe("Settings' restart note in the app", () => {
  it('offers "Restart IPWatch" on a page with fields that apply after a restart, through the shell', async () => {
    const user = userEvent.setup();
    const shell = realShell();
    await shell.completeFirstRun({ ipv4: true, ipv6: false, desktopNotifications: false, startAtLogin: false });
    window.ipwatch = { shell };
    const fake = fakeEngine();
    const view = async () => ({ settings: fake.settings, secrets: [], envOverrides: [], restartFields: ['api.port'] });
    fake.client.getSettings.mockImplementation(view as unknown as typeof fake.client.getSettings);
    renderApp(fake, '#/settings/api');
    // The note names the fields changed (issue 75): the port changed, not yet saved.
    const port = await screen.findByLabelText('TCP port');
    await user.clear(port);
    await user.type(port, '8790');
    const note = (await screen.findByText('TCP port applies after a restart.')).parentElement!;
    await user.click(within(note).getByRole('button', { name: 'Restart IPWatch' }));
    // The test shell cannot relaunch a process: it says so, and what to do.
    expect(await within(note).findByText(/could not restart itself: quit it from the tray/)).toBeTruthy();
  });
});
