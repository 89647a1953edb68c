// @vitest-environment happy-dom
/**
 * Nothing typed in Settings is lost (issue 75): leaving for another page with unsaved changes
 * asks (save and leave, discard and leave, stay), whichever way the page is left, in the page's
 * language; a new list item's form is free of messages until something is typed or a save is
 * tried; the restart note names only the fields changed; one language selector; History's
 * exports are off with a reason when there is no history.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ShellClient } from '../../shared/contract/bridge';
import { de as deMessages } from '../../shared/i18n/catalogues/de';
import { translator } from '../../shared/i18n/translators';
import { fakeEngine, renderApp } from './fake-engine';

afterEach(() => {
  cleanup();
  delete window.ipwatch;
});

const APP_SHELL = {
  getPrefs: vi.fn(async () => ({
    theme: 'system',
    firstRunDone: true,
    startAtLogin: false,
    logFile: '',
    updateReady: null,
  })),
  getSecrets: vi.fn(async () => ({ backend: 'basic_text', weak: true, advice: null, secrets: [] })),
} as unknown as ShellClient;

const dialog = () => screen.findByRole('dialog', { name: 'Leave Settings without saving?' });
const channelRows = () => within(screen.getByRole('list', { name: /channels/i })).getAllByRole('listitem');

/** On the channels page with a webhook added (its address still to fill in) and left unsaved; the default settings hold one channel. */
async function withChannelAdded(user: ReturnType<typeof userEvent.setup>, web = false) {
  const fake = fakeEngine();
  renderApp(fake, '#/settings/channels', { web });
  await user.selectOptions(await screen.findByLabelText('Type of the new channel'), 'Webhook');
  await user.click(screen.getByRole('button', { name: 'Add a channel' }));
  expect(channelRows()).toHaveLength(2);
  return fake;
}

