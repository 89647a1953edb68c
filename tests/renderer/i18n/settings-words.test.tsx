// @vitest-environment happy-dom
/**
 * Settings' own words are a chunk of their own, fetched with the pages that name them
 * (renderer/src/i18n/settings-words.tsx), not with the first frame. Rendered with the words this
 * browser chooses (not the tests' fixed whole catalogues), such a page shows its loading line
 * until they are here and then its own words: no id of theirs is ever on screen, opening the
 * page, switching its language or going through the first-run steps.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { loadedCatalogue } from '../../../renderer/src/i18n/catalogue';
import { enSettings } from '../../../shared/i18n/catalogues/en/settings-page';
import { fakeEngine, renderApp } from '../fake-engine';

const SETTINGS_IDS = Object.keys(enSettings);

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** Every text the page shows from now on, each time the DOM changes, until `stop()`. */
function textsShown() {
  const seen = new Set<string>();
  const read = () => seen.add(document.body.textContent ?? '');
  const observer = new MutationObserver(read);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  read();
  return {
    stop: () => {
      read();
      observer.disconnect();
      return [...seen];
    },
  };
}

/** Settings' ids any of `texts` shows raw. */
const rawIds = (texts: string[]) => SETTINGS_IDS.filter((id) => texts.some((t) => t.includes(id)));

/**
 * Settings' Language page's fold "another language in this browser only" (BrowserLanguage.tsx),
 * open: a reader opens it when it is folded (it is, while the browser follows the app).
 */
async function openBrowserLanguage(summary: string) {
  const fold = (await screen.findByText(summary, { selector: 'summary' })).closest('details')!;
  if (!fold.open) await userEvent.click(within(fold).getByText(summary));
  expect(fold.open).toBe(true);
}

const chooseLanguage = (language: string) => localStorage.setItem('ipwatch.appearance', JSON.stringify({ language }));

describe("Settings' words, loaded with their pages", () => {
  it('switching Settings to Indonesian brings its words with the language: no id between', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine(), '#/settings/appearance');
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Change it under Language' }));
    await openBrowserLanguage('Another language in this browser only');
    const picker = screen.getByLabelText('Language of this browser');
    const shown = textsShown();
    await user.selectOptions(picker, 'id');
    expect(await screen.findByRole('heading', { name: 'Pengaturan', level: 1 })).toBeTruthy();
    expect(screen.getByLabelText('Bahasa browser ini')).toBeTruthy();
    expect(rawIds(shown.stop())).toEqual([]);
  });

  it('Settings opened in German shows its German words and never an id of theirs', async () => {
    chooseLanguage('de');
    const shown = textsShown();
    renderApp(fakeEngine(), '#/settings/appearance');
    expect(await screen.findByRole('heading', { name: 'Einstellungen', level: 1 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Darstellung (dieses Fenster)' })).toBeTruthy();
    // The browser's language is chosen on the Language page (issue 75), which Appearance links to.
    await userEvent.click(screen.getByRole('link', { name: 'Unter „Sprache“ ändern' }));
    expect(await screen.findByRole('heading', { name: 'Sprache', level: 2 })).toBeTruthy();
    await openBrowserLanguage('Eine andere Sprache nur in diesem Browser');
    expect(screen.getByLabelText('Sprache dieses Browsers')).toBeTruthy();
    expect(rawIds(shown.stop())).toEqual([]);
  });

  it('the first-run steps in Indonesian have them too', async () => {
    chooseLanguage('id');
    const shown = textsShown();
    renderApp(fakeEngine({ firstRun: true }), '#/', { web: true });
    expect(await screen.findByRole('heading', { name: 'Siapkan IPWatch' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Langkah 1 dari 4: Yang dipantau' })).toBeTruthy();
    for (const step of [2, 3, 4]) {
      await userEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
      await screen.findByRole('heading', { name: new RegExp(`^Langkah ${step} dari 4`) });
    }
    expect(rawIds(shown.stop())).toEqual([]);
  });

  it('the first words hold none of them: the first frame waits for less', () => {
    const first = loadedCatalogue('en')!;
    expect(Object.keys(first).length).toBeGreaterThan(1000);
    expect(SETTINGS_IDS.filter((id) => Object.hasOwn(first, id))).toEqual([]);
  });
});
