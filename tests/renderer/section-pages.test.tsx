// @vitest-environment happy-dom
/**
 * Settings as pages: which page is shown for an address, which page a field is on (where the
 * error summary's link and "applies after a restart" go), which choices are radios so none is cut
 * off on a phone, and the Restart button the desktop app's shell offers.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { choiceControl } from '../../renderer/src/settings/list-fields';
import { RestartNote } from '../../renderer/src/settings/RestartNote';
import { currentSection, pathsBySection, sectionOfPath } from '../../renderer/src/settings/section-pages';
import { formSections } from '../../renderer/src/settings/sections';
import { english } from '../../shared/i18n/translators';
import { restartFields } from '../../shared/settings/changes';
import { InEnglish } from './in-words';

afterEach(() => {
  cleanup();
  delete (window as { ipwatch?: unknown }).ipwatch;
});

const IDS = ['monitor', 'sources', 'discord'];

describe('currentSection', () => {
  it.each([
    ['sources', null, 'sources'],
    ['', 'discord', 'discord'],
    ['nope', 'discord', 'discord'],
    ['nope', null, 'monitor'],
    ['', null, 'monitor'],
    ['sources', 'discord', 'sources'],
  ])('path %j, ?section=%j: %s', (sub, section, page) => expect(currentSection(IDS, sub, section)).toBe(page));
});

describe('sectionOfPath', () => {
  const claims = [
    { id: 'api', keys: ['api'] },
    { id: 'notifications', keys: ['notifications'] },
    { id: 'channels', keys: [], paths: ['notifications.channels'] },
  ];
  it.each([
    ['api.port', 'api'],
    ['api', 'api'],
    ['notifications.channels.2.url', 'channels'],
    ['notifications.channels', 'channels'],
    ['notifications.retry.max', 'notifications'],
    ['notifications.channelsX', 'notifications'],
    ['apiX', undefined],
  ])('%s is on %s', (path, id) => expect(sectionOfPath(path, claims)).toBe(id));

  it('puts every field that applies after a restart on a page of the form', () => {
    const by = pathsBySection(restartFields(), formSections(english));
    expect([...by.values()].flat().sort()).toEqual([...restartFields()].sort());
  });
});

describe('choiceControl', () => {
  it.each([
    [['on', 'off', 'auto'], 'select'],
    [['short', 'a choice whose words are forty characters', 'x'], 'radios'],
    [['a', 'b', 'c', 'd', 'a choice of thirty-three characters'], 'radios'],
    [['a', 'b', 'c', 'd', 'e', 'a choice whose words are forty characters'], 'select'],
    [['exactly thirty-two characters ok'], 'select'],
  ])('%j: %s', (words, control) => expect(choiceControl(words)).toBe(control));
});

describe('RestartNote', () => {
  const wrap = (ui: React.ReactNode) =>
    render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>, { wrapper: InEnglish });

  it('in the app, names the fields once and restarts IPWatch through the shell', async () => {
    const user = userEvent.setup();
    const restartApp = vi.fn(async () => ({ ok: true }));
    (window as { ipwatch?: unknown }).ipwatch = { shell: { restartApp } };
    wrap(<RestartNote paths={['api.port', 'api.lan']} />);
    expect(screen.getByText('TCP port and Open to the local network apply after a restart.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Restart IPWatch' }));
    expect(restartApp).toHaveBeenCalledTimes(1);
  });

  it('says so when the app could not restart itself', async () => {
    const user = userEvent.setup();
    (window as { ipwatch?: unknown }).ipwatch = { shell: { restartApp: async () => ({ ok: false }) } };
    wrap(<RestartNote paths={['api.port']} />);
    await user.click(screen.getByRole('button', { name: 'Restart IPWatch' }));
    expect(await screen.findByText(/could not restart itself: quit it from the tray and open it again/)).toBeTruthy();
  });

  it('in a browser, says how to restart instead of a button', () => {
    wrap(<RestartNote paths={['api.port']} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/restart IPWatch where it runs/).textContent).toContain('docker restart ipwatch');
  });
});