describe('leaving Settings with unsaved changes', () => {
  it('asks on a menu link; Stay keeps the page and the channel added', async () => {
    const user = userEvent.setup();
    await withChannelAdded(user);
    await user.click(screen.getByRole('link', { name: 'History' }));
    const ask = await dialog();
    expect(window.location.hash).toBe('#/settings/channels');
    await user.click(within(ask).getByRole('button', { name: 'Stay here' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.hash).toBe('#/settings/channels');
    expect(channelRows()).toHaveLength(2);
  });

  it('asks when the address moves (back button, the tray) and puts it back; Discard leaves without the channel', async () => {
    const user = userEvent.setup();
    const fake = await withChannelAdded(user);
    window.location.hash = '#/activity';
    const ask = await dialog();
    expect(window.location.hash).toBe('#/settings/channels');
    await user.click(within(ask).getByRole('button', { name: 'Discard and leave' }));
    await waitFor(() => expect(window.location.hash).toBe('#/activity'));
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
    window.location.hash = '#/settings/channels';
    await screen.findByRole('button', { name: 'Add a channel' });
    expect(channelRows()).toHaveLength(1);
  });

  it('Save and leave saves first; a draft with fields to fix stays, with what to fix', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/settings/ddns');
    const section = await screen.findByRole('region', { name: 'Dynamic DNS' });
    // A record not filled in: nothing is sent, the page stays and says what to fix.
    await user.click(within(section).getByRole('button', { name: 'Add a record' }));
    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    await user.click(within(await dialog()).getByRole('button', { name: 'Save and leave' }));
    await screen.findByRole('heading', { name: 'Fix these settings' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#/settings/ddns');
    // Removed again, nothing is left unsaved: the page is left without a question.
    await user.click(within(section).getByRole('button', { name: /^Remove/ }));
    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('Save and leave saves a valid draft and goes on', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/settings/api');
    const limit = await screen.findByLabelText('Request time limit (seconds)');
    await user.clear(limit);
    await user.type(limit, '12');
    await user.click(screen.getByRole('link', { name: 'History' }));
    await user.click(within(await dialog()).getByRole('button', { name: 'Save and leave' }));
    await waitFor(() => expect(window.location.hash).toBe('#/history'));
    expect(fake.client.saveSettings).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(fake.settings.api)).toContain('12');
  });

  it('moves between Settings pages without asking, and asks nothing once nothing is changed', async () => {
    const user = userEvent.setup();
    await withChannelAdded(user);
    await user.click(
      within(screen.getByRole('navigation', { name: /settings/i })).getByRole('link', { name: 'About' }),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/settings/about'));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await user.click(screen.getByRole('link', { name: 'History' }));
    await waitFor(() => expect(window.location.hash).toBe('#/history'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it.each([
    ['a browser', true],
    ["the app's window (its shell asks, electron/shell/unsaved.ts)", false],
  ])('refuses to unload on closing, in %s, with changes only', async (_where, web) => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    // The app's window: the preload's shell is there (its prefs and vault, as the app gives them).
    if (!web) window.ipwatch = { shell: APP_SHELL };
    renderApp(fake, '#/settings/channels', { web });
    await screen.findByRole('button', { name: 'Add a channel' });
    const close = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(close()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    expect(close()).toBe(true);
  });

  it('asks in the page’s language', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    const de = translator('de');
    renderApp(fake, '#/settings/channels', { words: { language: 'de', messages: deMessages } });
    await user.click(await screen.findByRole('button', { name: de.t('settings.channels.add') }));
    await user.click(screen.getByRole('link', { name: de.t('web.page.history') }));
    const ask = await screen.findByRole('dialog', { name: de.t('settings.leave.title') });
    expect(within(ask).getByRole('button', { name: 'Speichern und verlassen' })).toBeTruthy();
    expect(within(ask).getByRole('button', { name: 'Verwerfen und verlassen' })).toBeTruthy();
    expect(within(ask).getByRole('button', { name: 'Hierbleiben' })).toBeTruthy();
  });
});

describe('a new DNS record', () => {
  it('shows no message before anything is typed, even after a refused save; the next save shows them', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/settings/ddns');
    const section = await screen.findByRole('region', { name: 'Dynamic DNS' });
    const add = () => user.click(within(section).getByRole('button', { name: 'Add a record' }));
    await add();
    expect(section.querySelectorAll('.field-error')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(section.querySelectorAll('.field-error').length).toBeGreaterThan(0);
    await add();
    const fresh = within(section).getByRole('group', { name: 'DNS record cloudflare-2' });
    expect(fresh.querySelectorAll('.field-error')).toHaveLength(0);
    expect(within(within(section).getAllByRole('listitem')[1]!).queryByText('needs fixing')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(fresh.querySelectorAll('.field-error').length).toBeGreaterThan(0);
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
  });
});

describe('the restart note', () => {
  it('names only the fields changed, and none once the change is discarded', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    const restartFields = ['api.port', 'api.host', 'api.requestTimeoutSeconds', 'history.backupsKept'];
    const plain = fake.client.getSettings.getMockImplementation()!;
    fake.client.getSettings.mockImplementation(async () => ({ ...(await plain()), restartFields }) as never);
    renderApp(fake, '#/settings/api');
    const port = await screen.findByLabelText('TCP port');
    expect(screen.queryByText(/after a restart/)).toBeNull();
    await user.clear(port);
    await user.type(port, '8788');
    const note = await screen.findByText(/after a restart/);
    expect(note.textContent).toMatch(/^\S.* applies after a restart\.$/);
    expect(note.textContent).not.toMatch(/ and /);
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByText(/after a restart/)).toBeNull();
  });
});

describe('one language selector', () => {
  it('Appearance names the language and links to the Language page, whose browser choice is folded', async () => {
    const fake = fakeEngine();
    renderApp(fake, '#/settings/appearance');
    const panel = await screen.findByRole('region', { name: 'Appearance (this window)' });
    expect(within(panel).queryByLabelText('Language of this browser')).toBeNull();
    expect(within(panel).getByText(/The language of this window: English\./)).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Change it under Language' }).getAttribute('href')).toBe(
      '#/settings/language',
    );
    window.location.hash = '#/settings/language';
    const page = await screen.findByRole('region', { name: 'Language' });
    const fold = within(page).getByText('Another language in this browser only').closest('details')!;
    expect(fold.open).toBe(false);
    expect(within(page).getByLabelText('Language of this browser')).toBeTruthy();
  });
});

describe('History’s exports', () => {
  it('are off with the reason while there is no history, on once there is', async () => {
    renderApp(fakeEngine({ history: [] }), '#/history');
    const csv = await screen.findByRole('button', { name: 'Export CSV' });
    await waitFor(() => expect(csv).toHaveProperty('disabled', true));
    expect(csv.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(csv.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Nothing to export yet: no address has been recorded.',
    );
    cleanup();
    renderApp(fakeEngine(), '#/history');
    await screen.findAllByRole('row');
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveProperty('disabled', false);
  });
});
