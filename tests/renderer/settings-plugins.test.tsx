// @vitest-environment happy-dom
/**
 * Settings › Plugins (issue 77) on the fake engine: each manifest the runner reports, with its
 * kind, use, hosts and fields, a manifest that cannot be used saying why in the page's language,
 * the words on where its values are edited, and an empty folder saying where the folder is. The
 * pseudo-language check of the page's own words is in settings-pseudo.test.tsx.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { de } from '../../shared/i18n/catalogues/de';
import { fakeEngine, renderApp } from './fake-engine';
import { PLUGINS_FOLDER } from './fake-plugins';

afterEach(cleanup);

describe('Settings › Plugins', () => {
  it('lists each plugin: kind, use, hosts, fields, and why one cannot be used', async () => {
    const fake = fakeEngine();
    renderApp(fake, '#/settings/plugins');
    const channel = await screen.findByTestId('plugin-hooks-channel.json', undefined, { timeout: 20_000 });
    expect(channel.textContent).toContain('hooks-channel');
    expect(channel.textContent).toContain('notification channel');
    expect(channel.textContent).toContain('In use by mine');
    expect(channel.textContent).toContain('Contacts hooks.example.org port 443 (tcp)');
    const rows = within(channel).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'SettingTypeRequiredSecretValue',
      'urltextrequirednot secretgiven in the manifest',
      'tokentextrequiredsecret, as a referencegiven in the manifest',
    ]);
    const ddns = screen.getByTestId('plugin-zone-keeper.json');
    expect(ddns.textContent).toContain('Cannot be used: zone-keeper.json: values.apiKey is missing');
    expect(ddns.textContent).toContain('not given');
    const broken = screen.getByTestId('plugin-broken.json');
    expect(broken.textContent).toContain('broken.json (its name is unknown)');
    expect(broken.textContent).toContain('Cannot be used: broken.json is not JSON');
    expect(screen.getByText(/edit the manifest's values beside the program/)).toBeTruthy();
    expect(screen.getByText(`Read from the plugins folder, ${PLUGINS_FOLDER}.`)).toBeTruthy();
  });

  it("says a reason in the page's language from its code, not the engine's English", async () => {
    const fake = fakeEngine();
    renderApp(fake, '#/settings/plugins', { words: { language: 'de', messages: de } });
    const ddns = await screen.findByTestId('plugin-zone-keeper.json', undefined, { timeout: 20_000 });
    expect(ddns.textContent).toContain('Nicht nutzbar: zone-keeper.json: values.apiKey fehlt');
    expect(ddns.textContent).not.toContain('is missing');
  });

  it('an empty folder says where it is and that none is installed', async () => {
    const fake = fakeEngine();
    fake.setPlugins({ folder: PLUGINS_FOLDER, plugins: [] });
    renderApp(fake, '#/settings/plugins');
    const none = await screen.findByTestId('plugins-none', undefined, { timeout: 20_000 });
    expect(none.textContent).toBe(
      `No plugin is installed: the plugins folder, ${PLUGINS_FOLDER}, holds no manifest. Put a program and its manifest (a .json file) there to add one.`,
    );
  });
});
